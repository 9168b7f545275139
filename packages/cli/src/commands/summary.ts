import { type CommandSpec, defineCommand, text } from '../define-command';
import { blank, Table } from '../output/table';

const COLUMNS = ['datacenter', 'hardware', 'virtual_servers', 'vlans', 'subnets', 'public_ips'];

const command: CommandSpec = defineCommand({
  name: 'summary',
  description: 'Account summary.',
  options: [
    { flags: '--sortby <column>', description: 'Column to sort by', choices: COLUMNS, default: 'datacenter' },
  ],
  async run(context, { options }) {
    const datacenters = await (await context.manager('NetworkManager')).summaryByDatacenter();
    const table = new Table(COLUMNS);
    table.sortBy = text(options.sortby) ?? 'datacenter';
    for (const [name, counts] of Object.entries(datacenters)) {
      table.addRow([
        name || blank(),
        counts.hardwareCount,
        counts.virtualGuestCount,
        counts.vlanCount,
        counts.subnetCount,
        counts.publicIpCount,
      ]);
    }
    return table;
  },
});

export default command;
