import type { FirewallManager } from '@sl/managers';
import { pythonStr } from '../../output/python-text';
import { Table } from '../../output/table';

type SoftLayer_Network_Component_Firewall_Rule = Awaited<
  ReturnType<FirewallManager['getStandardFwlRules']>
>[number];

/** The reference's `get_rules_table`: one row a rule, sorted by its order. */
export function rulesTable(rules: readonly SoftLayer_Network_Component_Firewall_Rule[]): Table {
  const table = new Table(['#', 'action', 'protocol', 'src_ip', 'src_mask', 'dest', 'dest_mask']);
  table.sortBy = '#';
  for (const rule of rules) {
    table.addRow([
      rule.orderValue,
      rule.action,
      rule.protocol,
      rule.sourceIpAddress,
      rule.sourceIpSubnetMask ?? null,
      `${pythonStr(rule.destinationIpAddress)}:${pythonStr(rule.destinationPortRangeStart)}-${pythonStr(rule.destinationPortRangeEnd)}`,
      rule.destinationIpSubnetMask ?? null,
    ]);
  }
  return table;
}
