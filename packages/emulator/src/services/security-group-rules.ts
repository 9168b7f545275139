// Security group rule templates (addRules, editRules), read and checked as a whole rule before anything changes.
import { isIP } from 'node:net';
import { faults } from '../api-fault';
import type { SecurityGroupRuleRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { toInteger } from './arguments';

const DIRECTIONS: readonly string[] = ['ingress', 'egress'];
const ETHERTYPES: readonly string[] = ['IPv4', 'IPv6'];
const PROTOCOLS: readonly string[] = ['icmp', 'tcp', 'udp', 'vrrp'];

/** The properties a template may set; `null` clears (the API takes `''` and `-1` for "none" too). */
type RuleProperties = Pick<
  SecurityGroupRuleRecord,
  'direction' | 'ethertype' | 'protocol' | 'portRangeMin' | 'portRangeMax' | 'remoteIp' | 'remoteGroupId'
>;

function template(raw: unknown): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw faults.invalidValue('Each rule template must be a SoftLayer_Network_SecurityGroup_Rule object.');
  }
  return raw as Record<string, unknown>;
}

/** Absent (undefined), cleared (null: `null`, `''` or `-1`) or given. */
function given(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null || value === '' || value === -1 || value === '-1') return null;
  return value;
}

function oneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw faults.invalidValue(`Invalid ${what} "${String(value)}": expected ${allowed.join(', ')}.`);
  }
  return value;
}

function integer(value: unknown, what: string): number {
  const number = toInteger(value);
  if (number === undefined) throw faults.invalidValue(`${what} must be an integer, got "${String(value)}".`);
  return number;
}

/** The template's properties over `base` (what it leaves out stays as in `base`). */
function merged(base: RuleProperties, raw: Record<string, unknown>): RuleProperties {
  const out: RuleProperties = { ...base };
  const direction = given(raw.direction);
  if (direction !== undefined)
    out.direction = oneOf(direction, DIRECTIONS, 'direction') as RuleProperties['direction'];
  const ethertype = given(raw.ethertype);
  if (ethertype !== undefined)
    out.ethertype = oneOf(ethertype, ETHERTYPES, 'ethertype') as RuleProperties['ethertype'];
  const protocol = given(raw.protocol);
  if (protocol !== undefined) {
    out.protocol = protocol === null ? null : oneOf(String(protocol).toLowerCase(), PROTOCOLS, 'protocol');
  }
  for (const key of ['portRangeMin', 'portRangeMax'] as const) {
    const port = given(raw[key]);
    if (port !== undefined) out[key] = port === null ? null : integer(port, key);
  }
  const remoteIp = given(raw.remoteIp);
  if (remoteIp !== undefined) out.remoteIp = remoteIp === null ? null : String(remoteIp).trim();
  const remoteGroupId = given(raw.remoteGroupId);
  if (remoteGroupId !== undefined) {
    out.remoteGroupId = remoteGroupId === null ? null : integer(remoteGroupId, 'remoteGroupId');
  }
  return out;
}

function checkPorts(rule: RuleProperties): RuleProperties {
  const { protocol } = rule;
  let { portRangeMin: min, portRangeMax: max } = rule;
  if (min === null && max === null) return rule;
  if (protocol === 'tcp' || protocol === 'udp') {
    // One port given: a range of that port.
    min ??= max;
    max ??= min;
    if ((min as number) < 1 || (max as number) > 65535 || (min as number) > (max as number)) {
      throw faults.invalidValue(
        `The port range of a ${protocol} rule must be 1-65535 with portRangeMin <= portRangeMax, got ${min}-${max}.`,
      );
    }
    return { ...rule, portRangeMin: min, portRangeMax: max };
  }
  if (protocol === 'icmp') {
    if (min === null)
      throw faults.invalidValue('An ICMP code (portRangeMax) needs an ICMP type (portRangeMin).');
    for (const [value, what] of [
      [min, 'ICMP type (portRangeMin)'],
      [max, 'ICMP code (portRangeMax)'],
    ] as const) {
      if (value !== null && (value < 0 || value > 255)) {
        throw faults.invalidValue(`The ${what} must be from 0 to 255, got ${value}.`);
      }
    }
    return rule;
  }
  throw faults.invalidValue(
    `Ports apply to tcp, udp (a port range) and icmp (type and code) rules, not to ${protocol ?? 'rules for every protocol'}.`,
  );
}

function checkRemote(rule: RuleProperties, state: EmulatorState): void {
  if (rule.remoteIp !== null && rule.remoteGroupId !== null) {
    throw faults.invalidValue('remoteIp and remoteGroupId are mutually exclusive: give one or the other.');
  }
  if (rule.remoteIp !== null) {
    const [address = '', prefix, extra] = rule.remoteIp.split('/');
    const version = isIP(address);
    const bits = version === 6 ? 128 : 32;
    if (
      version === 0 ||
      extra !== undefined ||
      (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits))
    ) {
      throw faults.invalidValue(`remoteIp must be an IP address or a CIDR block, got "${rule.remoteIp}".`);
    }
    if (`IPv${version}` !== rule.ethertype) {
      throw faults.invalidValue(`remoteIp ${rule.remoteIp} is not an ${rule.ethertype} address (ethertype).`);
    }
  }
  if (rule.remoteGroupId !== null && !state.securityGroups.get(rule.remoteGroupId)) {
    throw faults.objectNotFound(rule.remoteGroupId);
  }
}

/** A rule the properties make, checked whole: ports fit the protocol, one remote at most, known remote group. */
function checked(rule: RuleProperties, state: EmulatorState): RuleProperties {
  const withPorts = checkPorts(rule);
  checkRemote(withPorts, state);
  return withPorts;
}

/** A new rule from an `addRules` template: a direction is required; the ethertype follows `remoteIp` by default. */
export function newRule(
  raw: unknown,
  groupId: number,
  state: EmulatorState,
  now: number,
): Omit<SecurityGroupRuleRecord, 'id'> {
  const fields = template(raw);
  if (fields.direction === undefined || fields.direction === null || fields.direction === '') {
    throw faults.missingParameter('A rule needs a direction (ingress or egress).');
  }
  const remoteIp = typeof fields.remoteIp === 'string' ? (fields.remoteIp.split('/')[0] ?? '') : '';
  const base: RuleProperties = {
    direction: 'ingress',
    ethertype: isIP(remoteIp) === 6 ? 'IPv6' : 'IPv4',
    protocol: null,
    portRangeMin: null,
    portRangeMax: null,
    remoteIp: null,
    remoteGroupId: null,
  };
  const rule = checked(merged(base, fields), state);
  return { ...rule, securityGroupId: groupId, createdAt: now, modifiedAt: now };
}

/** A rule after an `editRules` template (which names the rule by `id`): what it gives changes, the rest stays. */
export function editedRule(
  raw: unknown,
  rules: readonly SecurityGroupRuleRecord[],
  state: EmulatorState,
  now: number,
): SecurityGroupRuleRecord {
  const fields = template(raw);
  const id = toInteger(fields.id);
  if (id === undefined)
    throw faults.missingParameter('Each rule template of editRules needs the id of the rule.');
  const current = rules.find((rule) => rule.id === id);
  if (!current) throw faults.objectNotFound(id);
  return { ...current, ...checked(merged(current, fields), state), modifiedAt: now };
}
