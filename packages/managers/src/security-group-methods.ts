import { isIP } from 'node:net';
import type { SoftLayer_Network_SecurityGroup, SoftLayer_Network_SecurityGroup_Rule } from '@sl/types';
import { checkPositive, checkText, checkWhole, invalid } from './check-input';

/*
 * What NetworkManager's security-group methods share: the default mask, the rule shapes they take and the checks
 * that turn them into the API's templates before anything is sent.
 */

/** The reference's default mask of `get_securitygroup`: the group, its rules and the guests bound to it. */
export const SECURITY_GROUP_MASK: string = [
  'id',
  'name',
  'description',
  'rules[id,remoteIp,remoteGroupId,direction,ethertype,portRangeMin,portRangeMax,protocol,createDate,modifyDate]',
  'networkComponentBindings[networkComponent[id,port,guest[id,hostname,primaryBackendIpAddress,primaryIpAddress]]]',
].join(',');

/** The direction of the traffic a rule allows. */
export type SecurityGroupRuleDirection = 'ingress' | 'egress';
/** The IP version a rule applies to. */
export type SecurityGroupRuleEthertype = 'IPv4' | 'IPv6';
/** The protocols a rule can allow. */
export type SecurityGroupRuleProtocol = 'icmp' | 'tcp' | 'udp' | 'vrrp';

/**
 * A rule to add to a security group (`NetworkManager.addSecuritygroupRule(s)`), in the reference's argument names
 * (`portMax` for `port_max`, sent as the API's `portRangeMax`).
 */
export interface SecurityGroupRuleInput {
  /** Required here (the API needs it; the reference would send `null`). */
  direction: SecurityGroupRuleDirection;
  /** Defaults (API side) to the version of `remoteIp`, else IPv4. */
  ethertype?: SecurityGroupRuleEthertype;
  /** The upper port (0-65535); with `icmp`, the ICMP code. */
  portMax?: number;
  /** The lower port (0-65535); with `icmp`, the ICMP type. */
  portMin?: number;
  /** All protocols when left out. */
  protocol?: SecurityGroupRuleProtocol;
  /** An IP address or a CIDR block (`10.0.0.0/24`); not with `remoteGroup`. */
  remoteIp?: string;
  /** A security group (an id or a name; names are resolved by us) whose members the rule allows; not with `remoteIp`. */
  remoteGroup?: number | string;
}

/**
 * The changes to a rule (`NetworkManager.editSecuritygroupRule`): what is given changes, the rest stays; `null`
 * clears a property (sent as the API's `-1` for numbers and `''` for text).
 */
export interface SecurityGroupRuleChanges {
  direction?: SecurityGroupRuleDirection;
  ethertype?: SecurityGroupRuleEthertype;
  portMax?: number | null;
  portMin?: number | null;
  protocol?: SecurityGroupRuleProtocol;
  remoteIp?: string | null;
  remoteGroup?: number | string | null;
}

/** A security group's name and/or description (`createSecuritygroup`, `editSecuritygroup`). */
export interface SecurityGroupDetails {
  name?: string;
  description?: string;
}

const DIRECTIONS: readonly string[] = ['ingress', 'egress'];
const ETHERTYPES: readonly string[] = ['IPv4', 'IPv6'];
const PROTOCOLS: readonly string[] = ['icmp', 'tcp', 'udp', 'vrrp'];

function checkOneOf(value: unknown, allowed: readonly string[], what: string, method: string): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalid(`${method}: ${what} must be ${allowed.join(' or ')}, got ${JSON.stringify(value)}`);
  }
}

/** An IP address or a CIDR block (`10.0.0.0/24`, `2001:db8::/32`). */
function checkRemoteIp(value: unknown, method: string): string {
  const [address = '', prefix, extra] = typeof value === 'string' ? value.trim().split('/') : [];
  const version = isIP(address);
  const bits = version === 4 ? 32 : 128;
  const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
  if (version === 0 || !prefixOk || extra !== undefined) {
    throw invalid(`${method}: remoteIp must be an IP address or a CIDR block, got ${JSON.stringify(value)}`);
  }
  return value as string;
}

/**
 * What the given properties of one rule must agree on: a tcp/udp port range in order, ICMP type and code 0-255, and
 * a remote IP of the rule's ethertype (when both are given).
 */
function checkConsistent(template: SoftLayer_Network_SecurityGroup_Rule, method: string): void {
  const { protocol, portRangeMin: min, portRangeMax: max, remoteIp, ethertype } = template;
  if ((protocol === 'tcp' || protocol === 'udp') && min !== undefined && max !== undefined && min > max) {
    throw invalid(`${method}: portMin (${min}) must not be above portMax (${max})`);
  }
  if (protocol === 'icmp' && ((min ?? 0) > 255 || (max ?? 0) > 255)) {
    throw invalid(`${method}: the ICMP type (portMin) and code (portMax) must be from 0 to 255`);
  }
  if (remoteIp && ethertype !== undefined && `IPv${isIP(remoteIp.split('/')[0] ?? '')}` !== ethertype) {
    throw invalid(`${method}: remoteIp ${remoteIp} is not an ${ethertype} address (the ethertype)`);
  }
}

