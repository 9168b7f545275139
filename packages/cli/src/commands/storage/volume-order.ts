import type { OrderVolumeOptions } from '@sl/managers';
import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { requiredText } from '../required-option';
import { BILLING_OPTION, choice, OS_TYPES, orderReceiptLines, TIERS, tierOption } from './order-options';
import type { StorageKind } from './storage-kind';

const OFFERINGS = ['storage_as_a_service', 'enterprise', 'performance'] as const;

/** `block volume-order`, `file volume-order`: a new volume (block ones need `--os-type`). */
export function volumeOrder(kind: StorageKind): CommandSpec {
  const what = kind.group;
  return defineCommand({
    name: 'volume-order',
    description: `Order a ${what} storage volume.`,
    help: `Valid size and iops options can be found here:
https://cloud.ibm.com/docs/${kind.label}Storage/index.html#provisioning-considerations`,
    options: [
      {
        flags: '--storage-type <type>',
        description: `Type of ${what} storage volume  [required] Choices: performance, endurance`,
      },
      {
        flags: '--size <gb>',
        description: `Size of ${what} storage volume in GB.  [required]`,
        integer: true,
      },
      {
        flags: '--iops <iops>',
        description:
          'Performance Storage IOPs. Options vary based on storage size. [required for storage-type performance]',
        integer: true,
      },
      {
        flags: '--tier <tier>',
        description: `Endurance Storage Tier (IOP per GB) [required for storage-type endurance] Choices: ${TIERS.join(', ')}`,
      },
      ...(what === 'block'
        ? [
            {
              flags: '--os-type <os>',
              description: `Operating System  [required] Choices: ${OS_TYPES.join(', ')}`,
            },
          ]
        : []),
      { flags: '--location <datacenter>', description: 'Datacenter short name (e.g.: dal09)  [required]' },
      {
        flags: '--snapshot-size <gb>',
        description: `Optional parameter for ordering snapshot space along with endurance ${what} storage; specifies the size (in GB) of snapshot space to order`,
        integer: true,
      },
      {
        flags: '--service-offering <offering>',
        description: `The service offering package to use for placing the order. [optional, default is 'storage_as_a_service']. enterprise and performance are depreciated Choices: ${OFFERINGS.join(', ')}`,
        default: 'storage_as_a_service',
      },
      BILLING_OPTION,
    ],
    async run(context, { options }) {
      // click's order: each option's value is checked as it is read, the missing required ones then.
      const storageType = choice(
        requiredText(options.storageType, "'--storage-type'"),
        ['performance', 'endurance'] as const,
        "'--storage-type'",
      );
      const size = integer(options.size);
      if (size === undefined) throw new CliError("Error: Missing option '--size'.");
      const tier = tierOption(options.tier, "'--tier'");
      const osType =
        what === 'block'
          ? choice(requiredText(options.osType, "'--os-type'"), OS_TYPES, "'--os-type'")
          : undefined;
      const location = requiredText(options.location, "'--location'");
      const offering = choice(options.serviceOffering, OFFERINGS, "'--service-offering'") ?? OFFERINGS[0];
      const hourly = choice(options.billing, ['hourly', 'monthly'] as const, "'--billing'") === 'hourly';
      const iops = integer(options.iops);
      const snapshotSize = integer(options.snapshotSize);

      if (offering !== 'storage_as_a_service') {
        context.out(`${offering} is a legacy storage offering\n`);
        if (hourly) {
          throw new CliError(
            'Hourly billing is only available for the storage_as_a_service service offering',
          );
        }
      }
      const order: OrderVolumeOptions = { serviceOffering: offering, hourly };
      if (snapshotSize !== undefined) order.snapshotSize = snapshotSize;
      if (storageType === 'performance') {
        if (iops === undefined) throw new CliError('Option --iops required with Performance');
        if (offering === 'performance' && snapshotSize !== undefined) {
          throw new CliError(
            '--snapshot-size is not available for performance service offerings. ' +
              'Use --service-offering storage_as_a_service',
          );
        }
        order.iops = iops;
      } else {
        if (tier === undefined) {
          throw new CliError('Option --tier required with Endurance in IOPS/GB [0.25,2,4,10]');
        }
        order.tierLevel = tier;
      }
      const receipt =
        what === 'block'
          ? await (await context.manager('BlockStorageManager')).orderBlockVolume(
              storageType!,
              location,
              size,
              osType!,
              order,
            )
          : await (await context.manager('FileStorageManager')).orderFileVolume(
              storageType!,
              location,
              size,
              order,
            );
      const lines = orderReceiptLines(receipt);
      const placed = (receipt as { placedOrder?: { id?: number } }).placedOrder;
      if (placed !== undefined) {
        lines.push(
          '',
          `You may run "slcli ${what} volume-list --order ${String(placed.id)}" to find this ${what} volume after it is ready.`,
        );
      }
      return lines.join('\n');
    },
  });
}
