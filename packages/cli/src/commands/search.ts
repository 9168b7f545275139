import { type CommandSpec, defineCommand, list } from '../define-command';
import { iterToTable } from '../output/iter-to-table';
import { Table } from '../output/table';

const command: CommandSpec = defineCommand({
  name: 'search',
  description: 'Perform a query against the SoftLayer search database.',
  help: [
    'Read More: https://sldn.softlayer.com/reference/services/SoftLayer_Search/search/',
    'Examples:',
    '    sl search test.com',
    '    sl search _objectType:SoftLayer_Virtual_Guest test.com',
    '    sl -vvv search _objectType:SoftLayer_Hardware hostname:testibm --advanced',
  ].join('\n'),
  arguments: [{ name: 'query', required: false, variadic: true }],
  options: [
    { flags: '--types', description: 'Display searchable types.' },
    { flags: '--advanced', description: 'Calls the AdvancedSearh API.' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('SearchManager');
    if (options.types === true) {
      const table = new Table(['Name', 'Properties']);
      table.align = 'right';
      for (const type of await manager.getObjectTypes()) {
        const properties = new Table(['Property', 'Sortable']);
        properties.align = 'left';
        for (const property of type.properties ?? [])
          properties.addRow([property.name, property.sortableFlag]);
        table.addRow([type.name, properties]);
      }
      return table;
    }
    const query = list(args.query).join(' ');
    return iterToTable(
      options.advanced === true ? await manager.advanced(query) : await manager.search(query),
    );
  },
});

export default command;
