import { type CommandSpec, defineCommand } from '../../define-command';
import { pythonTruthy } from '../../output/python-text';
import { blank, KeyValueTable, Table } from '../../output/table';
import { lookup } from '../lookup';
import { resolveHost } from './resolve-host';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get details for a dedicated host.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--price', description: 'Show associated prices' },
    { flags: '--guests', description: 'Show guests on dedicated host' },
  ],
  async run(context, { args, options }) {
    const { manager, id } = await resolveHost(context, args.identifier);
    const host = await manager.getHost(id);
    const table = new KeyValueTable();
    table.addRow(['id', host.id]);
    table.addRow(['name', host.name]);
    table.addRow(['cpu count', host.cpuCount]);
    table.addRow(['memory capacity', host.memoryCapacity]);
    table.addRow(['disk capacity', host.diskCapacity]);
    table.addRow(['create date', host.createDate]);
    table.addRow(['modify date', host.modifyDate]);
    table.addRow(['router id', host.backendRouter?.id]);
    table.addRow(['router hostname', host.backendRouter?.hostname]);
    const owner = lookup(host, 'billingItem', 'orderItem', 'order', 'userRecord', 'username');
    table.addRow(['owner', pythonTruthy(owner) ? owner : blank()]);
    if (options.price) {
      const children = (lookup(host, 'billingItem', 'children') ?? []) as Array<{
        nextInvoiceTotalRecurringAmount?: number;
      }>;
      const total =
        Number(lookup(host, 'billingItem', 'nextInvoiceTotalRecurringAmount') || 0) +
        children.reduce((sum, child) => sum + Number(child.nextInvoiceTotalRecurringAmount ?? 0), 0);
      table.addRow(['price_rate', total]);
    }
    table.addRow(['guest count', host.guestCount]);
    if (options.guests) {
      const guests = new Table(['id', 'hostname', 'domain', 'uuid']);
      for (const guest of host.guests ?? [])
        guests.addRow([guest.id, guest.hostname, guest.domain, guest.uuid]);
      table.addRow(['guests', guests]);
    }
    table.addRow(['datacenter', host.datacenter?.name]);
    return table;
  },
});

export default command;
