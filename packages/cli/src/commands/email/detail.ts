import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { idArgument } from '../id-argument';
import { statisticsTable } from './statistics-table';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Display details for a specified email.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('EmailManager');
    const id = idArgument(args.identifier, 'IDENTIFIER');
    const result = await manager.getInstance(id);
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', result.id]);
    table.addRow(['username', result.username]);
    table.addRow(['email_address', result.emailAddress]);
    table.addRow(['create_date', result.createDate]);
    table.addRow(['category_code', result.billingItem?.categoryCode]);
    table.addRow(['description', result.billingItem?.description]);
    table.addRow(['type_description', result.type?.description]);
    table.addRow(['type', result.type?.keyName]);
    table.addRow(['vendor', result.vendor?.keyName]);
    for (const statistic of await manager.getStatistics(id))
      table.addRow(['statistics', statisticsTable(statistic)]);
    return table;
  },
});

export default command;
