import { type CommandSpec, defineCommand } from '../../define-command';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'remove',
  description: 'Remove SSL certificate.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const id = idArgument(args.identifier, 'IDENTIFIER');
    const manager = await context.manager('SslManager');
    await context.noGoingBack('yes');
    await manager.removeCertificate(id);
  },
});

export default command;
