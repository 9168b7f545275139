import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { notificationRow } from './notification-row';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'notifications',
  description: 'Get all hardware notifications.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    // slcli's columns (with its spellings); as a two-column table its json maps each id to the domain.
    const table = new KeyValueTable([
      'Id',
      'Domain',
      'Hostmane',
      'Username',
      'Email',
      'FirstName',
      'Lastname',
    ]);
    table.align = { Domain: 'right', Username: 'left' };
    for (const notification of await manager.getNotifications(id)) {
      table.addRow(notificationRow(notification, true));
    }
    return table;
  },
});

export default command;
