import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';

const command: CommandSpec = defineCommand({
  name: 'invoices',
  description: 'List invoices',
  options: [
    { flags: '--all', description: 'Return ALL invoices. There may be a lot of these.', default: false },
    { flags: '--closed', description: 'Include invoices with a CLOSED status.', default: false },
    { flags: '--limit <limit>', description: 'How many invoices to get back.', integer: true, default: 50 },
  ],
  async run(context, { options }) {
    const manager = await context.manager('AccountManager');
    const invoices = await manager.getInvoices({
      limit: integer(options.limit),
      closed: options.closed === true,
      all: options.all === true,
    });
    const table = new Table([
      'Id',
      'Created',
      'Type',
      'Status',
      'Starting Balance',
      'Ending Balance',
      'Invoice Amount',
      'Items',
    ]);
    for (const invoice of invoices) {
      table.addRow([
        invoice.id,
        cleanTime(invoice.createDate, 'date'),
        invoice.typeCode,
        invoice.statusCode,
        invoice.startingBalance,
        invoice.endingBalance,
        invoice.invoiceTotalAmount,
        invoice.itemCount,
      ]);
    }
    return table;
  },
});

export default command;
