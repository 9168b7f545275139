import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: 'Edit details of an email delivery account.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--username <username>', description: 'Sets username for this account' },
    { flags: '--email <email>', description: 'Sets the contact email for this account' },
    {
      flags: '--password <password>',
      description: 'Password must be between 8 and 20 characters and must contain one letter and one number.',
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('EmailManager');
    const id = idArgument(args.identifier, 'IDENTIFIER');
    const email = text(options.email);
    const username = text(options.username);
    const password = text(options.password);
    let updated = false;
    if (email) updated = await manager.updateEmail(id, email);
    if (username || password) {
      updated =
        (await manager.editObject(id, {
          ...(username ? { username } : {}),
          ...(password ? { password } : {}),
        })) || updated;
    }
    return updated ? 'Updated Successfully' : undefined;
  },
});

export default command;
