import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { parseBool } from '../click-types';
import { parseFirewallId } from './firewall-id';
import { rulesTable } from './rules-table';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Detail firewall.',
  help: [
    'EXAMPLES:',
    '',
    '    sl firewall detail vs:12345',
    '',
    '    sl firewall detail --credentials true multiVlan:456789',
  ].join('\n'),
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '--credentials <boolean>',
      description: 'Display FortiGate username and FortiGate password to multi vlans.',
    },
  ],
  async run(context, { args, options }) {
    const credentials = parseBool(text(options.credentials), '--credentials');
    const { type, id } = parseFirewallId(String(args.identifier));
    if (!['vs', 'server', 'vlan', 'multiVlan'].includes(type)) {
      context.out(
        `Invalid firewall type ${type}: firewall type should be either vlan, multiVlan, vs or server.\n`,
      );
      return undefined;
    }
    const manager = await context.manager('FirewallManager');
    if (type === 'vs' || type === 'server') return rulesTable(await manager.getStandardFwlRules(id));
    const firewall = await manager.getInstance(id);
    const table = new KeyValueTable(['name', 'value']);
    if (type === 'vlan') {
      table.addRow(['id', firewall.id ?? null]);
      table.addRow(['primaryIpAddress', firewall.primaryIpAddress ?? null]);
      table.addRow(['datacenter', firewall.datacenter?.longName ?? null]);
      table.addRow(['networkVlan', firewall.networkVlan?.name ?? null]);
      table.addRow(['networkVlaniD', firewall.networkVlan?.id ?? null]);
      table.addRow(['rules', rulesTable(await manager.getDedicatedFwlRules(id))]);
      return table;
    }
    const gateway = firewall.networkGateway;
    table.addRow(['name', gateway?.name ?? null]);
    table.addRow(['datacenter', firewall.datacenter?.longName ?? null]);
    table.addRow(['public ip', gateway?.publicIpAddress?.ipAddress ?? null]);
    table.addRow(['private ip', gateway?.privateIpAddress?.ipAddress ?? null]);
    table.addRow(['public  ipv6', gateway?.publicIpv6Address?.ipAddress ?? null]);
    table.addRow(['public vlan', gateway?.publicVlan?.vlanNumber ?? null]);
    table.addRow(['private vlan', gateway?.privateVlan?.vlanNumber ?? null]);
    table.addRow(['type', firewall.firewallType ?? null]);
    if (credentials) {
      table.addRow(['fortiGate username', firewall.managementCredentials?.username ?? null]);
      table.addRow(['fortiGate password', firewall.managementCredentials?.password ?? null]);
    }
    const rules = await manager.getDedicatedFwlRules(id);
    table.addRow(['rules', rules.length > 0 ? rulesTable(rules) : '-']);
    return table;
  },
});

export default command;
