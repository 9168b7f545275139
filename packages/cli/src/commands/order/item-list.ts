import type { ObjectFilter } from '@sl/filter';
import type { OrderingManager } from '@sl/managers';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { asReferenceError } from './order-helpers';

type SoftLayer_Product_Item = Awaited<ReturnType<OrderingManager['listItems']>>[number];
type SoftLayer_Product_Item_Price = NonNullable<SoftLayer_Product_Item['prices']>[number];

const PRICE_COLUMNS = ['KeyName', 'Price Id', 'Hourly', 'Monthly', 'Restriction'];

/** A price's property, `-` when the API left it out (the reference's `get_item_price_data`). */
function priceData(price: SoftLayer_Product_Item_Price, key: keyof SoftLayer_Product_Item_Price): unknown {
  return key in price ? price[key] : '-';
}

/** Python's `"%s"` of a value (`None` for null). */
function show(value: unknown): string {
  return value === null || value === undefined ? 'None' : String(value);
}

function restriction(price: SoftLayer_Product_Item_Price): string {
  const low = priceData(price, 'capacityRestrictionMinimum');
  const high = priceData(price, 'capacityRestrictionMaximum');
  return `${show(low)} - ${show(high)} ${show(priceData(price, 'capacityRestrictionType'))}`;
}

/** The items by category code, each category's items in the API's order (categories in first-seen order). */
function byCategory(items: readonly SoftLayer_Product_Item[]): Map<string, SoftLayer_Product_Item[]> {
  const sorted = new Map<string, SoftLayer_Product_Item[]>();
  for (const item of items) {
    const category = String(item.itemCategory?.categoryCode);
    sorted.set(category, [...(sorted.get(category) ?? []), item]);
  }
  return sorted;
}

/** Python's `sorted` of the category codes (code point order). */
function sortedKeys(map: Map<string, unknown>): string[] {
  return [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The item's standard price id (the first without a location group), else 0. */
function standardPriceId(item: SoftLayer_Product_Item): number {
  return (item.prices ?? []).find((price) => !price.locationGroupId)?.id ?? 0;
}

const command: CommandSpec = defineCommand({
  name: 'item-list',
  description: 'List package items used for ordering.',
  help: `The item keyNames listed can be used with \`sl order place\` to specify the items that are being ordered
in the package. Items with a numbered category, like disk0 or gpu0, can be included multiple times in an order.

Examples:
  sl order item-list CLOUD_SERVER
  sl order item-list BARE_METAL_SERVER --category os --keyword ubuntu`,
  arguments: [{ name: 'package_keyname' }, { name: 'location', required: false }],
  options: [
    { flags: '-k, --keyword <keyword>', description: 'A word (or string) used to filter item names.' },
    { flags: '-c, --category <category>', description: 'Category code to filter items by' },
    {
      flags: '-p, --prices',
      description:
        'Use --prices to list the server item prices, and to list the Item Prices by location, add it to the ' +
        '--prices option using location KeyName, e.g. --prices AMSTERDAM02',
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('OrderingManager');
    const packageKey = text(args.package_keyname) ?? '';
    const location = text(args.location);
    const keyword = text(options.keyword);
    const category = text(options.category);
    const items: Record<string, unknown> = {};
    if (keyword) items.description = { operation: `*= ${keyword}` };
    if (category) items.categories = { categoryCode: { operation: `_= ${category}` } };
    const found = await asReferenceError(() =>
      manager.listItems(packageKey, { filter: { items } as ObjectFilter }),
    );
    const sorted = byCategory(found);
    const tables: Table[] = [];
    if (options.prices === true) {
      const prices = new Table(PRICE_COLUMNS);
      for (const code of sortedKeys(sorted)) {
        for (const item of sorted.get(code) ?? []) {
          for (const price of item.prices ?? []) {
            if (price.locationGroupId) continue;
            prices.addRow([
              item.keyName,
              price.id,
              priceData(price, 'hourlyRecurringFee'),
              priceData(price, 'recurringFee'),
              restriction(price),
            ]);
          }
        }
      }
      tables.push(prices);
      if (location) {
        const byLocation = await asReferenceError(() =>
          manager.getItemPricesByLocation(location, packageKey),
        );
        const table = new Table(PRICE_COLUMNS, { title: `Item Prices for ${location}`, align: 'left' });
        table.sortBy = 'KeyName';
        for (const price of byLocation) {
          table.addRow([
            price.item?.keyName,
            price.id,
            priceData(price, 'hourlyRecurringFee'),
            priceData(price, 'recurringFee'),
            restriction(price),
          ]);
        }
        tables.push(table);
      }
    } else {
      const table = new Table(['Category', 'KeyName', 'Description', 'Price Id']);
      for (const code of sortedKeys(sorted)) {
        for (const item of sorted.get(code) ?? []) {
          table.addRow([code, item.keyName, item.description, standardPriceId(item)]);
        }
      }
      tables.push(table);
    }
    return tables;
  },
});

export default command;
