import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';
import { type StorageKind, storageManager } from './storage-kind';

export function volumeSetNote(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'volume-set-note',
    description: `Set note for an existing ${kind.group} storage volume.`,
    arguments: [{ name: 'volume-id' }],
    options: [
      { flags: '-n, --note <note>', description: 'Public notes related to a Storage volume', required: true },
    ],
    async run(context, { args, options }) {
      const note = text(options.note) ?? '';
      const manager = await storageManager(context, kind);
      const id = await resolveId(manager, args['volume-id'], kind.volumeName);
      return (await manager.volumeSetNote(id, note))
        ? 'Set note successfully!'
        : 'Note could not be set! Please verify your options and try again.';
    },
  });
}
