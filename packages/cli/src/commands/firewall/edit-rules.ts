// The text `firewall edit` puts in the editor and reads back (the reference's `get_formatted_rule`/`parse_rules`).
import type { FirewallManager } from '@sl/managers';
import { CliError } from '../../cli-error';
import { pythonStr } from '../../output/python-text';

type SoftLayer_Network_Component_Firewall_Rule = Awaited<
  ReturnType<FirewallManager['getStandardFwlRules']>
>[number];
type SoftLayer_Network_Firewall_Update_Request_Rule = Parameters<
  FirewallManager['editStandardFwlRules']
>[1][number];

export const DELIMITER = '=========================================\n';

/** One rule as editable text (a new rule gets the reference's defaults). */
export function formatRule(rule: SoftLayer_Network_Component_Firewall_Rule = {}): string {
  return [
    `action: ${pythonStr(rule.action ?? 'permit')}`,
    `protocol: ${pythonStr(rule.protocol ?? 'tcp')}`,
    `source_ip_address: ${pythonStr(rule.sourceIpAddress ?? 'any')}`,
    `source_ip_subnet_mask: ${pythonStr(rule.sourceIpSubnetMask ?? '255.255.255.255')}`,
    `destination_ip_address: ${pythonStr(rule.destinationIpAddress ?? 'any')}`,
    `destination_ip_subnet_mask: ${pythonStr(rule.destinationIpSubnetMask ?? '255.255.255.255')}`,
    `destination_port_range_start: ${pythonStr(rule.destinationPortRangeStart ?? 1)}`,
    `destination_port_range_end: ${pythonStr(rule.destinationPortRangeEnd ?? 1)}`,
    `version: ${pythonStr(rule.version ?? 4)}`,
    '',
  ].join('\n');
}

/** The editor's starting text: every rule between delimiters, or one new rule when there are none. */
export function rulesText(rules: readonly SoftLayer_Network_Component_Firewall_Rule[]): string {
  const shown = rules.length > 0 ? rules.map((rule) => formatRule(rule)) : [formatRule()];
  return `${shown.map((rule) => DELIMITER + rule).join('')}${DELIMITER}`;
}

function whole(value: string, key: string): number {
  if (!/^[+-]?\d+$/.test(value)) throw new CliError(`invalid literal for ${key}: '${value}'`);
  return Number(value);
}

const TEXT_KEYS: Readonly<Record<string, string>> = {
  action: 'action',
  protocol: 'protocol',
  source_ip_address: 'sourceIpAddress',
  source_ip_subnet_mask: 'sourceIpSubnetMask',
  destination_ip_address: 'destinationIpAddress',
  destination_ip_subnet_mask: 'destinationIpSubnetMask',
};
const NUMBER_KEYS: Readonly<Record<string, string>> = {
  destination_port_range_start: 'destinationPortRangeStart',
  destination_port_range_end: 'destinationPortRangeEnd',
  version: 'version',
};

/** The rules of the edited text, numbered in order; a line that is not `key: value` is an error. */
export function parseRules(content: string): SoftLayer_Network_Firewall_Update_Request_Rule[] {
  const rules: SoftLayer_Network_Firewall_Update_Request_Rule[] = [];
  for (const block of content.split(DELIMITER)) {
    if (block.trim() === '') continue;
    const rule: Record<string, unknown> = { orderValue: rules.length + 1 };
    for (const line of block.split('\n')) {
      if (line.trim() === '') continue;
      const colon = line.indexOf(':');
      if (colon < 0) throw new CliError(`not a "key: value" line: ${line.trim()}`);
      // Split at the first colon only: an IPv6 address keeps its own.
      const key = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      const textKey = TEXT_KEYS[key];
      const numberKey = NUMBER_KEYS[key];
      if (textKey) rule[textKey] = value;
      else if (numberKey) rule[numberKey] = whole(value, key);
    }
    rules.push(rule as SoftLayer_Network_Firewall_Update_Request_Rule);
  }
  return rules;
}
