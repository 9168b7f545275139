import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { formatPython, trimTo } from './python-helpers';

const command: CommandSpec = defineCommand({
  name: 'orders',
  description:
    'Lists account orders. Use `slcli order lookup <ID>` to find more details about a specific order.',
  options: [
    {
      flags: '-l, --limit <limit>',
      description: 'How many results to get in one api call',
      integer: true,
      default: 50,
    },
  ],
  async run(context, { options }) {
    const manager = await context.manager('AccountManager');
    const orders = await manager.getAccountAllBillingOrders({ limit: integer(options.limit) });
    const table = new Table(['Id', 'State', 'User', 'Date', 'Amount', 'Item'], { title: 'orders' });
    table.align = 'left';
    for (const order of orders) {
      const items = (order.items ?? []).map((item) => formatPython(item.description)).join(' ');
      table.addRow([
        order.id,
        order.status,
        order.userRecord?.username,
        cleanTime(order.createDate, 'date'),
        order.orderTotalAmount,
        trimTo(items, 50),
      ]);
    }
    return table;
  },
});

export default command;
