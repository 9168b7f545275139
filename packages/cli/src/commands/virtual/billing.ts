import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'billing',
  description: 'Get billing for a virtual device.',
  arguments: [{ name: 'identifier' }],
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input, 'virtual');
    const guest = await manager.getInstance(id);
    const table = new KeyValueTable();
    table.addRow(['Id', text(input.args.identifier)]);
    table.addRow(['Billing Item Id', guest.billingItem?.id ?? null]);
    table.addRow(['Recurring Fee', guest.billingItem?.recurringFee ?? null]);
    table.addRow(['Total', guest.billingItem?.nextInvoiceTotalRecurringAmount ?? null]);
    table.addRow(['Provision Date', guest.provisionDate ?? null]);
    const prices = new Table(['Description', 'Recurring Price']);
    for (const item of guest.billingItem?.children ?? []) {
      prices.addRow([item.description, item.nextInvoiceTotalRecurringAmount]);
    }
    table.addRow(['prices', prices]);
    return table;
  },
});

export default command;
