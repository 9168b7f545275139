import { type CommandSpec, defineCommand, text } from '../../define-command';
import { ROUTE_TARGET_TYPES, routeTargetType } from '../subnet/route-targets';

const command: CommandSpec = defineCommand({
  name: 'assign',
  description: 'Assigns the subnet to a target.',
  help:
    'More information about types and identifiers on ' +
    'https://sldn.softlayer.com/reference/services/SoftLayer_Network_Subnet/route/',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '--target <type>',
      description: 'choose the type. vlan, ip, hardware, vsi',
      choices: Object.keys(ROUTE_TARGET_TYPES),
    },
    {
      flags: '--target-id <id>',
      description: 'The identifier for the destination resource to route this subnet to. ',
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('NetworkManager');
    // As the reference: the global IP's subnet is routed to the target.
    await manager.route(
      text(args.identifier) ?? '',
      routeTargetType(text(options.target)),
      text(options.targetId) ?? '',
    );
  },
});

export default command;
