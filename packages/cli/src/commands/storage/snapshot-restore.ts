import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

export function snapshotRestore(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-restore',
    description: `Restore ${kind.group} volume using a given snapshot`,
    arguments: [{ name: 'volume_id' }],
    options: [
      {
        flags: '-s, --snapshot-id <id>',
        description: `The id of the snapshot which will be used to restore the ${kind.group} volume`,
      },
    ],
    async run(context, { args, options }) {
      const manager = await storageManager(context, kind);
      const snapshotId = idArgument(text(options.snapshotId), '--snapshot-id');
      const restored = await manager.restoreFromSnapshot(volumeArgument(args.volume_id), snapshotId);
      return restored
        ? `${kind.label} volume ${text(args.volume_id)} is being restored using snapshot ${snapshotId}`
        : undefined;
    },
  });
}
