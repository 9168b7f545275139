import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { idArgument } from '../id-argument';
import { invoiceTable } from '../invoice-table';

/** The reference's `clean_time(date, '%Y-%m-%d', '%Y-%m-%d')`: the date part. */
const asGiven = (date: string | undefined): string | null => cleanTime(date, 'date');

const money = (value: unknown): string => Number(value ?? '0').toFixed(2);

const command: CommandSpec = defineCommand({
  name: 'lookup',
  description: 'Provides some details related to order owner, date order, cost information, initial invoice.',
  arguments: [{ name: 'identifier' }],
  options: [{ flags: '--details', description: 'Shows a very detailed list of charges', default: false }],
  async run(context, { args, options }) {
    const manager = await context.manager('OrderingManager');
    const order = await manager.getOrderDetail(idArgument(args.identifier, 'IDENTIFIER'));
    const table = new Table(['Key', 'Value'], { title: `Order ${order.id ?? 'None'}` });
    table.align = 'left';
    const user = order.userRecord;
    table.addRow([
      'Ordered By',
      user ? `${user.displayName ?? 'None'} (${user.userStatus?.name ?? 'None'})` : 'IBM',
    ]);
    table.addRow(['Create Date', asGiven(order.createDate)]);
    table.addRow(['Modify Date', asGiven(order.modifyDate)]);
    table.addRow(['Order Approval Date', asGiven(order.orderApprovalDate)]);
    table.addRow(['Status', order.status]);
    table.addRow(['Order Total Amount', money(order.orderTotalAmount)]);
    table.addRow(['Invoice Total Amount', money(order.initialInvoice?.invoiceTotalAmount)]);
    const items = new Table(['Item Description']);
    for (const item of order.items ?? []) items.addRow([item.description]);
    table.addRow(['Items', items]);
    const invoice = order.initialInvoice;
    table.addRow([
      'Initial Invoice',
      invoiceTable(invoice?.id ?? null, invoice?.invoiceTopLevelItems ?? [], options.details === true),
    ]);
    return table;
  },
});

export default command;
