import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';

const command: CommandSpec = defineCommand({
  name: 'quote-list',
  description: 'List all active quotes on an account',
  async run(context) {
    const manager = await context.manager('OrderingManager');
    const table = new Table(['Id', 'Name', 'Created', 'Expiration', 'Status', 'Package Name', 'Package Id']);
    table.align = { Name: 'left', 'Package Name': 'right', 'Package Id': 'left' };
    for (const quote of await manager.getQuotes()) {
      const pkg = quote.order?.items?.[0]?.package;
      table.addRow([
        quote.id,
        quote.name,
        cleanTime(quote.createDate),
        // The reference shows the quote's modify date as its expiration.
        cleanTime(quote.modifyDate),
        quote.status,
        pkg?.keyName,
        pkg?.id,
      ]);
    }
    return table;
  },
});

export default command;
