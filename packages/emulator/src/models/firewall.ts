// Views of firewalls: `SoftLayer_Network_Component_Firewall` (a server's standard firewall),
// `SoftLayer_Network_Vlan_Firewall` (a VLAN's dedicated firewall, or a multi-VLAN gateway's) and
// `SoftLayer_Network_Gateway`. They are plain objects: the mask reduces them (payload reduction).
import type { FirewallRecord } from '../data/firewall-record';
import { trackingIdOf } from '../data/metric-data';
import { addressAt, guestComponentId, subnetsOf, type VlanView, vlansOf } from '../data/network';
import { findVlan } from '../data/ordered-vlans';
import type { EmulatorState } from '../data/state';
import { firewallBillingItemId } from './billing-ids';
import { type BillingSubject, billingItemView, locationView } from './shared-views';
import { compact, type ViewContext } from './type-model';

/** Where a firewall interface's access control list id comes from: the firewall, the interface and the direction. */
export function accessListId(
  firewallId: number,
  face: 'inside' | 'outside',
  direction: 'in' | 'out',
): number {
  return firewallId * 4 + (face === 'outside' ? 2 : 0) + (direction === 'out' ? 1 : 0);
}

/** The firewall and place an access control list id names. */
export function accessListOwner(listId: number): {
  firewallId: number;
  face: 'inside' | 'outside';
  direction: 'in' | 'out';
} {
  return {
    firewallId: Math.floor(listId / 4),
    face: listId % 4 >= 2 ? 'outside' : 'inside',
    direction: listId % 2 === 1 ? 'out' : 'in',
  };
}

export function isStandard(record: FirewallRecord): boolean {
  return record.kind === 'guest' || record.kind === 'hardware';
}

/** The VLAN a firewall sits on: the protected VLAN, or the server's public VLAN. */
export function firewallVlan(record: FirewallRecord, state: EmulatorState): VlanView | undefined {
  if (record.vlanId !== null) return findVlan(state, record.vlanId);
  const server =
    record.kind === 'guest'
      ? state.guests.get(record.serverId ?? 0)
      : state.hardware.get(record.serverId ?? 0);
  return server ? vlansOf(server.datacenterId).public : undefined;
}

function firewallSubject(record: FirewallRecord, state: EmulatorState): BillingSubject {
  const vlan = firewallVlan(record, state);
  const description = isStandard(record)
    ? 'Hardware Firewall'
    : record.kind === 'gateway'
      ? 'FortiGate Security Appliance'
      : record.highAvailability
        ? 'Hardware Firewall (High Availability)'
        : 'Hardware Firewall (Dedicated)';
  return {
    billingItemId: firewallBillingItemId(record.id),
    categoryCode: isStandard(record) ? 'firewall' : 'vlan_firewall',
    description,
    hourly: false,
    monthlyFee: isStandard(record) ? 99 : record.highAvailability ? 999 : 499,
    createdAt: record.createdAt,
    datacenterId: vlan?.datacenter.id ?? 0,
    orderId: record.orderId,
    presetKeyName: null,
    packageId: 0,
    packageKeyName: 'ADDITIONAL_PRODUCTS',
    children: [],
  };
}

/** A firewall's billing item as the API shows it. */
export function firewallBillingItem(record: FirewallRecord, context: ViewContext): Record<string, unknown> {
  return billingItemView(firewallSubject(record, context.state), context);
}

/** A firewall's rules (`SoftLayer_Network_Component_Firewall_Rule` / `…_Vlan_Firewall_Rule`). */
export function ruleViews(record: FirewallRecord): Record<string, unknown>[] {
  return record.rules.map((rule) =>
    compact({
      id: record.id * 100 + rule.orderValue,
      firewallId: record.id,
      orderValue: rule.orderValue,
      action: rule.action,
      protocol: rule.protocol,
      sourceIpAddress: rule.sourceIpAddress,
      sourceIpSubnetMask: rule.sourceIpSubnetMask,
      sourceIpCidr: maskBits(rule.sourceIpSubnetMask),
      destinationIpAddress: rule.destinationIpAddress,
      destinationIpSubnetMask: rule.destinationIpSubnetMask,
      destinationIpCidr: maskBits(rule.destinationIpSubnetMask),
      destinationPortRangeStart: rule.destinationPortRangeStart ?? undefined,
      destinationPortRangeEnd: rule.destinationPortRangeEnd ?? undefined,
      version: rule.version,
      notes: rule.notes ?? undefined,
    }),
  );
}

/** The prefix length of a dotted IPv4 mask (`255.255.255.0` → 24); undefined for anything else. */
function maskBits(mask: string): number | undefined {
  const parts = mask.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !(part >= 0 && part <= 255))) return undefined;
  const bits = parts
    .reduce((sum, part) => sum * 256 + part, 0)
    .toString(2)
    .padStart(32, '0');
  return /^1*0*$/.test(bits) ? (bits.indexOf('0') === -1 ? 32 : bits.indexOf('0')) : undefined;
}

