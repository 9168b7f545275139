import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'summary',
  description: 'Summary info about tickets.',
  async run(context) {
    const counts = await (await context.manager('TicketManager')).getSummary();
    const open = new Table(['Type', 'count']);
    open.addRow(['Accounting', counts.openAccounting]);
    open.addRow(['Billing', counts.openBilling]);
    open.addRow(['Sales', counts.openSales]);
    open.addRow(['Support', counts.openSupport]);
    open.addRow(['Other', counts.openOther]);
    open.addRow(['Total', counts.open]);
    const table = new Table(['Status', 'count']);
    table.addRow(['Open', open]);
    table.addRow(['Closed', counts.closed]);
    return table;
  },
});

export default command;
