import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'notifications',
  description: 'My Notifications.',
  async run(context) {
    const notifications = await (await context.manager('UserManager')).getAllNotifications();
    const table = new Table(['Id', 'Name', 'Description', 'Enabled'], { align: 'left' });
    for (const notification of notifications) {
      table.addRow([notification.id, notification.name, notification.description, notification.enabled]);
    }
    return table;
  },
});

export default command;
