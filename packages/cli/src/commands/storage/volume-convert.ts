import { type CommandSpec, defineCommand } from '../../define-command';
import { pythonStr } from '../../output/python-text';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

export function volumeConvert(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'volume-convert',
    description: 'Convert a dependent duplicate volume to an independent volume.',
    arguments: [{ name: 'volume_id' }],
    async run(context, { args }) {
      const manager = await storageManager(context, kind);
      return pythonStr(await manager.convertDepDupe(volumeArgument(args.volume_id)));
    },
  });
}
