import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { trimTo } from './python-helpers';

const command: CommandSpec = defineCommand({
  name: 'billing-items',
  description: 'Lists billing items with some other useful information.',
  help: 'Similiar to https://cloud.ibm.com/billing/billing-items',
  async run(context) {
    const items = await (await context.manager('AccountManager')).getAccountBillingItems();
    const table = new Table(
      ['Id', 'Create Date', 'Cost', 'Category Code', 'Ordered By', 'Description', 'Notes'],
      { title: 'Billing Items' },
    );
    for (const item of items) {
      const fqdn = `${item.hostName ?? ''}.${item.domainName ?? ''}`;
      const description = fqdn !== '.' ? fqdn : String(item.description);
      const user = item.orderItem?.order?.userRecord;
      table.addRow([
        item.id,
        cleanTime(item.createDate, 'date'),
        item.nextInvoiceTotalRecurringAmount,
        item.categoryCode,
        user ? user.displayName : 'IBM',
        trimTo(description, 50),
        trimTo(item.notes ?? 'None', 40),
      ]);
    }
    return table;
  },
});

export default command;
