import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'cancel-item',
  description: 'Cancels a billing item.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('AccountManager');
    const cancelled = await manager.cancelItem(idArgument(args.identifier, 'IDENTIFIER'));
    return cancelled ? `Item: ${text(args.identifier)} was cancelled.` : undefined;
  },
});

export default command;
