// VLANs, subnets and addresses: derived from the datacenter list, so they cost nothing to store.
import { DATACENTERS, type DatacenterSpec } from './catalog';

export interface VlanView {
  id: number;
  vlanNumber: number;
  name: string;
  networkSpace: 'PUBLIC' | 'PRIVATE';
  datacenter: DatacenterSpec;
  routerHostname: string;
  routerId: number;
  /** The primary subnet; null for an ordered VLAN (`data/ordered-vlans.ts`), which has none. */
  subnetId: number | null;
}

export interface SubnetView {
  id: number;
  networkIdentifier: string;
  cidr: number;
  netmask: string;
  gateway: string;
  broadcastAddress: string;
  addressSpace: 'PUBLIC' | 'PRIVATE';
  /** `PRIMARY` for the derived subnets; ordered ones are `SECONDARY_ON_VLAN`, `STATIC_IP_ROUTED`, `GLOBAL_IP`. */
  subnetType: string;
  version: 4 | 6;
  /** The VLAN it is on; null for an ordered subnet routed to an address or not routed. */
  vlanId: number | null;
  datacenter: DatacenterSpec;
  /** First two octets (derived /16 subnets). */
  prefix: string;
  /** Addresses in the subnet (65536 for the derived /16s). */
  size: number;
}

function datacenterIndex(datacenterId: number): number {
  return DATACENTERS.findIndex((dc) => dc.id === datacenterId);
}

function build(): { vlans: VlanView[]; subnets: SubnetView[] } {
  const vlans: VlanView[] = [];
  const subnets: SubnetView[] = [];
  DATACENTERS.forEach((datacenter, index) => {
    for (const space of ['PUBLIC', 'PRIVATE'] as const) {
      const offset = space === 'PUBLIC' ? 1 : 2;
      const vlanId = 2_100_000 + index * 10 + offset;
      const subnetId = 1_500_000 + index * 10 + offset;
      const prefix = space === 'PUBLIC' ? `158.${80 + index}` : `10.${100 + index}`;
      const router = `${space === 'PUBLIC' ? 'fcr' : 'bcr'}01a.${datacenter.name}`;
      vlans.push({
        id: vlanId,
        vlanNumber: (space === 'PUBLIC' ? 800 : 900) + index,
        name: `${space.toLowerCase()}-${datacenter.name}`,
        networkSpace: space,
        datacenter,
        routerHostname: router,
        routerId: 3_000_000 + index * 10 + offset,
        subnetId,
      });
      subnets.push({
        id: subnetId,
        networkIdentifier: `${prefix}.0.0`,
        cidr: 16,
        netmask: '255.255.0.0',
        gateway: `${prefix}.0.1`,
        broadcastAddress: `${prefix}.255.255`,
        addressSpace: space,
        subnetType: 'PRIMARY',
        version: 4,
        vlanId,
        datacenter,
        prefix,
        size: 65_536,
      });
    }
  });
  return { vlans, subnets };
}

let network: { vlans: VlanView[]; subnets: SubnetView[] } | undefined;

export function allVlans(): readonly VlanView[] {
  network ??= build();
  return network.vlans;
}

export function allSubnets(): readonly SubnetView[] {
  network ??= build();
  return network.subnets;
}

export function vlansOf(datacenterId: number): { public: VlanView; private: VlanView } {
  const index = Math.max(0, datacenterIndex(datacenterId));
  const vlans = allVlans();
  return { public: vlans[index * 2] as VlanView, private: vlans[index * 2 + 1] as VlanView };
}

export function subnetsOf(datacenterId: number): { public: SubnetView; private: SubnetView } {
  const index = Math.max(0, datacenterIndex(datacenterId));
  const subnets = allSubnets();
  return { public: subnets[index * 2] as SubnetView, private: subnets[index * 2 + 1] as SubnetView };
}

/** The address at `ipIndex` inside a /16 (skipping the network and gateway addresses). */
export function addressAt(subnet: SubnetView, ipIndex: number): string {
  const n = ipIndex + 2;
  return `${subnet.prefix}.${(n >> 8) & 255}.${n & 255}`;
}

/** A stable MAC address for a component. */
export function macAddress(componentId: number): string {
  const hex = componentId.toString(16).padStart(8, '0').slice(-8);
  return `06:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}:${hex.slice(6, 8)}:01`;
}

/** The id of the `SoftLayer_Network_Subnet_IpAddress` of an address (stable: derived from the address). */
export function ipAddressId(address: string): number {
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0) % 100_000_000;
}

/** The subnet an address belongs to, when it is inside one of the account's subnets. */
export function subnetOfAddress(address: string): SubnetView | undefined {
  return allSubnets().find((subnet) => address.startsWith(`${subnet.prefix}.`));
}

/** The address an `ipAddressId` stands for, when it is inside one of the account's subnets. */
export function addressOfIpAddressId(id: number): string | undefined {
  if (!Number.isInteger(id) || id < 0 || id >= 100_000_000) return undefined;
  for (let value = id; value < 2 ** 32; value += 100_000_000) {
    const address = [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
    if (subnetOfAddress(address)) return address;
  }
  return undefined;
}

/** A subnet in CIDR notation, `10.100.0.0/16`. */
export function cidrNotation(subnet: SubnetView): string {
  return `${subnet.networkIdentifier}/${subnet.cidr}`;
}

/** The id of a guest's network component: port 0 is the private (backend) one, port 1 the public one. */
export function guestComponentId(guestId: number, port: 0 | 1): number {
  return guestId * 2 + port;
}

/** The guest and port a network component id stands for (see `guestComponentId`). */
export function guestComponentOwner(componentId: number): { guestId: number; port: 0 | 1 } {
  return { guestId: Math.floor(componentId / 2), port: componentId % 2 === 0 ? 0 : 1 };
}
