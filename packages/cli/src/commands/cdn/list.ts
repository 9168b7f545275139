import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

const COLUMNS = ['unique_id', 'domain', 'origin', 'vendor', 'cname', 'status'];

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List all CDN accounts.',
  options: [{ flags: '--sortby <column>', description: 'Column to sort by', choices: COLUMNS }],
  async run(context, { options }) {
    const mappings = await (await context.manager('CdnManager')).listCdn();
    const table = new Table(COLUMNS);
    for (const cdn of mappings) {
      table.addRow([cdn.uniqueId, cdn.domain, cdn.originHost, cdn.vendorName, cdn.cname, cdn.status]);
    }
    table.sortBy = text(options.sortby);
    return table;
  },
});

export default command;
