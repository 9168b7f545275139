import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { SUBNET_TYPE_OPTION, type SubnetType } from './subnet-type';

const command: CommandSpec = defineCommand({
  name: 'subnet-remove',
  description: 'Remove a subnet from an IPSEC tunnel context.',
  help:
    'The subnet id to remove must be specified.\n\n' +
    'Remote subnets are deleted upon removal from a tunnel context.\n\n' +
    'A separate configuration request should be made to realize changes on network devices.',
  arguments: [{ name: 'context_id' }],
  options: [
    {
      flags: '-s, --subnet-id <id>',
      description: 'Subnet identifier to remove',
      integer: true,
      required: true,
    },
    SUBNET_TYPE_OPTION,
  ],
  async run(context, { args, options }) {
    const contextId = idArgument(args.context_id, 'CONTEXT_ID');
    const subnetType = text(options.subnetType) as SubnetType;
    const subnetId = integer(options.subnetId) ?? 0;
    const manager = await context.manager('IpsecManager');
    await manager.getTunnelContext(contextId);
    const removed =
      subnetType === 'internal'
        ? await manager.removeInternalSubnet(contextId, subnetId)
        : subnetType === 'remote'
          ? await manager.removeRemoteSubnet(contextId, subnetId)
          : await manager.removeServiceSubnet(contextId, subnetId);
    if (!removed) throw new CliError(`Failed to remove ${subnetType} subnet #${subnetId}`, 1);
    context.out(`Removed ${subnetType} subnet #${subnetId}\n`);
  },
});

export default command;
