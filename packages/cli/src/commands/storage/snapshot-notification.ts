import { type CommandSpec, defineCommand, text } from '../../define-command';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

export function snapshotSetNotification(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-set-notification',
    description: 'Enables/Disables snapshot space usage threshold warning for a given volume',
    arguments: [{ name: 'volume_id' }],
    options: [
      {
        flags: '--enable',
        description: `Enable/Disable snapshot notification. Use \`slcli ${kind.group} snapshot-set-notification volumeId --enable\` to enable`,
        default: true,
      },
      { flags: '--disable', description: 'Disable snapshot notification' },
    ],
    async run(context, { args, options }) {
      const enable = options.disable !== true;
      const manager = await storageManager(context, kind);
      // The API answers nothing (null), so the reference's message ("… has bee set to …") never prints.
      await manager.setVolumeSnapshotNotification(volumeArgument(args.volume_id), enable);
      return undefined;
    },
  });
}

export function snapshotGetNotificationStatus(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-get-notification-status',
    description: 'Get snapshots space usage threshold warning flag setting for a given volume',
    arguments: [{ name: 'volume_id' }],
    async run(context, { args }) {
      const manager = await storageManager(context, kind);
      const status = await manager.getVolumeSnapshotNotificationStatus(volumeArgument(args.volume_id));
      const id = text(args.volume_id);
      return status === 0
        ? `Disabled: Snapshots space usage threshold is disabled for volume ${id}`
        : `Enabled: Snapshots space usage threshold is enabled for volume ${id}`;
    },
  });
}
