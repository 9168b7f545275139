import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { volumeArgument } from '../storage/volume-argument';

const DEVICE_COLUMNS = ['Id', 'Device Name', 'Device type', 'Public Ip', 'Private Ip', 'notes'];

type Device = {
  id?: number;
  fullyQualifiedDomainName?: string;
  primaryIpAddress?: string;
  primaryBackendIpAddress?: string;
  notes?: string;
};

function deviceTable(devices: readonly Device[], type: string): KeyValueTable {
  const table = new KeyValueTable(DEVICE_COLUMNS);
  for (const device of devices) {
    table.addRow([
      device.id,
      device.fullyQualifiedDomainName,
      type,
      device.primaryIpAddress,
      device.primaryBackendIpAddress,
      device.notes || '-',
    ]);
  }
  return table;
}

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
    const hardwareTable = deviceTable(hardware, 'Bare Metal');
    const dedicatedTable = new KeyValueTable(['Id', 'Device Name', 'Device type', 'notes']);
    for (const host of dedicated)
      dedicatedTable.addRow([host.id, host.name, 'Dedicated Host', host.notes || '-']);
    const virtualTable = deviceTable(virtuals, 'virtual Guests');
    const table = new Table(['Name', 'Value']);
    table.addRow(['Permission', permissionTable]);
    table.addRow(['Hardware', hardwareTable]);
    table.addRow(['Dedicated Host', dedicatedTable]);
    table.addRow(['Virtual Guest', virtualTable]);
    return table;
  },
});

export default command;
