// The rules a `SoftLayer_Network_Firewall_Update_Request` carries, checked as the API checks them.
import { isIP } from 'node:net';
import { faults } from '../api-fault';
import type { FirewallRuleRecord } from '../data/firewall-record';
import { toInteger } from './arguments';

const PROTOCOLS = ['tcp', 'udp', 'icmp', 'gre', 'pptp', 'ahp', 'esp', 'ip', 'any'];

/** The dotted IPv4 mask of a prefix length (24 → 255.255.255.0). */
function cidrMask(bits: number): string {
  const value = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function address(value: unknown, version: 4 | 6, what: string, index: number): string {
  const given = text(value);
  if (given === undefined)
    throw faults.missingParameter(`Rule ${index}: ${what} is required (an address or any).`);
  if (given.toLowerCase() === 'any') return 'any';
  if (isIP(given) !== version) {
    throw faults.invalidValue(`Rule ${index}: ${what} "${given}" is not an IPv${version} address or any.`);
  }
  return given;
}

function subnetMask(
  maskValue: unknown,
  cidrValue: unknown,
  version: 4 | 6,
  what: string,
  index: number,
): string {
  const mask = text(maskValue);
  if (mask !== undefined) {
    if (version === 4 && isIP(mask) !== 4) {
      throw faults.invalidValue(`Rule ${index}: ${what} "${mask}" is not a subnet mask.`);
    }
    return mask;
  }
  const cidr = toInteger(cidrValue);
  if (cidrValue !== undefined && cidrValue !== null) {
    if (cidr === undefined || cidr < 0 || cidr > (version === 4 ? 32 : 128)) {
      throw faults.invalidValue(
        `Rule ${index}: ${what} prefix length ${JSON.stringify(cidrValue)} is out of range.`,
      );
    }
    return version === 4 ? cidrMask(cidr) : String(cidr);
  }
  return version === 4 ? '255.255.255.255' : '128';
}

function port(value: unknown, what: string, index: number): number | null {
  if (value === undefined || value === null || value === '') return null;
  const number = toInteger(value);
  if (number === undefined || number < 0 || number > 65535) {
    throw faults.invalidValue(
      `Rule ${index}: ${what} must be a port from 0 to 65535, got ${JSON.stringify(value)}.`,
    );
  }
  return number;
}

/** The rules of an update request, checked and in order; a fault names the first bad rule (nothing is changed). */
export function checkRules(given: unknown): FirewallRuleRecord[] {
  if (!Array.isArray(given))
    throw faults.missingParameter('An update request must carry its rules (rules: [...]).');
  const rules = given.map((entry, position): FirewallRuleRecord => {
    const index = position + 1;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw faults.invalidValue(`Rule ${index} must be a SoftLayer_Network_Firewall_Update_Request_Rule.`);
    }
    const rule = entry as Record<string, unknown>;
    const action = text(rule.action)?.toLowerCase();
    if (action !== 'permit' && action !== 'deny') {
      throw faults.invalidValue(
        `Rule ${index}: action must be permit or deny, got ${JSON.stringify(rule.action ?? null)}.`,
      );
    }
    const protocol = text(rule.protocol)?.toLowerCase() ?? '';
    if (!PROTOCOLS.includes(protocol)) {
      throw faults.invalidValue(
        `Rule ${index}: protocol must be one of ${PROTOCOLS.join(', ')}, got ${JSON.stringify(rule.protocol ?? null)}.`,
      );
    }
    const versionValue = rule.version === undefined || rule.version === null ? 4 : toInteger(rule.version);
    if (versionValue !== 4 && versionValue !== 6) {
      throw faults.invalidValue(
        `Rule ${index}: version must be 4 or 6, got ${JSON.stringify(rule.version)}.`,
      );
    }
    const version: 4 | 6 = versionValue;
    const start = port(rule.destinationPortRangeStart, 'destinationPortRangeStart', index);
    const end = port(rule.destinationPortRangeEnd, 'destinationPortRangeEnd', index) ?? start;
    if (start !== null && end !== null && end < start) {
      throw faults.invalidValue(`Rule ${index}: the port range ends (${end}) before it starts (${start}).`);
    }
    const order =
      rule.orderValue === undefined || rule.orderValue === null ? index : toInteger(rule.orderValue);
    if (order === undefined || order < 1) {
      throw faults.invalidValue(`Rule ${index}: orderValue must be a positive whole number.`);
    }
    return {
      orderValue: order,
      action,
      protocol,
      sourceIpAddress: address(rule.sourceIpAddress, version, 'sourceIpAddress', index),
      sourceIpSubnetMask: subnetMask(
        rule.sourceIpSubnetMask,
        rule.sourceIpCidr,
        version,
        'sourceIpSubnetMask',
        index,
      ),
      destinationIpAddress: address(rule.destinationIpAddress, version, 'destinationIpAddress', index),
      destinationIpSubnetMask: subnetMask(
        rule.destinationIpSubnetMask,
        rule.destinationIpCidr,
        version,
        'destinationIpSubnetMask',
        index,
      ),
      destinationPortRangeStart: start,
      destinationPortRangeEnd: end,
      version,
      notes: text(rule.notes) ?? null,
    };
  });
  const orders = new Set(rules.map((rule) => rule.orderValue));
  if (orders.size !== rules.length) throw faults.invalidValue('Two rules have the same orderValue.');
  return rules.sort((a, b) => a.orderValue - b.orderValue);
}
