// Subnets ordered through package 0 (portable, static, global IPs): their addresses and their views, beside the
// derived ones of data/network.ts.
import { DATACENTERS } from './catalog';
import { allSubnets, type SubnetView } from './network';
import type { OrderedSubnetRecord } from './records';
import { type EmulatorState, ID_BASES } from './state';

/** The subnet type the API shows for an ordered subnet, from its kind and where it is routed. */
function subnetTypeOf(record: OrderedSubnetRecord): string {
  if (record.kind === 'global') return 'GLOBAL_IP';
  if (record.kind === 'static') return 'STATIC_IP_ROUTED';
  return record.endPointIpAddress === null ? 'SECONDARY_ON_VLAN' : 'STATIC_IP_ROUTED';
}

function ipv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export function ipv4Value(address: string): number {
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

/**
 * The network of the `ordinal`-th ordered subnet: each IPv4 subnet gets a /24 block of its own (public portable
 * and static from 169.47.0.0, private from 10.200.0.0, global IPs one address of 161.202.0.0), each IPv6 one a /64.
 */
export function orderedNetwork(
  ordinal: number,
  kind: OrderedSubnetRecord['kind'],
  addressSpace: 'PUBLIC' | 'PRIVATE',
  version: 4 | 6,
  quantity: number,
): { networkIdentifier: string; cidr: number } {
  if (version === 6) {
    const block = (kind === 'global' ? 0xf000 : 0x1000) + (ordinal % 0x1000);
    return { networkIdentifier: `2607:f0d0:${block.toString(16)}::`, cidr: 64 };
  }
  if (kind === 'global') return { networkIdentifier: ipv4(ipv4Value('161.202.0.0') + ordinal), cidr: 32 };
  const base = ipv4Value(addressSpace === 'PUBLIC' ? '169.47.0.0' : '10.200.0.0');
  return {
    networkIdentifier: ipv4(base + (ordinal % 65_536) * 256),
    cidr: 32 - Math.round(Math.log2(quantity)),
  };
}

/** An ordered subnet as the subnet model shows it. */
export function orderedSubnetView(record: OrderedSubnetRecord): SubnetView {
  const datacenter = DATACENTERS.find((dc) => dc.id === record.datacenterId) ?? DATACENTERS[0]!;
  const bits = (record.version === 4 ? 32 : 128) - record.cidr;
  // IPv6 blocks are too large to count in an int; the model shows their size as text.
  const size = record.version === 4 ? 2 ** bits : 0;
  const network = record.version === 4 ? ipv4Value(record.networkIdentifier) : 0;
  const portable = record.kind === 'portable' && record.version === 4;
  return {
    id: record.id,
    networkIdentifier: record.networkIdentifier,
    cidr: record.cidr,
    netmask: record.version === 4 ? ipv4(2 ** 32 - 2 ** bits) : `ffff:ffff:ffff:ffff::`,
    gateway: portable ? ipv4(network + 1) : '',
    broadcastAddress: record.version === 4 && bits > 0 ? ipv4(network + size - 1) : '',
    addressSpace: record.addressSpace,
    subnetType: subnetTypeOf(record),
    version: record.version,
    vlanId: record.vlanId,
    datacenter,
    prefix: '',
    size,
  };
}

/** Every subnet of the account: the derived primary subnets, then the ordered ones. */
export function accountSubnets(state: EmulatorState): SubnetView[] {
  return [...allSubnets(), ...state.orderedSubnets.all().map(orderedSubnetView)];
}

/** The subnet an id names, derived or ordered. */
export function findSubnet(state: EmulatorState, id: number): SubnetView | undefined {
  if (id >= ID_BASES.orderedSubnet) {
    const record = state.orderedSubnets.get(id);
    return record ? orderedSubnetView(record) : undefined;
  }
  return allSubnets().find((subnet) => subnet.id === id);
}

/** The subnets on a VLAN: its primary subnet and the ordered subnets routed to it. */
export function subnetsOnVlan(state: EmulatorState, vlanId: number): SubnetView[] {
  return accountSubnets(state).filter((subnet) => subnet.vlanId === vlanId);
}

/** The first addresses (at most 16) of an ordered IPv4 subnet; none listed for IPv6. */
export function orderedAddresses(subnet: SubnetView): string[] {
  if (subnet.version !== 4) return [];
  const network = ipv4Value(subnet.networkIdentifier);
  return Array.from({ length: Math.min(subnet.size, 16) }, (_, index) => ipv4(network + index));
}
