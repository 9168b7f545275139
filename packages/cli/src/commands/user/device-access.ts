import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { volumeArgument } from '../storage/volume-argument';

const DEVICE_COLUMNS = ['Id', 'Device Name', 'Device type', 'Public Ip', 'Private Ip', 'notes'];

const command: CommandSpec = defineCommand({
  name: 'device-access',
  description: 'User Device access.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('UserManager');
    const user = volumeArgument(args.identifier);
    const permissions = await manager.getUserPermissions(user);
    const [hardware, dedicated, virtuals] = await Promise.all([
      manager.getUserHardware(user),
      manager.getUserDedicatedHost(user),
      manager.getUserVirtuals(user),
    ]);
    const permissionTable = new Table(['KeyName', 'Name']);
    for (const permission of permissions) {
      if (String(permission.key).includes('ALL_'))
        permissionTable.addRow([permission.keyName, permission.name]);
    }
    const hardwareTable = new KeyValueTable(DEVICE_COLUMNS);
    for (const server of hardware) {
      hardwareTable.addRow([
        server.id,
        server.fullyQualifiedDomainName,
        'Bare Metal',
        server.primaryIpAddress,
        server.primaryBackendIpAddress,
        server.notes || '-',
      ]);
    }
    const dedicatedTable = new KeyValueTable(['Id', 'Device Name', 'Device type', 'notes']);
    for (const host of dedicated)
      dedicatedTable.addRow([host.id, host.name, 'Dedicated Host', host.notes || '-']);
    const virtualTable = new KeyValueTable(DEVICE_COLUMNS);
    for (const guest of virtuals) {
      virtualTable.addRow([
        guest.id,
        guest.fullyQualifiedDomainName,
        'virtual Guests',
        guest.primaryIpAddress,
        guest.primaryBackendIpAddress,
        guest.notes || '-',
      ]);
    }
    const table = new Table(['Name', 'Value']);
    table.addRow(['Permission', permissionTable]);
    table.addRow(['Hardware', hardwareTable]);
    table.addRow(['Dedicated Host', dedicatedTable]);
    table.addRow(['Virtual Guest', virtualTable]);
    return table;
  },
});

export default command;
