import type { OrderDuplicateOptions } from '@sl/managers';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { parseBool } from '../click-types';
import { BILLING_OPTION, choice, orderReceiptLines, TIERS, tierOption } from './order-options';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

/** `block volume-duplicate`, `file volume-duplicate`: a new volume from a volume (or one of its snapshots). */
export function volumeDuplicate(kind: StorageKind): CommandSpec {
  const what = kind.group;
  const sizes =
    what === 'block' ? ' Potential Sizes: [20, 40, 80, 100, 250, 500, 1000, 2000, 4000, 8000, 12000]' : '';
  return defineCommand({
    name: 'volume-duplicate',
    description: `Order a duplicate ${what} storage volume.`,
    arguments: [{ name: 'origin-volume-id' }],
    options: [
      {
        flags: '-o, --origin-snapshot-id <id>',
        description: 'ID of an origin volume snapshot to use for duplcation.',
        integer: true,
      },
      {
        flags: '-c, --duplicate-size <gb>',
        description: `Size of duplicate ${what} volume in GB. ***If no size is specified, the size of the origin volume will be used.***${sizes} Minimum: [the size of the origin volume]`,
        integer: true,
      },
      {
        flags: '-i, --duplicate-iops <iops>',
        description:
          'Performance Storage IOPS, between 100 and 6000 in multiples of 100 [only used for performance volumes] ***If no IOPS value is specified, the IOPS value of the origin volume will be used.***',
        integer: true,
      },
      {
        flags: '-t, --duplicate-tier <tier>',
        description: `Endurance Storage Tier (IOPS per GB) [only used for endurance volumes] ***If no tier is specified, the tier of the origin volume will be used.*** Choices: ${TIERS.join(', ')}`,
      },
      {
        flags: '-s, --duplicate-snapshot-size <gb>',
        description: `The size of snapshot space to order for the duplicate. ***If no snapshot space size is specified, the snapshot space size of the origin ${what} volume will be used.*** Input "0" for this parameter to order a duplicate volume with no snapshot space.`,
        integer: true,
      },
      BILLING_OPTION,
      {
        flags: '--dependent-duplicate <bool>',
        description: 'Whether or not this duplicate will be a dependent duplicate of the origin volume.',
        default: 'False',
      },
    ],
    async run(context, { args, options }) {
      const tier = tierOption(options.duplicateTier, "'--duplicate-tier' / '-t'");
      const hourly = choice(options.billing, ['hourly', 'monthly'] as const, "'--billing'") === 'hourly';
      const dependent = parseBool(String(options.dependentDuplicate), '--dependent-duplicate') ?? false;
      const order: OrderDuplicateOptions = { hourly, dependent };
      const snapshotId = integer(options.originSnapshotId);
      const size = integer(options.duplicateSize);
      const iops = integer(options.duplicateIops);
      const snapshotSize = integer(options.duplicateSnapshotSize);
      if (snapshotId !== undefined) order.originSnapshotId = snapshotId;
      if (size !== undefined) order.size = size;
      if (iops !== undefined) order.iops = iops;
      if (tier !== undefined) order.tierLevel = tier;
      if (snapshotSize !== undefined) order.snapshotSize = snapshotSize;
      const manager = await storageManager(context, kind);
      const receipt = await manager.orderDuplicateVolume(volumeArgument(args['origin-volume-id']), order);
      return orderReceiptLines(receipt).join('\n');
    },
  });
}
