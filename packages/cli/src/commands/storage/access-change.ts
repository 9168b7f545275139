import { CliError } from '../../cli-error';
import type { CommandContext } from '../../command-context';
import { type CommandSpec, defineCommand, list, type OptionSpec, text } from '../../define-command';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

const MULTIPLE = '(Multiple allowed)';

function ids(values: string[], option: string): number[] {
  return values.map((value) => {
    if (!/^\d+$/.test(value.trim()))
      throw new CliError(`Error: Invalid value for '${option}': '${value}' is not a valid id.`);
    return Number.parseInt(value, 10);
  });
}

/** The host options of `access-authorize` / `access-revoke` (block: `-d` for hardware; file: `-h` and subnets). */
function hostOptions(kind: StorageKind, verb: string): OptionSpec[] {
  const hardwareFlag = kind.group === 'block' ? '-d' : '-h';
  const options: OptionSpec[] = [
    {
      flags: `${hardwareFlag}, --hardware-id <id>`,
      description: `The ID of one hardware server ${verb}. ${MULTIPLE}`,
      multiple: true,
    },
    {
      flags: '-v, --virtual-id <id>',
      description: `The ID of one virtual server ${verb}. ${MULTIPLE}`,
      multiple: true,
    },
    {
      flags: '-i, --ip-address-id <id>',
      description: `The ID of one SoftLayer_Network_Subnet_IpAddress ${verb}. ${MULTIPLE}`,
      multiple: true,
    },
    { flags: '--ip-address <address>', description: `An IP address ${verb}. ${MULTIPLE}`, multiple: true },
  ];
  if (kind.group === 'file') {
    options.push({
      flags: '-s, --subnet-id <id>',
      description: `The ID of one SoftLayer_Network_Subnet ${verb}. ${MULTIPLE}`,
      multiple: true,
    });
  }
  return options;
}

/** The ids of IP addresses on the account (slcli crashes on an unknown one; we say which). */
async function ipAddressIds(context: CommandContext, addresses: string[]): Promise<number[]> {
  if (addresses.length === 0) return [];
  const network = await context.manager('NetworkManager');
  const found: number[] = [];
  for (const address of addresses) {
    const ip = await network.ipLookup(address);
    if (ip?.id === undefined)
      throw new CliError(`Error: Unable to find IP address '${address}' on your account`);
    found.push(ip.id);
  }
  return found;
}

function accessChange(kind: StorageKind, action: 'authorize' | 'revoke'): CommandSpec {
  const authorize = action === 'authorize';
  return defineCommand({
    name: `access-${action}`,
    description: authorize
      ? 'Authorize hosts to access a given volume.'
      : 'Revoke authorization for hosts that are accessing a specific volume.',
    arguments: [{ name: 'volume_id' }],
    options: hostOptions(kind, authorize ? 'to authorize' : 'to revoke authorization'),
    async run(context, { args, options }) {
      const volume = volumeArgument(args.volume_id);
      const hosts = {
        hardwareIds: ids(list(options.hardwareId), '--hardware-id'),
        virtualGuestIds: ids(list(options.virtualId), '--virtual-id'),
        ipAddressIds: [
          ...ids(list(options.ipAddressId), '--ip-address-id'),
          ...(await ipAddressIds(context, list(options.ipAddress))),
        ],
        subnetIds: ids(list(options.subnetId), '--subnet-id'),
      };
      const manager = await storageManager(context, kind);
      const name = text(args.volume_id);
      if (authorize) {
        await manager.authorizeHostToVolume(volume, hosts);
        return `The specified hosts were authorized to access ${name}`;
      }
      await manager.deauthorizeHostToVolume(volume, hosts);
      return `Access to ${name} was revoked for the specified hosts`;
    },
  });
}

export const accessAuthorize = (kind: StorageKind): CommandSpec => accessChange(kind, 'authorize');
export const accessRevoke = (kind: StorageKind): CommandSpec => accessChange(kind, 'revoke');
