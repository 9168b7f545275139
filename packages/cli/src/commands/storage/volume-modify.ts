import type { OrderModifiedOptions } from '@sl/managers';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { orderReceiptLines, TIERS, tierOption } from './order-options';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

/** `block volume-modify`, `file volume-modify`: a new size, IOPS (performance) or tier (endurance). */
export function volumeModify(kind: StorageKind): CommandSpec {
  const what = kind.group;
  const sizes =
    what === 'block' ? ' Potential Sizes: [20, 40, 80, 100, 250, 500, 1000, 2000, 4000, 8000, 12000]' : '';
  return defineCommand({
    name: 'volume-modify',
    description: `Modify an existing ${what} storage volume.`,
    arguments: [{ name: 'volume-id' }],
    options: [
      {
        flags: '-c, --new-size <gb>',
        description: `New Size of ${what} volume in GB. ***If no size is given, the original size of volume is used.***${sizes} Minimum: [the original size of the volume]`,
        integer: true,
      },
      {
        flags: '-i, --new-iops <iops>',
        description:
          'Performance Storage IOPS, between 100 and 6000 in multiples of 100 [only for performance volumes] ***If no IOPS value is specified, the original IOPS value of the volume will be used.***',
        integer: true,
      },
      {
        flags: '-t, --new-tier <tier>',
        description: `Endurance Storage Tier (IOPS per GB) [only for endurance volumes] ***If no tier is specified, the original tier of the volume will be used.*** Choices: ${TIERS.join(', ')}`,
      },
    ],
    async run(context, { args, options }) {
      const tier = tierOption(options.newTier, "'--new-tier' / '-t'");
      const order: OrderModifiedOptions = {};
      const size = integer(options.newSize);
      const iops = integer(options.newIops);
      if (size !== undefined) order.size = size;
      if (iops !== undefined) order.iops = iops;
      if (tier !== undefined) order.tierLevel = tier;
      const manager = await storageManager(context, kind);
      const receipt = await manager.orderModifiedVolume(volumeArgument(args['volume-id']), order);
      return orderReceiptLines(receipt).join('\n');
    },
  });
}
