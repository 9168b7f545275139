import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, type OptionValue, text } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { lookup } from '../lookup';
import { resolveHardware } from './resolve-hardware';

const NETWORKS = ['100', '100 Redundant', '100 Dual', '1000', '1000 Redundant', '1000 Dual'];

const command: CommandSpec = defineCommand({
  name: 'upgrade',
  description: 'Upgrade a Hardware Server.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--memory <gb>', description: 'Memory Size in GB', integer: true },
    {
      flags: '--network <speed>',
      description: 'Network port speed in Mbps',
      choices: [...NETWORKS, '10000', '10000 Redundant', '10000 Dual'],
    },
    {
      flags: '--drive-controller <controller>',
      description: 'Drive Controller',
      choices: ['Non-RAID', 'RAID'],
    },
    { flags: '--public-bandwidth <gb>', description: 'Public Bandwidth in GB', integer: true },
    {
      flags: '--add-disk <gb-and-number...>',
      description: 'Add a Hard disk in GB to a specific channel, e.g --add-disk 1000 2',
      integer: true,
      multiple: true,
    },
    {
      flags: '--resize-disk <gb-and-number...>',
      description: 'Upgrade a specific disk size in GB, e.g --resize-disk 2000 2',
      integer: true,
      multiple: true,
    },
    { flags: '--test', description: 'Do not actually upgrade the hardware server' },
  ],
  async run(context, { args, options }) {
    const memory = integer(options.memory);
    const nicSpeed = text(options.network);
    const driveController = text(options.driveController);
    const publicBandwidth = integer(options.publicBandwidth);
    const disk = [...diskPairs(options.addDisk, 'add_disk'), ...diskPairs(options.resizeDisk, 'resize_disk')];
    if (!memory && !nicSpeed && !driveController && !publicBandwidth && disk.length === 0) {
      throw new CliError(
        'Argument Error: Must provide  [--memory], [--network], [--drive-controller], [--public-bandwidth],[--add-disk] or [--resize-disk]',
      );
    }
    const { manager, id } = await resolveHardware(context, args.identifier);
    const test = options.test === true;
    if (!test && !(await context.confirm('This action will incur charges on your account. Continue?'))) {
      throw new CliError('Aborted');
    }
    const response = (await manager.upgrade(id, {
      memory: memory || undefined,
      nicSpeed: nicSpeed || undefined,
      driveController: driveController || undefined,
      publicBandwidth: publicBandwidth || undefined,
      ...(disk.length > 0 ? { disk } : {}),
      test,
    })) as Record<string, unknown>;
    const table = new KeyValueTable();
    if (test) {
      addOrder(response, table);
      return table;
    }
    table.addRow(['Order Date', response.orderDate]);
    table.addRow(['Order Id', response.orderId]);
    addOrder((response.orderDetails ?? {}) as Record<string, unknown>, table);
    const placed = new Table([
      'Id',
      'Account Id',
      'Status',
      'Account CompanyName',
      'UserRecord FirstName',
      'UserRecord LastName',
      'UserRecord Username',
    ]);
    // slcli's lookups, the last two (from `account`) included.
    placed.addRow([
      response.id,
      response.accountId,
      response.status,
      lookup(response, 'account', 'companyName'),
      lookup(response, 'userRecord', 'firstName'),
      lookup(response, 'account', 'lastName'),
      lookup(response, 'account', 'username'),
    ]);
    table.addRow(['Place Order Information', placed]);
    const billing = new Table([
      'Billing City',
      'Billing Country Code',
      'Billing Email',
      'Billing Name First',
      'Billing Name Last',
      'Billing Postal Code',
      'Billing State',
    ]);
    const info = (key: string) => lookup(response, 'orderDetails', 'billingInformation', key);
    billing.addRow(
      ['City', 'CountryCode', 'Email', 'NameFirst', 'NameLast', 'PostalCode', 'State'].map((key) =>
        info(`billing${key}`),
      ),
    );
    table.addRow(['Order Detail (Billing Information)', billing]);
    return table;
  },
});

/** click's `nargs=2` pairs (`--add-disk 1000 2`): capacity in GB and slot number. */
function diskPairs(
  value: OptionValue,
  description: 'add_disk' | 'resize_disk',
): Array<{ description: 'add_disk' | 'resize_disk'; capacity: number; number: number }> {
  const numbers = Array.isArray(value) ? value.map(Number) : [];
  if (numbers.length % 2 !== 0) {
    throw new CliError(`Error: Option '--${description.replace('_', '-')}' requires 2 arguments.`);
  }
  const pairs = [];
  for (let index = 0; index < numbers.length; index += 2) {
    pairs.push({ description, capacity: numbers[index] as number, number: numbers[index + 1] as number });
  }
  return pairs;
}

/** slcli's `add_data_to_table`: the order's location, totals, servers and prices. */
function addOrder(order: Record<string, unknown>, table: KeyValueTable): void {
  table.addRow(['location', lookup(order, 'locationObject', 'longName')]);
  table.addRow(['quantity', order.quantity]);
  table.addRow(['Package Id', order.packageId]);
  table.addRow(['Currency Short Name', order.currencyShortName]);
  table.addRow(['Prorated Initial Charge', order.proratedInitialCharge]);
  table.addRow(['Prorated Order Total', order.proratedOrderTotal]);
  table.addRow(['Hourly Pricing', order.useHourlyPricing]);
  const servers = new Table(['Account Id', 'Hostname', 'Domain']);
  for (const server of (order.hardware ?? []) as Array<Record<string, unknown>>) {
    servers.addRow([server.accountId, server.hostname, server.domain]);
  }
  table.addRow(['Hardware', servers]);
  const prices = new Table([
    'Id',
    'HourlyRecurringFee',
    'RecurringFee',
    'Categories',
    'Item Description',
    'Item Units',
  ]);
  for (const price of (order.prices ?? []) as Array<Record<string, unknown>>) {
    prices.addRow([
      price.id,
      price.hourlyRecurringFee,
      price.recurringFee,
      lookup(price, 'categories', '0', 'name'),
      lookup(price, 'item', 'description'),
      lookup(price, 'item', 'units'),
    ]);
  }
  table.addRow(['Prices', prices]);
}

export default command;
