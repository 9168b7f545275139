import { type CommandSpec, defineCommand, text } from '../../define-command';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

/** `volume-cancel` and `snapshot-cancel`: the same prompt, options and messages but for what is cancelled. */
function cancelCommand(kind: StorageKind, what: 'volume' | 'snapshot'): CommandSpec {
  const snapshot = what === 'snapshot';
  const group = kind.group;
  return defineCommand({
    name: `${what}-cancel`,
    description: snapshot
      ? 'Cancel existing snapshot space for a given volume.'
      : `Cancel an existing ${group} storage volume.`,
    arguments: [{ name: 'volume-id' }],
    options: [
      { flags: '--reason <reason>', description: 'An optional reason for cancellation' },
      {
        flags: '--immediate',
        description: snapshot
          ? 'Cancels the snapshot space immediately instead of on the billing anniversary'
          : `Cancels the ${group} storage volume immediately instead of on the billing anniversary`,
      },
    ],
    async run(context, { args, options }) {
      const name = text(args['volume-id']) ?? '';
      const manager = await storageManager(context, kind);
      await context.noGoingBack(name);
      const cancelOptions = { reason: text(options.reason), immediate: options.immediate === true };
      const volume = volumeArgument(name);
      const cancelled = snapshot
        ? await manager.cancelSnapshotSpace(volume, cancelOptions)
        : await manager.cancelVolume(volume, cancelOptions);
      const target = snapshot ? 'snapshot cancellation' : 'cancellation';
      if (cancelled) {
        const when = cancelOptions.immediate ? 'immediate ' : '';
        return `${kind.label} volume with id ${name} has been marked for ${when}${target}`;
      }
      if (snapshot) return `Unable to cancel snapshot space for ${group} volume ${name}`;
      // The reference's file message has this spelling.
      return group === 'file'
        ? `Unable to cancle file volume ${name}`
        : `Unable to cancel block volume ${name}`;
    },
  });
}

export const volumeCancel = (kind: StorageKind): CommandSpec => cancelCommand(kind, 'volume');
export const snapshotCancel = (kind: StorageKind): CommandSpec => cancelCommand(kind, 'snapshot');
