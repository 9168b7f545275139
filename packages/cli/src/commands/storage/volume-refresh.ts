import { type CommandSpec, defineCommand } from '../../define-command';
import { pythonStr } from '../../output/python-text';
import { idArgument } from '../id-argument';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

export function volumeRefresh(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'volume-refresh',
    description: 'Refresh a duplicate volume with a snapshot from its parent.',
    arguments: [{ name: 'volume_id' }, { name: 'snapshot_id' }],
    options: [
      {
        flags: '-f, --force-refresh',
        description: 'Cancel current refresh process and initiates the new refresh.',
        default: false,
      },
    ],
    async run(context, { args, options }) {
      const manager = await storageManager(context, kind);
      const refreshed = await manager.refreshDupe(
        volumeArgument(args.volume_id),
        idArgument(args.snapshot_id, 'SNAPSHOT_ID'),
        { forceRefresh: options.forceRefresh === true },
      );
      return pythonStr(refreshed);
    },
  });
}
