import { type CommandSpec, defineCommand } from '../../define-command';
import { blank, KeyValueTable, Table } from '../../output/table';
import { resolveId } from '../resolve-id';
import { SERVER_COLUMNS, serverTable } from '../server-table';
import { tagCell } from '../tag-cells';
import { gatewayFirewall } from './vlan-cells';

const DETAIL_MASK =
  'mask[firewallInterfaces,primaryRouter[id, fullyQualifiedDomainName, datacenter],' +
  'totalPrimaryIpAddressCount,networkSpace,billingItem,hardware,subnets,virtualGuests,' +
  'networkVlanFirewall[id,fullyQualifiedDomainName,primaryIpAddress],attachedNetworkGateway[id,name,networkFirewall],' +
  'networkComponentTrunks[networkComponent[downlinkComponent[networkComponentGroup[membersDescription],' +
  'hardware[tagReferences]]]]]';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get details about a VLAN.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--no-vs', description: 'Hide virtual server listing' },
    { flags: '--no-hardware', description: 'Hide hardware listing' },
    { flags: '--no-trunks', description: 'Hide devices with trunks' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('NetworkManager');
    const vlanId = await resolveId((name) => manager.resolveVlanIds(name), args.identifier, 'VLAN');
    const vlan = await manager.getVlan(vlanId, { mask: DETAIL_MASK });
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', vlan.id]);
    table.addRow(['number', vlan.vlanNumber]);
    table.addRow(['datacenter', vlan.primaryRouter?.datacenter?.longName]);
    table.addRow(['primary_router', vlan.primaryRouter?.fullyQualifiedDomainName]);
    table.addRow(['Gateway/Firewall', gatewayFirewall(vlan)]);
    if (vlan.subnets && vlan.subnets.length > 0) {
      const subnets = new Table(['id', 'identifier', 'netmask', 'gateway', 'type', 'usable ips']);
      for (const subnet of vlan.subnets) {
        subnets.addRow([
          subnet.id,
          subnet.networkIdentifier,
          subnet.netmask,
          subnet.gateway || blank(),
          subnet.subnetType,
          subnet.usableIpAddressCount,
        ]);
      }
      table.addRow(['subnets', subnets]);
    } else {
      table.addRow(['subnets', '-']);
    }
    // The options are `--no-…` flags: commander gives them as `vs: false`, `hardware: false`, `trunks: false`.
    if (options.vs !== false) {
      const guests = vlan.virtualGuests ?? [];
      table.addRow(['vs', guests.length > 0 ? serverTable(guests, new KeyValueTable(SERVER_COLUMNS)) : '-']);
    }
    if (options.hardware !== false) {
      const hardware = vlan.hardware ?? [];
      table.addRow(['hardware', hardware.length > 0 ? serverTable(hardware) : '-']);
    }
    if (options.trunks !== false) {
      const trunks = vlan.networkComponentTrunks ?? [];
      if (trunks.length > 0) {
        const seen = new Set<unknown>();
        const trunkTable = new Table(['device', 'port', 'tags']);
        for (const trunk of trunks) {
          const downlink = trunk.networkComponent?.downlinkComponent;
          if (seen.has(downlink?.hardwareId)) continue;
          seen.add(downlink?.hardwareId);
          trunkTable.addRow([
            downlink?.hardware?.fullyQualifiedDomainName,
            downlink?.networkComponentGroup?.membersDescription,
            tagCell(downlink?.hardware?.tagReferences),
          ]);
        }
        table.addRow(['trunks', trunkTable]);
      } else {
        table.addRow(['trunks', '-']);
      }
    }
    return table;
  },
});

export default command;
