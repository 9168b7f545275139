import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List IPSec VPN tunnel contexts',
  async run(context) {
    const contexts = await (await context.manager('IpsecManager')).getTunnelContexts();
    const table = new Table([
      'id',
      'name',
      'friendly name',
      'internal peer IP address',
      'remote peer IP address',
      'created',
    ]);
    for (const tunnel of contexts) {
      table.addRow([
        tunnel.id ?? '',
        tunnel.name ?? '',
        tunnel.friendlyName ?? '',
        tunnel.internalPeerIpAddress ?? '',
        tunnel.customerPeerIpAddress ?? '',
        tunnel.createDate ?? '',
      ]);
    }
    return table;
  },
});

export default command;
