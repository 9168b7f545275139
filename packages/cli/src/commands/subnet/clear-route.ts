import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'clear-route',
  description: 'Remove the route of your Account Owned subnets.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('NetworkManager');
    if (!(await manager.clearRoute(text(args.identifier) ?? ''))) {
      throw new CliError('Failed to clear the route for the subnet.');
    }
    context.out(
      'The transaction to clear the route is created, routes will be updated in one or two minutes.\n',
    );
  },
});

export default command;
