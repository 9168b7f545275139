import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'monitoring',
  description: 'Get details for a hardware monitors device.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    const server = await manager.getHardware(id);
    const table = new KeyValueTable();
    table.addRow(['Domain', server.fullyQualifiedDomainName]);
    table.addRow(['Public Ip', server.primaryIpAddress]);
    table.addRow(['Private Ip', server.primaryBackendIpAddress]);
    table.addRow(['Location', server.datacenter?.longName]);
    const monitors = new Table(['Id', 'IpAddress', 'Status', 'Type', 'Notify']);
    for (const monitor of server.networkMonitors ?? []) {
      monitors.addRow([
        monitor.id,
        monitor.ipAddress,
        monitor.status,
        monitor.queryType?.name,
        monitor.responseAction?.actionDescription,
      ]);
    }
    table.addRow(['Devices monitors', monitors]);
    return table;
  },
});

export default command;
