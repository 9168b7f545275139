import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { orderCostTable } from '../order-cost-table';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Creates a global IP.',
  options: [
    { flags: '--ipv6', description: 'Order a IPv6 IP' },
    { flags: '--test <test>', description: 'test order' },
  ],
  async run(context, { options }) {
    const version = options.ipv6 === true ? 6 : 4;
    const test = Boolean(text(options.test));
    if (!test && !(await context.confirm('This action will incur charges on your account. Continue?'))) {
      throw new CliError('Cancelling order.');
    }
    const result = await (await context.manager('NetworkManager')).addGlobalIp({ version, testOrder: test });
    return orderCostTable(
      ('orderDetails' in result
        ? result.orderDetails?.prices
        : 'prices' in result
          ? result.prices
          : undefined) ?? [],
      'item',
    );
  },
});

export default command;
