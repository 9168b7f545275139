import type { CapacityManager } from '@sl/managers';
import { type CommandSpec, defineCommand } from '../../../define-command';
import { Table } from '../../../output/table';

type Item = Awaited<ReturnType<CapacityManager['getCreateOptions']>>[number];

/** The hourly fee of the item's last price without a location group, to 4 places. */
function defaultPrice(item: Item): string {
  let price = 'No Default Pricing';
  for (const entry of item.prices ?? []) {
    if (!entry.locationGroupId) price = Number(entry.hourlyRecurringFee).toFixed(4);
  }
  return price;
}

const command: CommandSpec = defineCommand({
  name: 'create-options',
  description: 'List options for creating Reserved Capacity',
  async run(context) {
    const manager = await context.manager('CapacityManager');
    const items = await manager.getCreateOptions();
    items.sort((a, b) => Number.parseInt(String(a.capacity), 10) - Number.parseInt(String(b.capacity), 10));
    const table = new Table(['KeyName', 'Description', 'Term', 'Default Hourly Price Per Instance'], {
      title: 'Reserved Capacity Options',
    });
    table.align = { Description: 'left', KeyName: 'left' };
    for (const item of items)
      table.addRow([item.keyName, item.description, item.capacity, defaultPrice(item)]);
    context.print(table);
    const locations = new Table(['Location', 'POD', 'BackendRouterId'], { title: 'Orderable Locations' });
    for (const region of await manager.getAvailableRouters()) {
      for (const location of region.locations ?? []) {
        for (const pod of location.location?.pods ?? []) {
          locations.addRow([region.keyname, pod.backendRouterName, pod.backendRouterId]);
        }
      }
    }
    context.print(locations);
  },
});

export default command;
