import { type CommandSpec, defineCommand, text } from '../../define-command';
import { ROUTE_HELP, routeTargetType, TARGET_OPTION } from '../subnet/route-targets';

const command: CommandSpec = defineCommand({
  name: 'assign',
  description: 'Assigns the subnet to a target.',
  help: ROUTE_HELP,
  arguments: [{ name: 'identifier' }],
  options: [
    TARGET_OPTION,
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
