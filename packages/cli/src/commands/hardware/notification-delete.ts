import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'notification-delete',
  description: 'Remove a user hardware notification entry.',
  arguments: [{ name: 'identifier', description: 'the notification id' }],
  async run(context, { args }) {
    const identifier = text(args.identifier) ?? '';
    if (!/^\d+$/.test(identifier)) {
      throw new CliError(`Error: Invalid value for 'IDENTIFIER': '${identifier}' is not a notification id.`);
    }
    const manager = await context.manager('HardwareManager');
    if (await manager.removeNotification(Number(identifier))) {
      return `The hardware notification instance: ${identifier} was deleted.`;
    }
    return undefined;
  },
});

export default command;
