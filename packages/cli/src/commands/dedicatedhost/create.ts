import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, type OptionValue, text } from '../../define-command';
import { FormattedItem, KeyValueTable, Table } from '../../output/table';
import { EXPORT_OPTION, HOURLY_BILLING_OPTION, TEMPLATE_OPTION } from '../order-input';
import { promptedText } from '../required-option';
import { readTemplate, writeTemplate } from '../virtual/create-template';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Order/create a dedicated host.',
  help: "See 'sl dedicatedhost create-options' for valid options.",
  options: [
    { flags: '-H, --hostname <hostname>', description: 'Host portion of the FQDN' },
    { flags: '-r, --router <router>', description: 'Router hostname ex. fcr02a.dal13' },
    { flags: '-D, --domain <domain>', description: 'Domain portion of the FQDN' },
    { flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname' },
    { flags: '-f, --flavor <flavor>', description: 'Dedicated Virtual Host flavor' },
    HOURLY_BILLING_OPTION,
    { flags: '--verify', description: 'Verify dedicatedhost without creating it.' },
    TEMPLATE_OPTION,
    EXPORT_OPTION,
  ],
  async run(context, { options: given }) {
    const templatePath = text(given.template);
    const options = templatePath ? { ...readTemplate(templatePath), ...definedOnly(given) } : given;
    const order = {
      hostname: await promptedText(context, options.hostname, 'Hostname'),
      domain: await promptedText(context, options.domain, 'Domain'),
      location: await promptedText(context, options.datacenter, 'Datacenter'),
      flavor: await promptedText(context, options.flavor, 'Flavor'),
      hourly: (text(options.billing) ?? 'hourly') === 'hourly',
      ...(text(options.router) ? { router: text(options.router) } : {}),
    };
    const exportPath = text(options.export);
    const manager = await context.manager('DedicatedHostManager');
    const verified = await manager.verifyOrder(order);
    const prices = verified.prices ?? [];
    if (prices.length !== 1)
      throw new CliError('Argument Error: More than 1 price was found or no prices found');
    const price = prices[0];
    const total = Number((order.hourly ? price?.hourlyRecurringFee : price?.recurringFee) ?? 0);
    const costs = new Table(['Item', 'cost']);
    costs.align = { Item: 'right', cost: 'right' };
    costs.addRow([order.hourly ? 'Total hourly cost' : 'Total monthly cost', total.toFixed(2)]);
    const output: unknown[] = [
      costs,
      new FormattedItem(
        '',
        ' -- ! Prices reflected here are retail and do not take account level discounts and are not guaranteed.',
      ),
    ];
    if (exportPath) {
      writeTemplate(exportPath, options);
      context.print('Successfully exported options to a template file.');
    }
    if (!exportPath && options.verify !== true) {
      if (!(await context.confirm('This action will incur charges on your account. Continue?'))) {
        throw new CliError('Aborting dedicated host order.');
      }
      const receipt = await manager.placeOrder(order);
      const table = new KeyValueTable();
      table.addRow(['id', receipt.orderId]);
      table.addRow(['created', receipt.orderDate]);
      output.push(table);
    }
    return output;
  },
});

/** The options given on the command line (a template fills only the others). */
function definedOnly(options: Record<string, OptionValue>): Record<string, OptionValue> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

export default command;
