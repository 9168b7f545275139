import { type CommandSpec, defineCommand, list } from '../../define-command';
import { outcome } from './messages';

const command: CommandSpec = defineCommand({
  name: 'edit-notifications',
  description: 'Enable or Disable specific notifications for the active user.',
  help: `Notification names should be enclosed in quotation marks.

Example:
    slcli user edit-notifications --enable 'Order Approved' 'Reload Complete'`,
  arguments: [{ name: 'notification', variadic: true }],
  options: [
    { flags: '--enable', description: 'Enable (DEFAULT) or Disable selected notification' },
    { flags: '--disable', description: 'Disable selected notification' },
  ],
  async run(context, { args, options }) {
    const names = list(args.notification);
    const manager = await context.manager('UserManager');
    const ok =
      options.disable === true
        ? await manager.disableNotifications(names)
        : await manager.enableNotifications(names);
    const joined = names.join(', ');
    context.out(
      outcome(
        ok,
        `Notifications updated successfully: ${joined}`,
        `Failed to update notifications: ${joined}`,
      ),
    );
  },
});

export default command;
