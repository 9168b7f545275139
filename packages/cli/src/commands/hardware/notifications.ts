import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { lookup } from '../lookup';
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
      table.addRow([
        notification.id,
        lookup(notification, 'hardware', 'fullyQualifiedDomainName'),
        lookup(notification, 'hardware', 'hostname'),
        notification.user?.username,
        notification.user?.email,
        notification.user?.firstName,
        notification.user?.lastName,
      ]);
    }
    return table;
  },
});

export default command;
