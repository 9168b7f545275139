import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'order',
  description: 'Order/create a IPSec VPN tunnel instance.',
  options: [{ flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname' }],
  async run(context, { options }) {
    const datacenter = text(options.datacenter) ?? (await context.ask('Datacenter')) ?? '';
    if (datacenter.trim() === '') throw new CliError("Error: Missing option '--datacenter' / '-d'.");
    if (!(await context.confirm('This action will incur charges on your account. Continue?'))) {
      throw new CliError('Aborting ipsec order.');
    }
    const receipt = await (await context.manager('IpsecManager')).order(datacenter, ['IPSEC_STANDARD']);
    const table = new KeyValueTable(['Name', 'Value']);
    table.addRow(['Id', receipt.orderId]);
    table.addRow(['Created', receipt.orderDate]);
    table.addRow(['Name', receipt.placedOrder?.items?.[0]?.description]);
    return table;
  },
});

export default command;
