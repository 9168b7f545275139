import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { ROUTE_HELP, routeTargetType, TARGET_OPTION } from './route-targets';

const command: CommandSpec = defineCommand({
  name: 'route',
  description: 'Assigns the subnet to a target.',
  help: ROUTE_HELP,
  arguments: [{ name: 'identifier' }],
  options: [
    TARGET_OPTION,
    {
      flags: '--target-resource <resource>',
      description:
        'Allows you to change the route of your secondary subnets. Static subnets have an ultimate routing ' +
        'destination of a single IP address; portable subnets have an ultimate routing destination of a VLAN.',
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('NetworkManager');
    const routed = await manager.route(
      text(args.identifier) ?? '',
      routeTargetType(text(options.target)),
      text(options.targetResource) ?? '',
    );
    if (!routed) throw new CliError('Failed to route the subnet.');
    context.out('Route updated successfully.\n');
  },
});

export default command;
