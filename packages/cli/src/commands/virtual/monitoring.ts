import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { lookup } from '../lookup';

const command: CommandSpec = defineCommand({
  name: 'monitoring',
  description: 'Get details for a vsi monitors device.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { VsManager } = await import('@sl/managers/vs-manager');
    const identifier = text(args.identifier) ?? '';
    const guest = await new VsManager(await context.client()).getInstance(
      /^\d+$/.test(identifier) ? Number(identifier) : identifier,
    );
    const table = new KeyValueTable();
    table.addRow(['Domain', guest.fullyQualifiedDomainName ?? null]);
    table.addRow(['Public Ip', guest.primaryIpAddress ?? null]);
    table.addRow(['Private Ip', guest.primaryBackendIpAddress ?? null]);
    table.addRow(['Location', guest.datacenter?.longName]);
    const monitors = new Table(['Id', 'IpAddress', 'Status', 'Type', 'Notify']);
    for (const monitor of guest.networkMonitors ?? []) {
      monitors.addRow([
        monitor.id ?? null,
        monitor.ipAddress ?? null,
        monitor.status ?? null,
        lookup(monitor, 'queryType', 'name'),
        lookup(monitor, 'responseAction', 'actionDescription'),
      ]);
    }
    table.addRow(['Devices monitors', monitors]);
    return table;
  },
});

export default command;
