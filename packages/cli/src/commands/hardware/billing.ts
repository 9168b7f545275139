import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { lookup } from '../lookup';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'billing',
  description: 'Get billing for a hardware device.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    const billing = (await manager.getHardware(id)).billingItem;
    const table = new KeyValueTable();
    table.addRow(['Id', args.identifier]);
    table.addRow(['Billing Item Id', billing?.id]);
    table.addRow(['Recurring Fee', billing?.recurringFee]);
    table.addRow(['Total', billing?.nextInvoiceTotalRecurringAmount]);
    table.addRow(['Provision Date', lookup(billing, 'provisionDate')]);
    const prices = new Table(['Item', 'Recurring Price']);
    for (const item of billing?.nextInvoiceChildren ?? []) {
      prices.addRow([item.description, item.nextInvoiceTotalRecurringAmount]);
    }
    table.addRow(['prices', prices]);
    return table;
  },
});

export default command;
