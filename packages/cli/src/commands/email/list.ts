import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { statisticsTable } from './statistics-table';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'Lists Email Delivery Service',
  async run(context) {
    const [account, email] = await Promise.all([
      context.manager('AccountManager'),
      context.manager('EmailManager'),
    ]);
    const accounts = await account.getNetworkMessageDeliveryAccounts();
    const table = new KeyValueTable(['name', 'value']);
    // The reference fills one information table across the accounts (each row shows every account so far).
    const information = new KeyValueTable(['id', 'username', 'hostname', 'description', 'vendor']);
    for (const delivery of accounts) {
      const id = Number(delivery.id);
      information.addRow([
        delivery.id,
        delivery.username,
        (delivery as { emailAddress?: string }).emailAddress,
        delivery.type?.description,
        delivery.vendor?.keyName,
      ]);
      const [overview, statistics] = await Promise.all([
        email.getAccountOverview(id),
        email.getStatistics(id),
      ]);
      const overviewTable = new Table([
        'credit_allowed',
        'credits_remain',
        'credits_overage',
        'credits_used',
        'package',
        'reputation',
        'requests',
      ]);
      overviewTable.addRow([
        overview.creditsAllowed,
        overview.creditsRemain,
        overview.creditsOverage,
        overview.creditsUsed,
        overview.package,
        overview.reputation,
        overview.requests,
      ]);
      table.addRow(['email_information', information]);
      table.addRow(['email_overview', overviewTable]);
      for (const statistic of statistics) table.addRow(['statistics', statisticsTable(statistic)]);
    }
    return table;
  },
});

export default command;
