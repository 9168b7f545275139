import type { ObjectFilter } from '@sl/filter';
import type { OrderingManager } from '@sl/managers';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { FormattedItem, Table } from '../../output/table';
import { pythonRound } from '../python-round';
import { asReferenceError } from './order-helpers';

type SoftLayer_Product_Item_Price = NonNullable<
  Awaited<ReturnType<OrderingManager['listPresets']>>[number]['prices']
>[number];

/** The sum of one fee over a preset's prices, rounded to 3 places, shown as Python prints a float. */
function feeTotal(
  prices: readonly SoftLayer_Product_Item_Price[],
  key: 'hourlyRecurringFee' | 'recurringFee',
): FormattedItem {
  let total = 0;
  for (const price of prices) if (key in price) total += Number(price[key]);
  const rounded = pythonRound(total, 3);
  return new FormattedItem(rounded, Number.isInteger(rounded) ? rounded.toFixed(1) : String(rounded));
}

const command: CommandSpec = defineCommand({
  name: 'preset-list',
  description: 'List package presets.',
  help: `Presets are set CPU / RAM / Disk allotments. You still need to specify required items. Some packages do
not have presets. Cost includes all items in a preset, and may include optional items.

Examples:
  sl order preset-list BARE_METAL_SERVER
  sl order preset-list BARE_METAL_SERVER --keyword gpu
  sl order preset-list PUBLIC_CLOUD_SERVER --prices --keyword BL2.56x242x`,
  arguments: [{ name: 'package_keyname' }],
  options: [
    { flags: '--keyword <keyword>', description: 'A word (or string) used to filter preset names.' },
    { flags: '-p, --prices', description: 'Use --prices to list the server item prices.' },
  ],
  async run(context, { args, options }) {
    // The reference prints this notice (on stdout) before anything else, whatever the format.
    context.out('*NOTICE*: Cost includes all items in a preset, and may include optional items.\n');
    const manager = await context.manager('OrderingManager');
    const packageKey = text(args.package_keyname) ?? '';
    const keyword = text(options.keyword);
    const filter: ObjectFilter = keyword ? { activePresets: { name: { operation: `*= ${keyword}` } } } : {};
    const presets = await asReferenceError(() => manager.listPresets(packageKey, { filter }));
    if (options.prices === true) {
      const table = new Table(['Id', 'Key Name', 'Hourly', 'Monthly', 'Location']);
      table.align = { 'Key Name': 'left', Hourly: 'right', Monthly: 'right' };
      for (const preset of presets) {
        const locations = preset.locations ?? [];
        table.addRow([
          preset.id,
          preset.keyName,
          feeTotal(preset.prices ?? [], 'hourlyRecurringFee'),
          feeTotal(preset.prices ?? [], 'recurringFee'),
          locations.length > 0 ? locations.map((location) => location.name).join(', ') : 'All',
        ]);
      }
      return table;
    }
    const table = new Table(['Name', 'Key Name', 'Description']);
    for (const preset of presets) {
      table.addRow([
        String(preset.name).trim(),
        String(preset.keyName).trim(),
        String(preset.description).trim(),
      ]);
    }
    return table;
  },
});

export default command;
