import type { SecurityGroupRuleChanges } from '@sl/managers';
import { CliError } from '../../cli-error';
import { type CommandInput, type OptionSpec, text } from '../../define-command';

/** The options `rule-add` and `rule-edit` share (the reference's). */
export const RULE_OPTIONS: readonly OptionSpec[] = [
  { flags: '-r, --remote-ip <ip>', description: 'The remote IP/CIDR to enforce' },
  { flags: '-s, --remote-group <id>', description: 'The ID of the remote security group to enforce' },
  {
    flags: '-d, --direction <direction>',
    description: 'The direction of traffic to enforce (ingress, egress)',
  },
  { flags: '-e, --ethertype <ethertype>', description: 'The ethertype (IPv4 or IPv6) to enforce' },
  {
    flags: '-M, --port-max <port>',
    description:
      'The upper port bound to enforce. When the protocol is ICMP, this specifies the ICMP code to permit',
  },
  {
    flags: '-m, --port-min <port>',
    description:
      'The lower port bound to enforce. When the protocol is ICMP, this specifies the ICMP type to permit',
  },
  { flags: '-p, --protocol <protocol>', description: 'The protocol (icmp, tcp, udp) to enforce' },
];

function port(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[-+]?\d+$/.test(value.trim())) {
    throw new CliError(`Error: Invalid value for '${flag}': '${value}' is not a valid integer.`);
  }
  return Number.parseInt(value, 10);
}

/** The rule the options describe (only the options given; the manager checks the values). */
export function ruleFromOptions(options: CommandInput['options']): SecurityGroupRuleChanges {
  const remoteIp = text(options.remoteIp);
  const remoteGroup = text(options.remoteGroup);
  const direction = text(options.direction);
  const ethertype = text(options.ethertype);
  const protocol = text(options.protocol);
  const portMax = port(text(options.portMax), '-M');
  const portMin = port(text(options.portMin), '-m');
  return {
    ...(remoteIp ? { remoteIp } : {}),
    ...(remoteGroup ? { remoteGroup: /^\d+$/.test(remoteGroup) ? Number(remoteGroup) : remoteGroup } : {}),
    ...(direction ? { direction: direction as SecurityGroupRuleChanges['direction'] } : {}),
    ...(ethertype ? { ethertype: ethertype as SecurityGroupRuleChanges['ethertype'] } : {}),
    ...(portMax === undefined ? {} : { portMax }),
    ...(portMin === undefined ? {} : { portMin }),
    ...(protocol ? { protocol: protocol as SecurityGroupRuleChanges['protocol'] } : {}),
  };
}
