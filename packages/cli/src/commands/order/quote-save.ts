import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'quote-save',
  description: 'Save a quote',
  arguments: [{ name: 'quote' }],
  async run(context, { args }) {
    const manager = await context.manager('OrderingManager');
    const quote = await manager.saveQuote(idArgument(args.quote, 'QUOTE'));
    const table = new Table(['Id', 'Name', 'Created', 'Modified', 'Status']);
    table.align = { Name: 'left' };
    table.addRow([
      quote.id,
      quote.name,
      cleanTime(quote.createDate),
      cleanTime(quote.modifyDate),
      quote.status,
    ]);
    return table;
  },
});

export default command;
