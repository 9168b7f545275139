import type { FirewallRecord } from '../data/firewall-record';
import {
  addressAt,
  allSubnets,
  cidrNotation,
  ipAddressId,
  type SubnetView,
  type VlanView,
} from '../data/network';
import { orderedAddresses, subnetsOnVlan } from '../data/ordered-subnets';
import { findVlan } from '../data/ordered-vlans';
import { type EmulatorState, ID_BASES } from '../data/state';
import { allowedHostView, volumesAllowing } from './allowed-host';
import {
  componentFirewallView,
  firewallInterfaces,
  firewallVlan,
  gatewayView,
  ruleViews,
  vlanFirewallView,
} from './firewall';
import { subnetBillingSubject } from './ordered-subnet-billing';
import { vlanBillingSubject } from './ordered-vlan-billing';
import { billingItemView, locationView, tagReferencesView } from './shared-views';
import { TAG_TYPE_IDS } from './tag-types';
import { compact, defineModel, type TypeModel } from './type-model';

/** The name, note and tags a VLAN or subnet has been given (`NetworkEditRecord`), if any. */
function editsOf(state: EmulatorState, id: number): { name?: string; note?: string; tags: string[] } {
  return state.networkEdits.get(id) ?? { tags: [] };
}

function routerView(vlan: VlanView): Record<string, unknown> {
  return {
    id: vlan.routerId,
    hostname: vlan.routerHostname,
    fullyQualifiedDomainName: `${vlan.routerHostname}.softlayer.com`,
    datacenter: locationView(vlan.datacenter),
  };
}

/** The dedicated firewall of a VLAN, if it has one. */
function dedicatedFirewallOf(state: EmulatorState, vlanId: number): FirewallRecord | undefined {
  return state.firewalls.filter((record) => record.kind === 'vlan' && record.vlanId === vlanId)[0];
}

/** The standard firewalls of the guests or servers on a VLAN. */
function standardFirewallsOn(
  state: EmulatorState,
  vlanId: number,
  kind: 'guest' | 'hardware',
): FirewallRecord[] {
  return state.firewalls.filter(
    (record) => record.kind === kind && firewallVlan(record, state)?.id === vlanId,
  );
}

export const vlanModel: TypeModel<unknown> = defineModel<VlanView>({
  type: 'SoftLayer_Network_Vlan',
  local(vlan, context) {
    return {
      id: vlan.id,
      accountId: context.state.accountId,
      name: editsOf(context.state, vlan.id).name ?? vlan.name,
      note: editsOf(context.state, vlan.id).note,
      vlanNumber: vlan.vlanNumber,
      modifyDate: '2025-06-01T10:00:00-06:00',
      primarySubnetId: vlan.subnetId ?? undefined,
      dedicatedFirewallFlag: dedicatedFirewallOf(context.state, vlan.id) ? 1 : 0,
      highAvailabilityFirewallFlag: dedicatedFirewallOf(context.state, vlan.id)?.highAvailability ?? false,
    };
  },
  relations: {
    networkSpace: { type: 'string', get: (vlan) => vlan.networkSpace },
    fullyQualifiedName: { type: 'string', get: (vlan) => `${vlan.routerHostname}.${vlan.vlanNumber}` },
    primaryRouter: { type: 'SoftLayer_Hardware_Router', get: routerView },
    datacenter: { type: 'SoftLayer_Location', get: (vlan) => locationView(vlan.datacenter) },
    virtualGuests: {
      type: 'SoftLayer_Virtual_Guest',
      get: (vlan, context) =>
        context.state.guests.filter(
          (guest) =>
            vlan.subnetId !== null &&
            guest.datacenterId === vlan.datacenter.id &&
            !(guest.privateNetworkOnly && vlan.networkSpace === 'PUBLIC'),
        ),
    },
    hardware: {
      type: 'SoftLayer_Hardware',
      get: (vlan, context) =>
        context.state.hardware.filter(
          (server) => vlan.subnetId !== null && server.datacenterId === vlan.datacenter.id,
        ),
    },
    subnets: {
      type: 'SoftLayer_Network_Subnet',
      get: (vlan, context) => subnetsOnVlan(context.state, vlan.id),
    },
    primarySubnet: {
      type: 'SoftLayer_Network_Subnet',
      get: (vlan, context) => subnetFromVlan(vlan, context),
    },
    firewallInterfaces: {
      type: 'SoftLayer_Network_Firewall_Module_Context_Interface',
      get: (vlan, context) => {
        const firewall = dedicatedFirewallOf(context.state, vlan.id);
        return firewall ? firewallInterfaces(firewall) : [];
      },
    },
    billingItem: {
      type: 'SoftLayer_Billing_Item',
      get: (vlan, context) => {
        const record = vlan.id >= ID_BASES.orderedVlan ? context.state.orderedVlans.get(vlan.id) : undefined;
        return record ? billingItemView(vlanBillingSubject(record), context) : undefined;
      },
    },
    networkVlanFirewall: {
      type: 'SoftLayer_Network_Vlan_Firewall',
      get: (vlan, context) => {
        const firewall = dedicatedFirewallOf(context.state, vlan.id);
        return firewall ? vlanFirewallView(firewall, context) : undefined;
      },
    },
    firewallRules: {
      type: 'SoftLayer_Network_Vlan_Firewall_Rule',
      get: (vlan, context) => {
        const firewall = dedicatedFirewallOf(context.state, vlan.id);
        return firewall ? ruleViews(firewall) : [];
      },
    },
    firewallGuestNetworkComponents: {
      type: 'SoftLayer_Network_Component_Firewall',
      get: (vlan, context) =>
        standardFirewallsOn(context.state, vlan.id, 'guest').map((record) =>
          componentFirewallView(record, context),
        ),
    },
    firewallNetworkComponents: {
      type: 'SoftLayer_Network_Component_Firewall',
      get: (vlan, context) =>
        standardFirewallsOn(context.state, vlan.id, 'hardware').map((record) =>
          componentFirewallView(record, context),
        ),
    },
    attachedNetworkGateway: {
      type: 'SoftLayer_Network_Gateway',
      get: (vlan, context) => {
        const gateway = context.state.firewalls.filter(
          (record) => record.kind === 'gateway' && record.vlanId === vlan.id,
        )[0];
        return gateway ? gatewayView(gateway, context) : undefined;
      },
    },
    tagReferences: {
      type: 'SoftLayer_Tag_Reference',
      get: (vlan, context) =>
        tagReferencesView(editsOf(context.state, vlan.id).tags, vlan.id, TAG_TYPE_IDS.vlan),
    },
    totalPrimaryIpAddressCount: {
      type: 'unsignedInt',
      get: (vlan, context) =>
        context.state.guests.filter(
          (guest) => vlan.subnetId !== null && guest.datacenterId === vlan.datacenter.id,
        ).length,
    },
  },
});