/** A security group's name and description, checked: each non-empty text when given. */
export function groupTemplate(
  details: SecurityGroupDetails,
  method: string,
): SoftLayer_Network_SecurityGroup {
  if (details === null || typeof details !== 'object') {
    throw invalid(`${method}: the details must be an object with a name and/or a description`);
  }
  const template: SoftLayer_Network_SecurityGroup = {};
  if (details.name !== undefined) template.name = checkText(details.name, 'the name', method);
  if (details.description !== undefined) {
    template.description = checkText(details.description, 'the description', method);
  }
  return template;
}

/** A rule template checked but for its remote group, still to resolve (it may be a name). */
export interface PendingRule {
  template: SoftLayer_Network_SecurityGroup_Rule;
  /** The remote group as given, for `remoteGroupId`. */
  remoteGroup?: number | string;
}

/** A rule's properties as the API's template, checked; `null` (only allowed in edits) clears a property. */
function ruleProperties(rule: SecurityGroupRuleChanges, method: string): PendingRule {
  const template: SoftLayer_Network_SecurityGroup_Rule = {};
  if (rule.direction !== undefined) {
    checkOneOf(rule.direction, DIRECTIONS, 'the direction', method);
    template.direction = rule.direction;
  }
  if (rule.ethertype !== undefined) {
    checkOneOf(rule.ethertype, ETHERTYPES, 'the ethertype', method);
    template.ethertype = rule.ethertype;
  }
  for (const [key, property] of [
    ['portMax', 'portRangeMax'],
    ['portMin', 'portRangeMin'],
  ] as const) {
    const port = rule[key];
    if (port === null) template[property] = -1;
    else if (port !== undefined) template[property] = checkWhole(port, `${method}: ${key}`, { max: 65535 });
  }
  if (rule.protocol !== undefined) {
    checkOneOf(rule.protocol, PROTOCOLS, 'the protocol', method);
    template.protocol = rule.protocol;
  }
  const { remoteIp, remoteGroup } = rule;
  if (remoteIp !== undefined && remoteIp !== null && remoteGroup !== undefined && remoteGroup !== null) {
    throw invalid(`${method}: give remoteIp or remoteGroup, not both`);
  }
  if (remoteIp === null) template.remoteIp = '';
  else if (remoteIp !== undefined) template.remoteIp = checkRemoteIp(remoteIp, method).trim();
  if (remoteGroup === null) template.remoteGroupId = -1;
  else if (typeof remoteGroup === 'number') checkPositive(remoteGroup, 'remoteGroup', method);
  else if (remoteGroup !== undefined)
    checkText(remoteGroup, 'remoteGroup (a security group id or name)', method);
  checkConsistent(template, method);
  return remoteGroup === undefined || remoteGroup === null ? { template } : { template, remoteGroup };
}

/**
 * The API's template of a new rule, checked (a direction, known values, ports 0-65535, an IP or a CIDR block, a
 * remote IP or a remote group, not both), with the properties in the reference's order.
 */
export function newRule(rule: SecurityGroupRuleInput, method: string): PendingRule {
  if (rule === null || typeof rule !== 'object') throw invalid(`${method}: a rule must be an object`);
  if (rule.direction === undefined) throw invalid(`${method}: a rule needs a direction (ingress or egress)`);
  for (const key of ['portMax', 'portMin', 'remoteIp', 'remoteGroup'] as const) {
    if (rule[key] === null) throw invalid(`${method}: ${key} cannot be null in a new rule`);
  }
  return ruleProperties(rule, method);
}

/** The API's template of a rule's changes (with the rule's id), checked; refuses an edit that changes nothing. */
export function ruleChanges(ruleId: number, changes: SecurityGroupRuleChanges, method: string): PendingRule {
  checkPositive(ruleId, 'the rule id', method);
  if (changes === null || typeof changes !== 'object')
    throw invalid(`${method}: the changes must be an object`);
  const pending = ruleProperties(changes, method);
  if (Object.keys(pending.template).length === 0 && pending.remoteGroup === undefined) {
    throw invalid(
      `${method}: give something to change (direction, ethertype, portMax, portMin, protocol, remoteIp, remoteGroup)`,
    );
  }
  pending.template.id = ruleId;
  return pending;
}

/** The template of a pending rule with its remote group resolved (`resolveGroup`: an id or a name to the id). */
export async function resolvedRule(
  pending: PendingRule,
  resolveGroup: (identifier: number | string) => Promise<number | string>,
): Promise<SoftLayer_Network_SecurityGroup_Rule> {
  if (pending.remoteGroup === undefined) return pending.template;
  return { ...pending.template, remoteGroupId: (await resolveGroup(pending.remoteGroup)) as number };
}

/** A non-empty list of positive whole numbers (rule or network component ids). */
export function checkIdList(ids: unknown, what: string, method: string): number[] {
  if (!Array.isArray(ids) || ids.length === 0) {
    throw invalid(`${method}: the ${what} must be a non-empty list of ids`);
  }
  return ids.map((id) => checkPositive(id, `each of the ${what}`, method));
}
