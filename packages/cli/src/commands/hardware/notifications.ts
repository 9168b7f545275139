import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { NOTIFICATION_COLUMNS, notificationRow } from '../server-notification';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'notifications',
  description: 'Get all hardware notifications.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    // slcli's columns (with its spellings); as a two-column table its json maps each id to the domain.
    const table = new KeyValueTable(NOTIFICATION_COLUMNS);
    table.align = { Domain: 'right', Username: 'left' };
    for (const notification of await manager.getNotifications(id)) {
      table.addRow(notificationRow(notification, { device: 'hardware', withHostname: true }));
    }
    return table;
  },
});

export default command;
