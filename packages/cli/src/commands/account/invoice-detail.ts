import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { invoiceTable } from '../invoice-table';

const command: CommandSpec = defineCommand({
  name: 'invoice-detail',
  description: 'Invoice details',
  arguments: [{ name: 'identifier' }],
  options: [{ flags: '--details', description: 'Shows a very detailed list of charges', default: false }],
  async run(context, { args, options }) {
    const manager = await context.manager('AccountManager');
    const items = await manager.getBillingItems(idArgument(args.identifier, 'IDENTIFIER'));
    return invoiceTable(text(args.identifier), items, options.details === true);
  },
});

export default command;
