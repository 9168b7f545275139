import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, list } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { ADDED_NOTIFICATION_COLUMNS, notificationRow } from '../server-notification';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'notification-add',
  description: 'Create a user hardware notification entry.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '--users <userId>',
      description: 'UserId to be notified on monitoring failure. (repeatable, required)',
      multiple: true,
    },
  ],
  async run(context, { args, options }) {
    const users = list(options.users);
    if (users.length === 0) throw new CliError("Error: Missing option '--users'.");
    const userIds = users.map(Number);
    const { manager, id } = await resolveHardware(context, args.identifier);
    // slcli's columns (with its spellings): the "Hostmane" column holds the fully qualified domain name.
    const table = new KeyValueTable(ADDED_NOTIFICATION_COLUMNS);
    table.align = { Id: 'right', Username: 'left' };
    for (const userId of userIds) {
      const notification = await manager.addNotification(id, userId);
      table.addRow(notificationRow(notification, { device: 'hardware', withHostname: false }));
    }
    return table;
  },
});

export default command;
