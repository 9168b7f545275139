import { type CommandSpec, defineCommand, text } from '../../define-command';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

export function snapshotCreate(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-create',
    description: 'Creates a snapshot on a given volume',
    arguments: [{ name: 'volume_id' }],
    options: [{ flags: '-n, --notes <notes>', description: 'Notes to set on the new snapshot' }],
    async run(context, { args, options }) {
      const manager = await storageManager(context, kind);
      const snapshot = await manager.createSnapshot(volumeArgument(args.volume_id), {
        notes: text(options.notes),
      });
      return snapshot?.id !== undefined
        ? `New snapshot created with id: ${snapshot.id}`
        : 'Error occurred while creating snapshot.\nEnsure volume is not failed over or in another state which prevents taking snapshots.';
    },
  });
}
