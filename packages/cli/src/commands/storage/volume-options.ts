import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { lookup } from '../lookup';
import type { StorageKind } from './storage-kind';

/** The storage as a service package the reference lists the options of. */
const PACKAGE_STORAGE = 759;

interface Item {
  id?: number;
  description?: string;
  keyName?: string;
  capacityMinimum?: string;
  itemCategory?: { categoryCode?: string };
  prices?: ReadonlyArray<{ recurringFee?: unknown }>;
}

/** One of the item tables: the items of a category, sorted by id in text (`--prices`: their first price too). */
function itemTable(
  items: readonly Item[],
  title: string,
  category: string,
  prices: boolean,
  capacity = false,
): Table {
  const columns = ['Id', 'Description', 'KeyName', ...(capacity ? ['Capacity Minimum'] : [])];
  const table = new Table(prices ? [...columns, 'Prices'] : columns, { title, align: 'left' });
  for (const item of items) {
    if (item.itemCategory?.categoryCode !== category) continue;
    table.addRow([
      item.id,
      item.description,
      item.keyName,
      ...(capacity ? [item.capacityMinimum || '-'] : []),
      ...(prices ? [item.prices?.[0]?.recurringFee] : []),
    ]);
  }
  table.sortBy = 'Id';
  return table;
}

/** `block volume-options`, `file volume-options`: the datacenters, tiers, sizes and snapshot sizes to order. */
export function volumeOptions(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'volume-options',
    description: `List all options for ordering a ${kind.group} storage`,
    arguments: [{ name: 'location', required: false }],
    options: [
      {
        flags: '-p, --prices',
        description:
          'Use --prices to list the server item prices, and to list the Item Prices by location,add it to the --prices option using location short name, e.g. --prices dal13',
      },
    ],
    async run(context, { args, options }) {
      const location = text(args.location);
      const prices = options.prices === true;
      const [ordering, network] = await Promise.all([
        context.manager('OrderingManager'),
        context.manager('NetworkManager'),
      ]);
      const items = (await ordering.getItems(PACKAGE_STORAGE)) as Item[];
      const datacenters = await ordering.getRegions(PACKAGE_STORAGE, location ? { location } : {});
      const pods = await network.getClosedPods();
      if (datacenters.length === 0) throw new CliError('Location does not exit.');
      const datacenterTable = new Table(['Id', 'Description', 'KeyName'], { title: 'Datacenter' });
      for (const datacenter of datacenters) {
        const name = String(lookup(datacenter, 'location', 'location', 'name'));
        const closing = pods.map((pod) => String(pod.name)).filter((pod) => pod.includes(name));
        // The reference adds a fourth cell (the pods closing soon) past its three columns: kept, never shown.
        datacenterTable.addRow([
          lookup(datacenter, 'location', 'locationId'),
          datacenter.description,
          datacenter.keyname,
          closing.length > 0 ? `closed soon: ${closing.join(', ')}` : '-',
        ]);
      }
      return [
        datacenterTable,
        itemTable(items, 'IOPS', 'storage_tier_level', prices),
        itemTable(items, 'Storage', 'performance_storage_space', prices, true),
        itemTable(items, 'Snapshot', 'storage_snapshot_space', prices),
      ];
    },
  });
}
