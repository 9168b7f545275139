import { type CommandSpec, defineCommand, text } from '../../define-command';
import { blank, Table } from '../../output/table';
import { tagCell } from '../tag-cells';
import { capitalize } from '../vlan/vlan-cells';

const SUBNET_TYPES: Readonly<Record<string, string>> = {
  PRIMARY: 'Primary',
  PRIMARY_6: 'Primary',
  ADDITIONAL_PRIMARY: 'Primary',
  SECONDARY_ON_VLAN: 'Portable',
  STATIC_IP_ROUTED: 'Static',
  GLOBAL_IP: 'Global',
};

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List subnets.',
  options: [
    {
      flags: '--sortby <column>',
      description: 'Column to sort by',
      choices: [
        'id',
        'identifier',
        'type',
        'network_space',
        'datacenter',
        'vlan_id',
        'IPs',
        'hardware',
        'vs',
      ],
    },
    {
      flags: '-d, --datacenter <datacenter>',
      description: 'Filter by datacenter shortname (sng01, dal05, ...)',
    },
    { flags: '--identifier <identifier>', description: 'Filter by network identifier' },
    { flags: '-t, --subnet-type <type>', description: 'Filter by subnet type' },
    { flags: '--network-space <space>', description: 'Filter by network space' },
    { flags: '--ipv4, --v4', description: 'Display only IPv4 subnets' },
    { flags: '--ipv6, --v6', description: 'Display only IPv6 subnets' },
  ],
  async run(context, { options }) {
    const datacenter = text(options.datacenter);
    const identifier = text(options.identifier);
    const subnetType = text(options.subnetType);
    const networkSpace = text(options.networkSpace);
    // commander names an option with two long flags by the second (`--ipv4, --v4` is `v4`).
    const version = options.v4 === true ? 4 : options.v6 === true ? 6 : undefined;
    const subnets = await (await context.manager('NetworkManager')).listSubnets({
      ...(datacenter ? { datacenter } : {}),
      ...(identifier ? { identifier } : {}),
      ...(subnetType ? { subnetType } : {}),
      ...(networkSpace ? { networkSpace } : {}),
      ...(version ? { version } : {}),
    });
    const table = new Table([
      'Id',
      'Identifier',
      'Network',
      'Type',
      'VLAN',
      'Location',
      'Target',
      'IPs',
      'Hardware',
      'Vs',
      'Tags',
      'Note',
    ]);
    table.sortBy = text(options.sortby);
    for (const subnet of subnets) {
      const type =
        subnet.subnetType === undefined ? blank() : (SUBNET_TYPES[subnet.subnetType] ?? subnet.subnetType);
      table.addRow([
        subnet.id,
        `${subnet.networkIdentifier}/${subnet.cidr}`,
        subnet.addressSpace === undefined ? blank() : capitalize(String(subnet.addressSpace)),
        type,
        subnet.networkVlan?.fullyQualifiedName ?? 'Unrouted',
        subnet.datacenter?.name || blank(),
        subnet.endPointIpAddress?.ipAddress || blank(),
        subnet.ipAddressCount,
        subnet.hardware?.length ?? 0,
        subnet.virtualGuests?.length ?? 0,
        tagCell(subnet.tagReferences),
        subnet.note || blank(),
      ]);
    }
    return table;
  },
});

export default command;
