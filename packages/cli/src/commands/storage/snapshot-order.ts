import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { orderReceiptLines, TIERS, tierOption } from './order-options';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

/** `block snapshot-order`, `file snapshot-order`: snapshot space for a volume (`--upgrade`: a bigger one). */
export function snapshotOrder(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-order',
    description: `Order snapshot space for a ${kind.group} storage volume.`,
    arguments: [{ name: 'volume_id' }],
    options: [
      {
        flags: '--capacity <gb>',
        description: 'Size of snapshot space to create in GB  [required]',
        integer: true,
      },
      {
        flags: '--tier <tier>',
        description: `Endurance Storage Tier (IOPS per GB) of the ${kind.group} volume for which space is ordered [optional, and only valid for endurance storage volumes] Choices: ${TIERS.join(', ')}`,
      },
      { flags: '--upgrade', description: 'Flag to indicate that the order is an upgrade' },
    ],
    async run(context, { args, options }) {
      const capacity = integer(options.capacity);
      // This command's choices are case-sensitive (no token normalisation in the reference).
      const tier = tierOption(options.tier, "'--tier'", false);
      if (capacity === undefined) throw new CliError("Error: Missing option '--capacity'.");
      const manager = await storageManager(context, kind);
      const receipt = await manager.orderSnapshotSpace(volumeArgument(args.volume_id), capacity, {
        ...(tier === undefined ? {} : { tier }),
        upgrade: options.upgrade === true,
      });
      return orderReceiptLines(receipt, { status: true }).join('\n');
    },
  });
}
