import { type CommandSpec, defineCommand, text } from '../../define-command';
import { blank, Table } from '../../output/table';
import { tagCell } from '../tag-cells';
import { capitalize, gatewayFirewall, podOf } from './vlan-cells';

const COLUMNS = [
  'Id',
  'Number',
  'Fully qualified name',
  'Name',
  'Network',
  'Data center',
  'Pod',
  'Gateway/Firewall',
  'Hardware',
  'Virtual servers',
  'Public ips',
  'Premium',
  'Tags',
];

const POD_MASK =
  'mask[name, datacenterLongName, frontendRouterId, capabilities, datacenterId, backendRouterId, ' +
  'backendRouterName, frontendRouterName]';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List VLANs.',
  help: 'Note: A * Indicates a POD is closing soon. Ex:[red] Pod01* [/red]',
  options: [
    { flags: '--sortby <column>', description: 'Column to sort by', choices: COLUMNS },
    {
      flags: '-d, --datacenter <datacenter>',
      description: 'Filter by datacenter shortname (sng01, dal05, ...)',
    },
    { flags: '-n, --number <number>', description: 'Filter by VLAN number' },
    { flags: '--name <name>', description: 'Filter by VLAN name' },
    {
      flags: '-l, --limit <limit>',
      description: 'How many results to get in one api call',
      default: 100,
      integer: true,
    },
  ],
  async run(context, { options }) {
    const manager = await context.manager('NetworkManager');
    const datacenter = text(options.datacenter);
    const vlanNumber = text(options.number);
    const name = text(options.name);
    const [vlans, pods] = await Promise.all([
      manager.listVlans({
        ...(datacenter === undefined ? {} : { datacenter }),
        ...(vlanNumber === undefined ? {} : { vlanNumber }),
        ...(name === undefined ? {} : { name }),
      }),
      manager.getPods({ mask: POD_MASK }),
    ]);
    const table = new Table(COLUMNS);
    table.sortBy = text(options.sortby);
    for (const vlan of vlans) {
      table.addRow([
        vlan.id,
        vlan.vlanNumber,
        vlan.fullyQualifiedName,
        vlan.name || blank(),
        capitalize(vlan.networkSpace ?? 'Direct Link'),
        vlan.primaryRouter?.datacenter?.name,
        podOf(vlan, pods),
        gatewayFirewall(vlan),
        vlan.hardwareCount,
        vlan.virtualGuestCount,
        vlan.totalPrimaryIpAddressCount,
        vlan.billingItem ? 'Yes' : 'No',
        tagCell(vlan.tagReferences),
      ]);
    }
    return table;
  },
});

export default command;
