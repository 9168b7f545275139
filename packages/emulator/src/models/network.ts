import {
  addressAt,
  allSubnets,
  allVlans,
  cidrNotation,
  type SubnetView,
  type VlanView,
} from '../data/network';
import { allowedHostView, volumesAllowing } from './allowed-host';
import { locationView } from './shared-views';
import { defineModel, type TypeModel } from './type-model';

function routerView(vlan: VlanView): Record<string, unknown> {
  return {
    id: vlan.routerId,
    hostname: vlan.routerHostname,
    fullyQualifiedDomainName: `${vlan.routerHostname}.softlayer.com`,
    datacenter: locationView(vlan.datacenter),
  };
}

export const vlanModel: TypeModel<unknown> = defineModel<VlanView>({
  type: 'SoftLayer_Network_Vlan',
  local(vlan, context) {
    return {
      id: vlan.id,
      accountId: context.state.accountId,
      name: vlan.name,
      vlanNumber: vlan.vlanNumber,
      modifyDate: '2025-06-01T10:00:00-06:00',
      primarySubnetId: vlan.subnetId,
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
            guest.datacenterId === vlan.datacenter.id &&
            !(guest.privateNetworkOnly && vlan.networkSpace === 'PUBLIC'),
        ),
    },
    hardware: {
      type: 'SoftLayer_Hardware',
      get: (vlan, context) =>
        context.state.hardware.filter((server) => server.datacenterId === vlan.datacenter.id),
    },
    subnets: {
      type: 'SoftLayer_Network_Subnet',
      get: (vlan, context) => [subnetFromVlan(vlan, context)].filter((subnet) => subnet),
    },
    primarySubnet: {
      type: 'SoftLayer_Network_Subnet',
      get: (vlan, context) => subnetFromVlan(vlan, context),
    },
    firewallInterfaces: { type: 'SoftLayer_Network_Firewall_Module_Context_Interface', get: () => [] },
    billingItem: { type: 'SoftLayer_Billing_Item', get: () => undefined },
    networkVlanFirewall: { type: 'SoftLayer_Network_Vlan_Firewall', get: () => undefined },
    attachedNetworkGateway: { type: 'SoftLayer_Network_Gateway', get: () => undefined },
    tagReferences: { type: 'SoftLayer_Tag_Reference', get: () => [] },
    totalPrimaryIpAddressCount: {
      type: 'unsignedInt',
      get: (vlan, context) =>
        context.state.guests.filter((guest) => guest.datacenterId === vlan.datacenter.id).length,
    },
  },
});

function subnetFromVlan(vlan: VlanView, _context: unknown): SubnetView | undefined {
  return allSubnets().find((subnet) => subnet.id === vlan.subnetId);
}

export const subnetModel: TypeModel<unknown> = defineModel<SubnetView>({
  type: 'SoftLayer_Network_Subnet',
  local(subnet) {
    return {
      id: subnet.id,
      broadcastAddress: subnet.broadcastAddress,
      cidr: subnet.cidr,
      gateway: subnet.gateway,
      isCustomerOwned: false,
      isCustomerRoutable: false,
      modifyDate: '2025-06-01T10:00:00-06:00',
      netmask: subnet.netmask,
      networkIdentifier: subnet.networkIdentifier,
      networkVlanId: subnet.vlanId,
      sortOrder: '0',
      subnetType: subnet.subnetType,
      totalIpAddresses: '65536',
      usableIpAddressCount: '65533',
      version: subnet.version,
    };
  },
  relations: {
    addressSpace: { type: 'string', get: (subnet) => subnet.addressSpace },
    allowedHost: {
      type: 'SoftLayer_Network_Storage_Allowed_Host',
      get: (subnet, context) =>
        volumesAllowing(context.state, 'SUBNET', subnet.id).length === 0
          ? undefined
          : allowedHostView('SUBNET', subnet.id, context.state.accountId, cidrNotation(subnet)),
    },
    allowedNetworkStorage: {
      type: 'SoftLayer_Network_Storage',
      get: (subnet, context) => volumesAllowing(context.state, 'SUBNET', subnet.id),
    },
    datacenter: { type: 'SoftLayer_Location_Datacenter', get: (subnet) => locationView(subnet.datacenter) },
    endPointIpAddress: {
      type: 'SoftLayer_Network_Subnet_IpAddress',
      get: (subnet) => ({ ipAddress: subnet.gateway }),
    },
    ipAddresses: {
      type: 'SoftLayer_Network_Subnet_IpAddress',
      get: (subnet) =>
        [0, 1, 2].map((index) => ({ id: subnet.id * 100 + index, ipAddress: addressAt(subnet, index - 2) })),
    },
    networkVlan: {
      type: 'SoftLayer_Network_Vlan',
      get: (subnet) => allVlans().find((vlan) => vlan.id === subnet.vlanId),
    },
    virtualGuests: {
      type: 'SoftLayer_Virtual_Guest',
      get: (subnet, context) =>
        context.state.guests.filter((guest) => guest.datacenterId === subnet.datacenter.id),
    },
    hardware: {
      type: 'SoftLayer_Hardware',
      get: (subnet, context) =>
        context.state.hardware.filter((server) => server.datacenterId === subnet.datacenter.id),
    },
    tagReferences: { type: 'SoftLayer_Tag_Reference', get: () => [] },
    ipAddressCount: { type: 'unsignedInt', get: () => 65536 },
  },
});
