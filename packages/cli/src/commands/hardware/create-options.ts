import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { datacentersTable, fees, itemTables, optionsTable, restriction } from '../create-options-tables';

const command: CommandSpec = defineCommand({
  name: 'create-options',
  description: 'Server order options for a given chassis.',
  arguments: [{ name: 'location', required: false }],
  options: [
    {
      flags: '-p, --prices',
      description:
        'Use --prices to list the server item prices, and to list the Item Prices by location,add it to the --prices option using location short name, e.g. --prices dal13',
    },
  ],
  async run(context, { args, options }) {
    const [{ HardwareManager }, { AccountManager }, { NetworkManager }] = await Promise.all([
      import('@sl/managers/hardware-manager'),
      import('@sl/managers/account-manager'),
      import('@sl/managers/network-manager'),
    ]);
    const client = await context.client();
    const location = text(args.location);
    const prices = options.prices === true;
    const found = await new HardwareManager(client).getCreateOptions({ datacenter: location });
    const routers = await new AccountManager(client).getRouters(location === undefined ? {} : { location });
    const tables: Table[] = [await datacentersTable(found.locations, new NetworkManager(client))];

    const sizes = optionsTable(
      prices ? ['Size', 'Value', 'Hourly', 'Monthly'] : ['Size', 'Value'],
      'Sizes',
      'Value',
    );
    for (const size of found.sizes) {
      sizes.addRow(
        prices
          ? [size.name, size.key, size.hourlyRecurringFee.toFixed(4), size.recurringFee.toFixed(4)]
          : [size.name, size.key],
      );
    }
    tables.push(
      sizes,
      itemTables(
        found.operatingSystems,
        prices,
        {
          columns: ['OS', 'Key', 'Reference Code'],
          title: 'Operating Systems',
          sortBy: 'Key',
          row: (item) => [item.name, item.key, item.referenceCode],
        },
        {
          columns: ['Key', 'Hourly', 'Monthly', 'Restriction'],
          title: 'Operating Systems',
          sortBy: 'Key',
          row: (item, price) => [item.key, ...fees(price), restriction(price)],
        },
      ),
      itemTables(
        found.portSpeeds,
        prices,
        {
          columns: ['Network', 'Speed', 'Key'],
          title: 'Network Options',
          sortBy: 'Speed',
          row: (item) => [item.name, String(item.speed), item.key],
        },
        {
          columns: ['Key', 'Speed', 'Hourly', 'Monthly'],
          title: 'Network Options',
          sortBy: 'Speed',
          row: (item, price) => [item.key, String(item.speed), ...fees(price)],
        },
      ),
      itemTables(
        found.extras,
        prices,
        {
          columns: ['Extra Option', 'Key'],
          title: 'Extras',
          sortBy: 'Key',
          row: (item) => [item.name, item.key],
        },
        {
          columns: ['Key', 'Hourly', 'Monthly'],
          title: 'Extras',
          sortBy: 'Key',
          row: (item, price) => [item.key, ...fees(price)],
        },
      ),
    );
    const routerTable = new Table(['id', 'hostname', 'name'], { title: 'Routers', align: 'left' });
    for (const router of routers) {
      routerTable.addRow([router.id, router.hostname, router.topLevelLocation?.longName]);
    }
    tables.push(routerTable);
    return tables;
  },
});

export default command;
