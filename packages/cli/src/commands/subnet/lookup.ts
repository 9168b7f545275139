import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'lookup',
  description: 'Find an IP address and display its subnet and device info.',
  arguments: [{ name: 'ip_address' }],
  async run(context, { args }) {
    const manager = await context.manager('NetworkManager');
    const address = await manager.ipLookup(text(args.ip_address) ?? '');
    if (!address) throw new CliError('Not found');
    // The reference reads the subnet from an answer whose mask leaves it out (and crashes); we fetch it.
    const subnet = address.subnet ?? (address.subnetId ? await manager.getSubnet(address.subnetId) : {});
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', address.id]);
    table.addRow(['ip', address.ipAddress]);
    const subnetTable = new KeyValueTable(['name', 'value']);
    subnetTable.addRow(['id', subnet.id]);
    subnetTable.addRow(['identifier', `${subnet.networkIdentifier}/${subnet.cidr}`]);
    subnetTable.addRow(['netmask', subnet.netmask]);
    if (subnet.gateway) subnetTable.addRow(['gateway', subnet.gateway]);
    subnetTable.addRow(['type', subnet.subnetType]);
    table.addRow(['subnet', subnetTable]);
    const device = address.virtualGuest ?? address.hardware;
    if (device) {
      const deviceTable = new KeyValueTable(['name', 'value']);
      deviceTable.addRow(['id', device.id]);
      deviceTable.addRow(['name', device.fullyQualifiedDomainName]);
      deviceTable.addRow(['type', address.virtualGuest ? 'vs' : 'server']);
      table.addRow(['device', deviceTable]);
    }
    return table;
  },
});

export default command;
