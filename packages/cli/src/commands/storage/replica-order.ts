import type { OrderReplicantOptions, SnapshotScheduleType } from '@sl/managers';
import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { requiredText } from '../required-option';
import { resolveId } from '../resolve-id';
import { choice, OS_TYPES, orderReceiptLines, TIERS, tierOption } from './order-options';
import { type StorageKind, storageManager } from './storage-kind';

const SCHEDULES = ['HOURLY', 'DAILY', 'WEEKLY'] as const;

/**
 * `block replica-order` (`-d/--datacenter`, with `--iops` and `--os-type`), `file replica-order` (`-l/--location`):
 * a replica of a volume in another datacenter.
 */
export function replicaOrder(kind: StorageKind): CommandSpec {
  const block = kind.group === 'block';
  const where = block ? "'--datacenter' / '-d'" : "'--location' / '-l'";
  const tierHint = block ? "'--tier' / '-t'" : "'--tier'";
  return defineCommand({
    name: 'replica-order',
    description: `Order a ${kind.group} storage replica volume.`,
    arguments: [{ name: 'volume_id' }],
    options: [
      ...(block
        ? [
            {
              flags: '-d, --datacenter <datacenter>',
              description: 'Short name of the datacenter for the replica (e.g.: dal09)  [required]',
            },
            {
              flags: '-i, --iops <iops>',
              description:
                'Performance Storage IOPs, between 100 and 6000 in multiples of 100. If no IOPS value is specified, the IOPS value of the original volume will be used.',
              integer: true,
            },
            {
              flags: '-o, --os-type <os>',
              description: `Operating System Type (eg. LINUX) of the primary volume for which a replica is ordered [optional]. Choices: ${OS_TYPES.join(', ')}`,
            },
          ]
        : []),
      {
        flags: '-s, --snapshot-schedule <schedule>',
        description: block
          ? 'Snapshot schedule to use for replication. Options are: HOURLY, DAILY, WEEKLY  [required]'
          : 'Snapshot schedule to use for replication, (HOURLY | DAILY | WEEKLY)  [required]',
      },
      ...(block
        ? []
        : [
            {
              flags: '-l, --location <datacenter>',
              description: 'Short name of the data center for the replicant (e.g.: dal09)  [required]',
            },
          ]),
      {
        flags: block ? '-t, --tier <tier>' : '--tier <tier>',
        description: `Endurance Storage Tier (IOPS per GB) of the primary volume for which a replica is ordered [optional] Choices: ${TIERS.join(', ')}`,
      },
    ],
    async run(context, { args, options }) {
      const datacenter = requiredText(block ? options.datacenter : options.location, where);
      const iops = integer(options.iops);
      const osType = choice(options.osType, OS_TYPES, "'--os-type' / '-o'");
      const schedule = choice(
        requiredText(options.snapshotSchedule, "'--snapshot-schedule' / '-s'"),
        SCHEDULES,
        "'--snapshot-schedule' / '-s'",
      ) as SnapshotScheduleType;
      const tier = tierOption(options.tier, tierHint);
      const manager = await storageManager(context, kind);
      const id = await resolveId(manager, args.volume_id, kind.volumeName);
      if (iops !== undefined) {
        if (iops < 100 || iops > 6000) {
          throw new CliError(
            `Argument Error: Invalid value for '--iops' / '-i': '${iops}' is not one of between 100 and 6000.`,
          );
        }
        if (iops % 100 !== 0) {
          throw new CliError(
            `Argument Error: Invalid value for '--iops' / '-i': '${iops}' is not a multiple of 100.`,
          );
        }
      }
      const order: OrderReplicantOptions = {};
      if (tier !== undefined) order.tier = tier;
      if (osType !== undefined) order.osType = osType;
      if (iops !== undefined) order.iops = iops;
      const receipt = await manager.orderReplicantVolume(id, schedule, datacenter, order);
      return orderReceiptLines(receipt).join('\n');
    },
  });
}
