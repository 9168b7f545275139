import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { type StorageKind, storageManager } from './storage-kind';

export function snapshotDelete(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-delete',
    description: 'Deletes a snapshot on a given volume',
    arguments: [{ name: 'snapshot_id' }],
    async run(context, { args }) {
      const manager = await storageManager(context, kind);
      const deleted = await manager.deleteSnapshot(idArgument(args.snapshot_id, 'SNAPSHOT_ID'));
      return deleted ? `Snapshot ${text(args.snapshot_id)} deleted` : undefined;
    },
  });
}
