import type { BlockStorageManager, FileStorageManager, ListVolumesOptions } from '@sl/managers';
import type { CommandContext } from '../../command-context';
import type { Column } from '../columns';

/** Block or file: what the two groups' commands (near twins in the reference) differ in. */
export interface StorageKind {
  /** The group's name: `block`, `file`. */
  group: 'block' | 'file';
  /** In messages: `Block volume with id …`, `File volume with id …`. */
  label: 'Block' | 'File';
  /** The name the reference resolves a volume under in `volume-detail` and `volume-set-note`. */
  volumeName: 'Block Volume' | 'File Storage';
  /** `volume-list`'s columns and defaults. */
  listColumns: readonly Column[];
  listDefaults: readonly string[];
}

export type StorageManagerOf = BlockStorageManager | FileStorageManager;

/** A volume as the managers return it. */
export type Volume = Awaited<ReturnType<StorageManagerOf['getVolumeDetails']>>;

/** The kind's manager (loaded on first use). */
export function storageManager(context: CommandContext, kind: StorageKind): Promise<StorageManagerOf> {
  return kind.group === 'block'
    ? context.manager('BlockStorageManager')
    : context.manager('FileStorageManager');
}

/** The kind's volume list (`listBlockVolumes` / `listFileVolumes`). */
export function listVolumes(manager: StorageManagerOf, options: ListVolumesOptions): Promise<Volume[]> {
  return 'listBlockVolumes' in manager ? manager.listBlockVolumes(options) : manager.listFileVolumes(options);
}

/** The kind's volume details with its default mask (`getBlockVolumeDetails` / `getFileVolumeDetails`). */
export function volumeDetails(manager: StorageManagerOf, id: number): Promise<Volume> {
  return 'getBlockVolumeDetails' in manager
    ? manager.getBlockVolumeDetails(id)
    : manager.getFileVolumeDetails(id);
}
