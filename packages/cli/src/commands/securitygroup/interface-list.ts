import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { bindingRow } from './bindings';

const COLUMNS = ['networkComponentId', 'virtualServerId', 'hostname', 'interface', 'ipAddress'];

const MASK =
  'networkComponentBindings[networkComponentId,networkComponent[id,port,' +
  'guest[id,hostname,primaryBackendIpAddress,primaryIpAddress]]]';

const command: CommandSpec = defineCommand({
  name: 'interface-list',
  description: 'List interfaces associated with security groups.',
  arguments: [{ name: 'securitygroup_id' }],
  options: [{ flags: '--sortby <column>', description: 'Column to sort by', choices: COLUMNS }],
  async run(context, { args, options }) {
    const manager = await context.manager('NetworkManager');
    const group = await manager.getSecuritygroup(text(args.securitygroup_id) ?? '', { mask: MASK });
    const table = new Table(COLUMNS);
    table.sortBy = text(options.sortby);
    for (const binding of group.networkComponentBindings ?? []) {
      table.addRow([binding.networkComponentId, ...bindingRow(binding)]);
    }
    return table;
  },
});

export default command;