/** A standard firewall (`SoftLayer_Network_Component_Firewall`), with the server component it sits in front of. */
export function componentFirewallView(record: FirewallRecord, context: ViewContext): Record<string, unknown> {
  const { state } = context;
  const base = {
    id: record.id,
    status: 'allow_edit',
    billingItem: firewallBillingItem(record, context),
    rules: ruleViews(record),
  };
  if (record.kind === 'guest') {
    const guest = state.guests.get(record.serverId ?? 0);
    const componentId = guestComponentId(record.serverId ?? 0, 1);
    return {
      ...base,
      guestNetworkComponentId: componentId,
      guestNetworkComponent: {
        id: componentId,
        guestId: record.serverId,
        name: 'eth',
        port: 1,
        maxSpeed: 1000,
        guest: guest
          ? { id: guest.id, hostname: guest.hostname, domain: guest.domain }
          : { id: record.serverId },
      },
    };
  }
  const server = state.hardware.get(record.serverId ?? 0);
  const componentId = (record.serverId ?? 0) * 2 + 1;
  return {
    ...base,
    networkComponentId: componentId,
    networkComponent: {
      id: componentId,
      hardwareId: record.serverId,
      name: 'eth',
      port: 1,
      maxSpeed: 10000,
      downlinkComponent: { id: componentId + 1, hardwareId: record.serverId },
      hardware: server ? { id: server.id, hostname: server.hostname, domain: server.domain } : undefined,
    },
  };
}

/** A dedicated firewall's interfaces with their access control lists (rules go on the outside interface, in). */
export function firewallInterfaces(record: FirewallRecord): Record<string, unknown>[] {
  return (['inside', 'outside'] as const).map((face, index) => ({
    id: record.id * 2 + index,
    name: face,
    firewallContextAccessControlLists: (['in', 'out'] as const).map((direction) => ({
      id: accessListId(record.id, face, direction),
      direction,
      firewallContextInterfaceId: record.id * 2 + index,
    })),
  }));
}

function vlanSummary(
  vlan: VlanView | undefined,
  record: FirewallRecord | undefined,
): Record<string, unknown> | undefined {
  if (!vlan) return undefined;
  return compact({
    id: vlan.id,
    vlanNumber: vlan.vlanNumber,
    name: vlan.name,
    networkSpace: vlan.networkSpace,
    primaryRouter: { id: vlan.routerId, hostname: vlan.routerHostname },
    firewallInterfaces: record ? firewallInterfaces(record) : undefined,
  });
}

/** The address a firewall answers on: on its VLAN's subnet, apart from the servers'. */
function firewallAddress(
  record: FirewallRecord,
  vlan: VlanView | undefined,
  space: 'public' | 'private',
): string {
  const subnets = subnetsOf(vlan?.datacenter.id ?? 0);
  return addressAt(subnets[space], 65_000 + (record.id % 500));
}

/** A multi-VLAN gateway (`SoftLayer_Network_Gateway`) of a gateway firewall. */
export function gatewayView(
  record: FirewallRecord,
  context: ViewContext,
  withFirewall = true,
): Record<string, unknown> {
  const inside = firewallVlan(record, context.state);
  const vlans = vlansOf(inside?.datacenter.id ?? 0);
  return compact({
    id: record.id,
    accountId: context.state.accountId,
    name: record.name ?? `gateway${record.id}`,
    networkSpace: 'BOTH',
    groupNumber: 1,
    status: { id: 1, keyName: 'ACTIVE', name: 'Active', description: 'Gateway is active' },
    insideVlans: inside ? [{ id: record.id * 10, networkVlanId: inside.id, bypassFlag: false }] : [],
    members: [
      {
        id: record.id * 10 + 1,
        hardwareId: record.id + 1,
        priority: 254,
        hardware: { id: record.id + 1, hostname: `${record.name ?? 'gateway'}-member1` },
      },
    ],
    privateIpAddress: { id: record.id * 10 + 2, ipAddress: firewallAddress(record, inside, 'private') },
    publicIpAddress: { id: record.id * 10 + 3, ipAddress: firewallAddress(record, inside, 'public') },
    publicIpv6Address: {
      id: record.id * 10 + 4,
      ipAddress: `2607:f0d0:1000:${(record.id % 0xffff).toString(16)}::2`,
    },
    publicVlan: vlanSummary(vlans.public, undefined),
    privateVlan: vlanSummary(vlans.private, undefined),
    networkFirewall: withFirewall ? vlanFirewallView(record, context, false) : undefined,
  });
}

/** A dedicated or gateway firewall (`SoftLayer_Network_Vlan_Firewall`). */
export function vlanFirewallView(
  record: FirewallRecord,
  context: ViewContext,
  withGateway = true,
): Record<string, unknown> {
  const vlan = firewallVlan(record, context.state);
  const gateway = record.kind === 'gateway';
  return compact({
    id: record.id,
    accountId: context.state.accountId,
    customerManagedFlag: gateway,
    firewallType: gateway
      ? 'fortigate-security-appliance-10gb'
      : record.highAvailability
        ? 'fortigate-security-appliance-ha'
        : 'fortigate-security-appliance',
    fullyQualifiedDomainName: `${record.name ?? `fw${record.id}`}.${vlan?.routerHostname ?? 'fcr01'}.softlayer.com`,
    primaryIpAddress: firewallAddress(record, vlan, 'public'),
    networkVlanId: vlan?.id,
    metricTrackingObjectId: trackingIdOf({ kind: 'firewall', id: record.id }),
    datacenter: vlan ? locationView(vlan.datacenter) : undefined,
    networkVlan: vlanSummary(vlan, record),
    billingItem: firewallBillingItem(record, context),
    managementCredentials: gateway
      ? { id: record.id, username: record.username, password: record.password, software: { id: record.id } }
      : undefined,
    metricTrackingObject: {
      id: trackingIdOf({ kind: 'firewall', id: record.id }),
      resourceTableId: record.id,
      // Its points are read through `getSummaryData`; `data` (a local property) answers empty here.
      data: [],
      type: { keyName: 'FIREWALL_CONTEXT', name: 'Firewall' },
    },
    networkGateway: gateway && withGateway ? gatewayView(record, context, false) : undefined,
    rules: ruleViews(record),
  });
}
