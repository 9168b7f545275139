import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'quote-detail',
  description: 'View a quote',
  arguments: [{ name: 'quote' }],
  async run(context, { args }) {
    const manager = await context.manager('OrderingManager');
    const quote = await manager.getQuoteDetails(idArgument(args.quote, 'QUOTE'));
    const pkg = quote.order?.items?.[0]?.package;
    const table = new Table(['Category', 'Description', 'Quantity', 'Recurring', 'One Time'], {
      title: `${quote.name ?? 'None'} - Package: ${pkg?.keyName}, Id ${pkg?.id}`,
    });
    table.align = { Category: 'left', Description: 'left' };
    for (const item of quote.order?.items ?? []) {
      table.addRow([item.categoryCode, item.description, item.quantity, item.recurringFee, item.oneTimeFee]);
    }
    return table;
  },
});

export default command;
