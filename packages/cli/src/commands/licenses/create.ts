import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Order/Create License.',
  options: [
    {
      flags: '-k, --key <key>',
      description:
        'The VMware License Key. To get could use the product_package::getItems id=301 with name Software License ' +
        'PackageE.g VMWARE_VSAN_ENTERPRISE_TIER_III_65_124_TB_6_X_2',
    },
    { flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname' },
  ],
  async run(context, { options }) {
    // Asked for when absent, as slcli's prompts.
    const key = text(options.key) ?? (await context.ask('Key')) ?? '';
    if (key.trim() === '') throw new CliError("Error: Missing option '--key' / '-k'.");
    const datacenter = text(options.datacenter) ?? (await context.ask('Datacenter')) ?? '';
    if (datacenter.trim() === '') throw new CliError("Error: Missing option '--datacenter' / '-d'.");
    const manager = await context.manager('LicensesManager');
    const receipt = await manager.create(datacenter, [key]).catch((error: unknown) => {
      // An unknown item or datacenter: slcli prints the ordering manager's message and exits 1.
      if ((error as { code?: string }).code === 'SL_NOT_FOUND')
        throw new CliError((error as Error).message, 1);
      throw error;
    });
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', receipt.orderId]);
    table.addRow(['created', receipt.orderDate]);
    return table;
  },
});

export default command;
