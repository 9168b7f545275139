import type { CreateOptionItem, NetworkManager } from '@sl/managers';
import { Table } from '../output/table';
import type { ItemPrice as SoftLayer_Product_Item_Price } from './virtual/guest-types';

// The tables of slcli's `vs create-options` and `hw create-options`: sections of order items, each either names and
// keys or, with `--prices`, the items' prices.

/** slcli's `_get_price_data`: a price's property, `-` when the price has no such key. */
export function priceData(
  price: SoftLayer_Product_Item_Price,
  key: keyof SoftLayer_Product_Item_Price,
): unknown {
  return key in price ? price[key] : '-';
}

/** A price's capacity restriction: `min - max type`. */
export function restriction(price: SoftLayer_Product_Item_Price): string {
  const show = (value: unknown) => (value === null ? 'None' : String(value));
  return `${show(priceData(price, 'capacityRestrictionMinimum'))} - ${show(
    priceData(price, 'capacityRestrictionMaximum'),
  )} ${show(priceData(price, 'capacityRestrictionType'))}`;
}

/** A price's hourly and monthly fee (`-` when missing). */
export const fees = (price: SoftLayer_Product_Item_Price): unknown[] => [
  priceData(price, 'hourlyRecurringFee'),
  priceData(price, 'recurringFee'),
];

/** A left-aligned titled table sorted by `sortBy`. */
export function optionsTable(columns: string[], title: string, sortBy?: string): Table {
  const result = new Table(columns, { title, align: 'left' });
  result.sortBy = sortBy;
  return result;
}

/**
 * One options table (names and keys) or, with `--prices`, its prices table: the shape of each of slcli's
 * `*_prices_table` functions.
 */
export function itemTables<T extends CreateOptionItem>(
  items: readonly T[],
  prices: boolean,
  plain: { columns: string[]; title: string; sortBy: string; row: (item: T) => unknown[] },
  priced: {
    columns: string[];
    title: string;
    sortBy?: string;
    row: (item: T, price: SoftLayer_Product_Item_Price) => unknown[];
  },
): Table {
  if (prices) {
    const result = optionsTable(priced.columns, priced.title, priced.sortBy);
    for (const item of items) for (const price of item.prices) result.addRow(priced.row(item, price));
    return result;
  }
  const result = optionsTable(plain.columns, plain.title, plain.sortBy);
  for (const item of items) result.addRow(plain.row(item));
  return result;
}

/** The Datacenters table: each location with the pods closing there. */
export async function datacentersTable(
  locations: ReadonlyArray<{ name: string | undefined; key: string | undefined }>,
  network: NetworkManager,
): Promise<Table> {
  const pods = await network.getClosedPods();
  const datacenters = optionsTable(['Datacenter', 'Value', 'Note'], 'Datacenters', 'Value');
  for (const location of locations) {
    const closing = pods.map((pod) => String(pod.name)).filter((name) => name.includes(String(location.key)));
    datacenters.addRow([
      location.name,
      location.key,
      closing.length > 0 ? `closed soon: ${closing.join(', ')}` : '-',
    ]);
  }
  return datacenters;
}
