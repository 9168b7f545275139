import { type CommandSpec, defineCommand } from '../../define-command';
import { blank, KeyValueTable } from '../../output/table';

/** The PUBLIC_CLOUD_SERVER package, as slcli reads it. */
const PUBLIC_CLOUD_SERVER_PACKAGE = 835;

const command: CommandSpec = defineCommand({
  name: 'os-available',
  description: 'Get all available Operating Systems.',
  async run(context) {
    const { OrderingManager } = await import('@sl/managers/ordering-manager');
    const items = await new OrderingManager(await context.client()).getItems(PUBLIC_CLOUD_SERVER_PACKAGE, {
      filter: { items: { prices: { categories: { categoryCode: { operation: 'os' } } } } },
    });
    const table = new KeyValueTable(['Id', 'KeyName', 'Description', 'Hourly', 'Monthly', 'Setup']);
    for (const item of items) {
      const price = item.prices?.[0];
      table.addRow([
        item.id ?? null,
        item.keyName ?? null,
        item.description ?? null,
        price?.hourlyRecurringFee || blank(),
        price?.laborFee,
        price?.setupFee,
      ]);
    }
    return table;
  },
});

export default command;