function subnetFromVlan(vlan: VlanView, _context: unknown): SubnetView | undefined {
  if (vlan.subnetId === null) return undefined;
  return allSubnets().find((subnet) => subnet.id === vlan.subnetId);
}

export const subnetModel: TypeModel<unknown> = defineModel<SubnetView>({
  type: 'SoftLayer_Network_Subnet',
  local(subnet, context) {
    return compact({
      id: subnet.id,
      broadcastAddress: subnet.broadcastAddress || undefined,
      cidr: subnet.cidr,
      gateway: subnet.gateway || undefined,
      isCustomerOwned: false,
      isCustomerRoutable: false,
      modifyDate: '2025-06-01T10:00:00-06:00',
      netmask: subnet.netmask,
      networkIdentifier: subnet.networkIdentifier,
      networkVlanId: subnet.vlanId ?? undefined,
      note: editsOf(context.state, subnet.id).note,
      sortOrder: '0',
      subnetType: subnet.subnetType,
      totalIpAddresses: subnet.version === 6 ? String(2n ** BigInt(128 - subnet.cidr)) : String(subnet.size),
      usableIpAddressCount: String(Math.max(subnet.gateway ? subnet.size - 3 : subnet.size, 0)),
      version: subnet.version,
    });
  },
  relations: {
    addressSpace: { type: 'string', get: (subnet) => subnet.addressSpace },
    allowedHost: {
      type: 'SoftLayer_Network_Storage_Allowed_Host',
      get: (subnet, context) =>
        volumesAllowing(context.state, 'SUBNET', subnet.id).length === 0
          ? undefined
          : allowedHostView('SUBNET', subnet.id, context.state, cidrNotation(subnet)),
    },
    allowedNetworkStorage: {
      type: 'SoftLayer_Network_Storage',
      get: (subnet, context) => volumesAllowing(context.state, 'SUBNET', subnet.id),
    },
    datacenter: { type: 'SoftLayer_Location_Datacenter', get: (subnet) => locationView(subnet.datacenter) },
    endPointIpAddress: {
      type: 'SoftLayer_Network_Subnet_IpAddress',
      get: (subnet, context) => {
        const ordered = context.state.orderedSubnets.get(subnet.id);
        if (!ordered) return { ipAddress: subnet.gateway };
        return ordered.endPointIpAddress === null ? undefined : { ipAddress: ordered.endPointIpAddress };
      },
    },
    billingItem: {
      type: 'SoftLayer_Billing_Item',
      get: (subnet, context) => {
        const ordered = context.state.orderedSubnets.get(subnet.id);
        return ordered ? billingItemView(subnetBillingSubject(ordered), context) : undefined;
      },
    },
    ipAddresses: {
      type: 'SoftLayer_Network_Subnet_IpAddress',
      get: (subnet) =>
        subnet.prefix === ''
          ? orderedAddresses(subnet).map((ipAddress) => ({
              id: ipAddressId(ipAddress),
              ipAddress,
              subnetId: subnet.id,
            }))
          : [0, 1, 2].map((index) => ({
              id: subnet.id * 100 + index,
              ipAddress: addressAt(subnet, index - 2),
            })),
    },
    networkVlan: {
      type: 'SoftLayer_Network_Vlan',
      get: (subnet, context) => (subnet.vlanId === null ? undefined : findVlan(context.state, subnet.vlanId)),
    },
    // The primary subnets hold their datacenter's devices; ordered subnets hold none (they are routed, not assigned).
    virtualGuests: {
      type: 'SoftLayer_Virtual_Guest',
      get: (subnet, context) =>
        subnet.subnetType !== 'PRIMARY'
          ? []
          : context.state.guests.filter((guest) => guest.datacenterId === subnet.datacenter.id),
    },
    hardware: {
      type: 'SoftLayer_Hardware',
      get: (subnet, context) =>
        subnet.subnetType !== 'PRIMARY'
          ? []
          : context.state.hardware.filter((server) => server.datacenterId === subnet.datacenter.id),
    },
    tagReferences: {
      type: 'SoftLayer_Tag_Reference',
      get: (subnet, context) =>
        tagReferencesView(editsOf(context.state, subnet.id).tags, subnet.id, TAG_TYPE_IDS.subnet),
    },
    ipAddressCount: { type: 'unsignedInt', get: (subnet) => subnet.size },
    podName: { type: 'string', get: (subnet) => `${subnet.datacenter.name}.pod01` },
  },
});
