// The generated account's firewalls: a dedicated VLAN firewall, a multi-VLAN gateway firewall, and standard
// firewalls in front of the first public guest and the first server, each with a few rules.
import { DAY_MS, GENERATION_ANCHOR } from './dates';
import type { FirewallRecord, FirewallRuleRecord } from './firewall-record';
import { allVlans, vlansOf } from './network';
import type { GuestRecord, HardwareRecord } from './records';
import type { IdKind } from './state';

function rule(
  orderValue: number,
  action: 'permit' | 'deny',
  protocol: string,
  source: [string, string],
  destination: [string, string],
  ports: [number, number] | null,
): FirewallRuleRecord {
  return {
    orderValue,
    action,
    protocol,
    sourceIpAddress: source[0],
    sourceIpSubnetMask: source[1],
    destinationIpAddress: destination[0],
    destinationIpSubnetMask: destination[1],
    destinationPortRangeStart: ports?.[0] ?? null,
    destinationPortRangeEnd: ports?.[1] ?? null,
    version: 4,
    notes: null,
  };
}

const ANY: [string, string] = ['any', '255.255.255.255'];
const WEB_RULES = [
  rule(1, 'permit', 'tcp', ANY, ANY, [80, 80]),
  rule(2, 'permit', 'tcp', ANY, ANY, [443, 443]),
  rule(3, 'permit', 'tcp', ['10.0.0.0', '255.0.0.0'], ANY, [22, 22]),
  rule(4, 'deny', 'udp', ANY, ANY, [1, 65535]),
];

export function generateFirewalls(input: {
  guests: readonly GuestRecord[];
  hardware: readonly HardwareRecord[];
  allocate: (kind: IdKind) => number;
}): FirewallRecord[] {
  const { guests, hardware, allocate } = input;
  const firewalls: FirewallRecord[] = [];
  const add = (fields: Partial<FirewallRecord> & Pick<FirewallRecord, 'kind'>, ageDays: number) => {
    const createdAt = GENERATION_ANCHOR - ageDays * DAY_MS;
    firewalls.push({
      id: allocate('firewall'),
      serverId: null,
      vlanId: null,
      highAvailability: false,
      name: null,
      username: null,
      password: null,
      rules: [],
      orderId: 118_000_000 + firewalls.length,
      createdAt,
      modifiedAt: createdAt,
      ...fields,
    });
  };
  const guest = guests.find((candidate) => !candidate.privateNetworkOnly);
  const server = hardware[0];
  const home = vlansOf(guest?.datacenterId ?? server?.datacenterId ?? 0);
  // The dedicated firewall guards a VLAN apart from the standard firewalls' (a VLAN has one kind or the other).
  const apart = allVlans().find(
    (vlan) =>
      vlan.networkSpace === 'PUBLIC' &&
      vlan.datacenter.id !== guest?.datacenterId &&
      vlan.datacenter.id !== server?.datacenterId,
  );
  add({ kind: 'vlan', vlanId: (apart ?? home.public).id, rules: WEB_RULES }, 300);
  add(
    {
      kind: 'gateway',
      vlanId: home.private.id,
      name: `fw-gw-${home.private.datacenter.name}`,
      username: 'fortiadmin',
      password: 'Fg7#kq2LmZ',
      rules: WEB_RULES.slice(0, 2),
    },
    200,
  );
  if (guest) add({ kind: 'guest', serverId: guest.id, rules: WEB_RULES.slice(0, 2) }, 120);
  if (server) add({ kind: 'hardware', serverId: server.id, rules: [WEB_RULES[2]!] }, 90);
  return firewalls;
}
