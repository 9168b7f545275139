import { type CommandSpec, defineCommand } from '../../define-command';
import { blank, KeyValueTable } from '../../output/table';
import { resolveId } from '../resolve-id';
import { serverTable } from '../server-table';
import { tagCell } from '../tag-cells';

const DETAIL_MASK =
  'mask[ipAddresses[id, ipAddress,note, hardware, virtualGuest], datacenter, virtualGuests, hardware,' +
  ' networkVlan[networkSpace,primaryRouter]]';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get subnet details.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--no-vs', description: 'Hide virtual server listing' },
    { flags: '--no-hardware', description: 'Hide hardware listing' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('NetworkManager');
    const subnetId = await resolveId((name) => manager.resolveSubnetIds(name), args.identifier, 'subnet');
    const subnet = await manager.getSubnet(subnetId, { mask: DETAIL_MASK });
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', subnet.id]);
    table.addRow(['identifier', `${subnet.networkIdentifier}/${subnet.cidr}`]);
    table.addRow(['subnet type', subnet.subnetType ?? blank()]);
    table.addRow(['network space', subnet.networkVlan?.networkSpace]);
    table.addRow(['gateway', subnet.gateway ?? blank()]);
    table.addRow(['broadcast', subnet.broadcastAddress ?? blank()]);
    table.addRow(['datacenter', subnet.datacenter?.name]);
    table.addRow(['usable ips', subnet.usableIpAddressCount ?? blank()]);
    table.addRow(['note', subnet.note ?? blank()]);
    table.addRow(['tags', tagCell(subnet.tagReferences)]);
    const addresses = new KeyValueTable(['id', 'ip', 'note']);
    for (const address of subnet.ipAddresses ?? []) {
      const device =
        address.hardware?.fullyQualifiedDomainName ?? address.virtualGuest?.fullyQualifiedDomainName ?? '-';
      addresses.addRow([address.id, `${address.ipAddress}/${device}`, address.note ?? '-']);
    }
    table.addRow(['ipAddresses', addresses]);
    if (options.vs !== false) {
      const guests = subnet.virtualGuests ?? [];
      table.addRow(['vs', guests.length > 0 ? serverTable(guests) : blank()]);
    }
    if (options.hardware !== false) {
      const hardware = subnet.hardware ?? [];
      table.addRow(['hardware', hardware.length > 0 ? serverTable(hardware) : blank()]);
    }
    return table;
  },
});

export default command;
