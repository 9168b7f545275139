import type { CreateOptionItem } from '@sl/managers';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import type { Table } from '../../output/table';
import {
  datacentersTable,
  fees,
  itemTables,
  restriction,
  optionsTable as table,
} from '../create-options-tables';
import type { ItemPrice as SoftLayer_Product_Item_Price } from './guest-types';

/** A capacity or speed as the API's decimal text (`"25"`), as slcli prints it; the manager gives numbers. */
function decimal(value: number): string {
  return String(value);
}

/** The plain table of most sections: an item's name under `first` and its key under `Value`. */
function nameAndKey<T extends CreateOptionItem>(first: string, title: string) {
  return { columns: [first, 'Value'], title, sortBy: 'Value', row: (item: T) => [item.name, item.key] };
}

/**
 * The prices table of most sections: each price's hourly and monthly fee under the item's key, sorted by it unless
 * `sorted` is false (slcli's extras prices keep the API's order).
 */
function keyFees<T extends CreateOptionItem>(title: string, keyColumn = 'Key', sorted = true) {
  return {
    columns: [keyColumn, 'Hourly', 'Monthly'],
    title,
    sortBy: sorted ? keyColumn : undefined,
    row: (item: T, price: SoftLayer_Product_Item_Price) => [item.key, ...fees(price)],
  };
}

const command: CommandSpec = defineCommand({
  name: 'create-options',
  description: 'Virtual server order options.',
  arguments: [{ name: 'location', required: false }],
  options: [
    {
      flags: '--vsi-type <type>',
      description: 'VS keyName type.',
      choices: ['PUBLIC_CLOUD_SERVER', 'TRANSIENT_CLOUD_SERVER', 'SUSPEND_CLOUD_SERVER', 'CLOUD_SERVER'],
      default: 'PUBLIC_CLOUD_SERVER',
    },
    {
      flags: '-p, --prices',
      description:
        'Use --prices to list the server item prices, and to list the Item Prices by location,add it to the --prices option using location short name, e.g. --prices dal13',
    },
  ],
  async run(context, { args, options }) {
    const [{ VsManager }, { NetworkManager }] = await Promise.all([
      import('@sl/managers/vs-manager'),
      import('@sl/managers/network-manager'),
    ]);
    const client = await context.client();
    const vsiType = text(options.vsiType) ?? 'PUBLIC_CLOUD_SERVER';
    const prices = options.prices === true;
    const found = await new VsManager(client).getCreateOptions({
      vsiType,
      datacenter: text(args.location),
    });
    const datacenters = await datacentersTable(found.locations, new NetworkManager(client));
    const tables: Table[] = [datacenters];
    if (vsiType === 'CLOUD_SERVER') {
      tables.push(
        itemTables(
          found.guestCore,
          prices,
          {
            columns: ['cpu', 'Value', 'Capacity'],
            title: 'Guest_core',
            sortBy: 'Value',
            row: (item) => [item.name, item.key, decimal(item.capacity)],
          },
          keyFees('Guest Core Prices'),
        ),
        itemTables(found.ram, prices, nameAndKey('memory', 'RAM'), keyFees('Ram Prices')),
      );
    } else {
      const sizes = table(
        prices ? ['Size', 'Value', 'Hourly', 'Monthly'] : ['Size', 'Value'],
        prices ? 'Sizes Prices' : 'Sizes',
        'Value',
      );
      for (const size of found.sizes) {
        if (!prices) sizes.addRow([size.name, size.key]);
        else if (size.hourlyRecurringFee > 0 || size.recurringFee > 0) {
          sizes.addRow([
            size.name,
            size.key,
            size.hourlyRecurringFee.toFixed(4),
            size.recurringFee.toFixed(4),
          ]);
        }
      }
      tables.push(sizes);
    }
    tables.push(
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
          columns: ['OS Key', 'Hourly', 'Monthly', 'Restriction'],
          title: 'Operating Systems Prices',
          sortBy: 'OS Key',
          row: (item, price) => [item.key, ...fees(price), restriction(price)],
        },
      ),
      itemTables(
        found.portSpeed,
        prices,
        {
          columns: ['network', 'Key'],
          title: 'Network Options',
          sortBy: 'Key',
          row: (item) => [item.name, item.key],
        },
        {
          columns: ['Key', 'Speed', 'Hourly', 'Monthly'],
          title: 'Network Options Prices',
          sortBy: 'Speed',
          row: (item, price) => [item.key, decimal(item.speed), ...fees(price)],
        },
      ),
      itemTables(found.database, prices, nameAndKey('database', 'Databases'), {
        columns: ['Key', 'Hourly', 'Monthly', 'Restriction'],
        title: 'Data Base Prices',
        sortBy: 'Key',
        row: (item, price) => [item.key, ...fees(price), restriction(price)],
      }),
      itemTables(
        found.guestDisk,
        prices,
        {
          columns: ['guest_disk', 'Value', 'Capacity', 'Disk'],
          title: 'Guest_disks',
          sortBy: 'Value',
          row: (item) => [item.name, item.key, decimal(item.capacity), item.disk],
        },
        keyFees('Guest Disk Prices'),
      ),
      itemTables(
        found.extras,
        prices,
        nameAndKey('Extra Option', 'Extras'),
        keyFees('Extras Prices', 'Extra Option Key', false),
      ),
    );
    return tables;
  },
});

export default command;
