import { type CommandSpec, defineCommand, text } from '../../define-command';
import { blank, Table } from '../../output/table';

const COLUMNS = ['id', 'name', 'description'];

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List security groups.',
  options: [
    { flags: '--sortby <column>', description: 'Column to sort by', choices: COLUMNS },
    {
      flags: '-l, --limit <limit>',
      description: 'How many results to get in one api call',
      default: 100,
      integer: true,
    },
  ],
  async run(context, { options }) {
    const groups = await (await context.manager('NetworkManager')).listSecuritygroups();
    const table = new Table(COLUMNS);
    table.sortBy = text(options.sortby);
    for (const group of groups) table.addRow([group.id, group.name || blank(), group.description || blank()]);
    return table;
  },
});

export default command;
