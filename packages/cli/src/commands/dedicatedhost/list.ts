import { type CommandSpec, defineCommand, integer, list, text } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List dedicated host.',
  options: [
    { flags: '--tag <tag>', description: 'Filter by tags (repeatable)', multiple: true },
    { flags: '--sortby <column>', description: 'Column to sort by', default: 'Name' },
    { flags: '-d, --datacenter <datacenter>', description: 'Filter by datacenter shortname' },
    { flags: '-H, --name <name>', description: 'Filter by host portion of the FQDN' },
    {
      flags: '--order <id>',
      description: 'Filter by ID of the order which purchased this dedicated host',
      integer: true,
    },
    { flags: '--owner <username>', description: 'Filter by owner of the dedicated host' },
  ],
  async run(context, { options }) {
    const manager = await context.manager('DedicatedHostManager');
    const tags = list(options.tag);
    const hosts = await manager.listInstances({
      datacenter: text(options.datacenter),
      hostname: text(options.name),
      ...(tags.length > 0 ? { tags } : {}),
      order: integer(options.order),
      owner: text(options.owner),
    });
    if (hosts.length === 0) {
      // slcli echoes this line whatever the output format.
      context.out('No dedicated hosts are found.\n');
      return undefined;
    }
    const table = new Table([
      'Id',
      'Name',
      'Datacenter',
      'Router',
      'CPU (allocated/total)',
      'Memory (allocated/total)',
      'Disk (allocated/total)',
      'Guests',
    ]);
    table.align = { Name: 'left' };
    table.sortBy = text(options.sortby);
    for (const host of hosts) {
      const status = host.allocationStatus;
      const pair = (allocated: unknown, total: unknown) => `${pythonText(allocated)}/${pythonText(total)}`;
      table.addRow([
        host.id,
        host.name,
        host.datacenter?.name,
        host.backendRouter?.hostname,
        pair(status?.cpuAllocated, status?.cpuCount),
        pair(status?.memoryAllocated, status?.memoryCapacity),
        pair(status?.diskAllocated, status?.diskCapacity),
        host.guestCount,
      ]);
    }
    return table;
  },
});

const pythonText = (value: unknown): string =>
  value === undefined || value === null ? 'None' : String(value);

export default command;
