import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { resolveId } from '../resolve-id';
import { apiFaultString } from './api-fault';

const command: CommandSpec = defineCommand({
  name: 'subnets-list',
  description: 'List block storage assigned subnets for the given host id.',
  help: 'access_id is the host_id obtained by: slcli block access-list <volume_id>',
  arguments: [{ name: 'access_id' }],
  async run(context, { args }) {
    const manager = await context.manager('BlockStorageManager');
    try {
      const accessId = await resolveId(manager, args.access_id, 'Volume Id');
      const subnets = await manager.getSubnetsInAcl(accessId);
      const table = new Table(['id', 'networkIdentifier', 'cidr']);
      for (const subnet of subnets) {
        table.addRow([String(subnet.id), String(subnet.networkIdentifier), String(subnet.cidr)]);
      }
      return table;
    } catch (error) {
      const fault = apiFaultString(error);
      if (fault === undefined) throw error;
      return `Unable to list assigned subnets for access-id: ${text(args.access_id)}.\nReason: ${fault}`;
    }
  },
});

export default command;
