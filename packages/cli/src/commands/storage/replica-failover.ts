import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

const REPLICANT_OPTION = { flags: '--replicant-id <id>', description: 'ID of the replicant volume.' };

export function replicaFailover(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'replica-failover',
    description: `Failover a ${kind.group} volume to the given replica volume.`,
    arguments: [{ name: 'volume-id' }],
    options: [REPLICANT_OPTION],
    async run(context, { args, options }) {
      const manager = await storageManager(context, kind);
      const replicant = idArgument(text(options.replicantId), '--replicant-id');
      return (await manager.failoverToReplicant(volumeArgument(args['volume-id']), replicant))
        ? 'Failover to replicant is now in progress.'
        : 'Failover operation could not be initiated.';
    },
  });
}

export function replicaFailback(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'replica-failback',
    description: `Failback a ${kind.group} volume from the given replica volume.`,
    arguments: [{ name: 'volume-id' }],
    async run(context, { args }) {
      const manager = await storageManager(context, kind);
      return (await manager.failbackFromReplicant(volumeArgument(args['volume-id'])))
        ? 'Failback from replicant is now in progress.'
        : 'Failback operation could not be initiated.';
    },
  });
}

export function disasterRecoveryFailover(kind: StorageKind): CommandSpec {
  const what = `${kind.group} volume`;
  return defineCommand({
    name: 'disaster-recovery-failover',
    description: `Failover an inaccessible ${what} to its available replicant volume.`,
    help: `Failover an inaccessible ${what} to its available replicant volume.
If a volume (with replication) becomes inaccessible due to a disaster event, this method can be used to immediately
failover to an available replica in another location. This method does not allow for failback via API.
After using this method, to failback to the original volume, please open a support ticket.
If you wish to test failover, please use replica-failover.`,
    arguments: [{ name: 'volume-id' }],
    options: [REPLICANT_OPTION],
    async run(context, { args, options }) {
      const manager = await storageManager(context, kind);
      const replicant = idArgument(text(options.replicantId), '--replicant-id');
      context.note(
        `WARNING : Failover an inaccessible ${what} to its available replicant volume.` +
          'If a volume (with replication) becomes inaccessible due to a disaster event,' +
          'this method can be used to immediately failover to an available replica in another location.' +
          'This method does not allow for failback via the API.' +
          'To failback to the original volume after using this method, open a support ticket.' +
          'If you wish to test failover, use replica-failover instead.',
      );
      await context.confirmOrAbort('Are you sure you want to continue?');
      await manager.disasterRecoveryFailoverToReplicant(volumeArgument(args['volume-id']), replicant);
      return 'Disaster Recovery Failover to replicant is now in progress.';
    },
  });
}
