import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'credentials',
  description: 'List virtual server credentials.',
  arguments: [{ name: 'identifier' }],
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    const guest = await manager.getInstance(id);
    const description = guest.operatingSystem?.softwareLicense?.softwareDescription;
    const table = new Table(['username', 'password', 'Software', 'Version']);
    for (const item of guest.operatingSystem?.passwords ?? []) {
      table.addRow([item.username, item.password, description?.referenceCode, description?.version]);
    }
    return table;
  },
});

export default command;
