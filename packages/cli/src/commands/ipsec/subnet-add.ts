import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { SUBNET_TYPE_OPTION, type SubnetType } from './subnet-type';

/** slcli's `NetworkParamType`: `address/cidr` as the address and the prefix length. */
function network(value: string | undefined): [string, number] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split('/');
  if (parts.length !== 2 || !/^\s*[-+]?\d+\s*$/.test(parts[1]!)) {
    throw new CliError(
      `Error: Invalid value for '-n' / '--network-identifier' / '--network': ${value} is not a valid network`,
    );
  }
  return [parts[0]!, Number.parseInt(parts[1]!, 10)];
}

const command: CommandSpec = defineCommand({
  name: 'subnet-add',
  description: 'Add a subnet to an IPSEC tunnel context.',
  help:
    'A subnet id may be specified to link to the existing tunnel context.\n\n' +
    'Otherwise, a network identifier in CIDR notation should be specified, indicating that a subnet resource\n' +
    'should first be created before associating it with the tunnel context. Note that this is only supported for\n' +
    'remote subnets, which are also deleted upon failure to attach to a context.\n\n' +
    'A separate configuration request should be made to realize changes on network devices.',
  arguments: [{ name: 'context_id' }],
  options: [
    { flags: '-s, --subnet-id <id>', description: 'Subnet identifier to add', integer: true },
    SUBNET_TYPE_OPTION,
    {
      flags: '-n, --network-identifier <network>',
      aliases: ['--network'],
      description: 'Subnet network identifier to create',
    },
  ],
  async run(context, { args, options }) {
    const contextId = idArgument(args.context_id, 'CONTEXT_ID');
    const subnetType = text(options.subnetType) as SubnetType;
    const networkIdentifier = network(text(options.networkIdentifier));
    let subnetId = integer(options.subnetId);
    if (subnetId === undefined) {
      if (networkIdentifier === undefined) {
        throw new CliError('Argument Error: Either a network identifier or subnet id must be provided.');
      }
      if (subnetType !== 'remote')
        throw new CliError(`Argument Error: Unable to create ${subnetType} subnets`);
    }
    const manager = await context.manager('IpsecManager');
    const tunnel = await manager.getTunnelContext(contextId);
    if (subnetId === undefined && networkIdentifier !== undefined) {
      const [identifier, cidr] = networkIdentifier;
      const subnet = await manager.createRemoteSubnet(tunnel.accountId ?? 0, identifier, cidr);
      subnetId = subnet.id ?? 0;
      context.out(`Created subnet ${identifier}/${cidr} #${subnetId}\n`);
    }
    const id = subnetId ?? 0;
    const added =
      subnetType === 'internal'
        ? await manager.addInternalSubnet(contextId, id)
        : subnetType === 'remote'
          ? await manager.addRemoteSubnet(contextId, id)
          : await manager.addServiceSubnet(contextId, id);
    if (!added) throw new CliError(`Failed to add ${subnetType} subnet #${id}`, 1);
    context.out(`Added ${subnetType} subnet #${id}\n`);
  },
});

export default command;
