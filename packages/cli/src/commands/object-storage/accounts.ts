import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'accounts',
  description: 'List object storage accounts.',
  options: [{ flags: '--limit <limit>', description: 'Result limit', integer: true, default: 10 }],
  async run(context, { options }) {
    const manager = await context.manager('ObjectStorageManager');
    const accounts = await manager.listAccounts({ limit: integer(options.limit) ?? 10 });
    const table = new Table(['id', 'name', 'apiType']);
    table.sortBy = 'id';
    // As the reference's: an account that is neither Swift nor Cleversafe keeps the previous account's type.
    let apiType: string | null = null;
    for (const account of accounts) {
      if (account.vendorName === 'Swift') apiType = 'Swift';
      else if (account.serviceResource?.name?.includes('Cleversafe')) apiType = 'S3';
      table.addRow([account.id, account.username, apiType]);
    }
    return table;
  },
});

export default command;
