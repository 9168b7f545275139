import { formatApiDate } from '../data/dates';
import { ipsecServiceSubnets, netmask, remoteSubnetHolds } from '../data/ipsec';
import type {
  IpsecContextRecord,
  IpsecCustomerSubnetRecord,
  IpsecTranslationRecord,
} from '../data/ipsec-records';
import { ipAddressId, type SubnetView } from '../data/network';
import { findSubnet } from '../data/ordered-subnets';
import type { EmulatorState } from '../data/state';
import { ipsecBillingItemId } from './billing-ids';
import { ipAddressView } from './ip-address';
import { type BillingSubject, billingItemView, datacenterById, locationView } from './shared-views';
import { compact, defineModel, type TypeModel } from './type-model';

/** The monthly fee of an IPsec VPN (`IPSEC_STANDARD`). */
export const IPSEC_MONTHLY_FEE = 50;

/** What a tunnel context is billed as (package 0, monthly). */
export function ipsecBillingSubject(record: IpsecContextRecord): BillingSubject {
  return {
    billingItemId: ipsecBillingItemId(record.id),
    categoryCode: 'network_tunnel',
    description: 'IPSEC - Standard',
    hourly: false,
    monthlyFee: IPSEC_MONTHLY_FEE,
    createdAt: record.createdAt,
    datacenterId: record.datacenterId,
    orderId: record.orderId,
    presetKeyName: null,
    packageId: 0,
    packageKeyName: 'ADDITIONAL_PRODUCTS',
    children: [],
  };
}

/** The subnets (account, service or routed) of a list of ids that still exist. */
function subnetsOf(state: EmulatorState, ids: readonly number[]): SubnetView[] {
  return ids
    .map((id) => findSubnet(state, id) ?? ipsecServiceSubnets().find((subnet) => subnet.id === id))
    .filter((subnet): subnet is SubnetView => subnet !== undefined);
}

/** `SoftLayer_Network_Tunnel_Module_Context`: an IPsec VPN tunnel and what goes through it. */
export const ipsecContextModel: TypeModel<unknown> = defineModel<IpsecContextRecord>({
  type: 'SoftLayer_Network_Tunnel_Module_Context',
  direct: ['id', 'name'],
  local(record, context) {
    return compact({
      id: record.id,
      accountId: context.state.accountId,
      advancedConfigurationFlag: record.advancedConfigurationFlag,
      createDate: formatApiDate(record.createdAt),
      customerPeerIpAddress: record.customerPeerIpAddress,
      friendlyName: record.friendlyName,
      internalPeerIpAddress: record.internalPeerIpAddress,
      modifyDate: formatApiDate(record.modifiedAt),
      name: record.name,
      phaseOneAuthentication: record.phaseOneAuthentication,
      phaseOneDiffieHellmanGroup: record.phaseOneDiffieHellmanGroup,
      phaseOneEncryption: record.phaseOneEncryption,
      phaseOneKeylife: record.phaseOneKeylife,
      phaseTwoAuthentication: record.phaseTwoAuthentication,
      phaseTwoDiffieHellmanGroup: record.phaseTwoDiffieHellmanGroup,
      phaseTwoEncryption: record.phaseTwoEncryption,
      phaseTwoKeylife: record.phaseTwoKeylife,
      phaseTwoPerfectForwardSecrecy: record.phaseTwoPerfectForwardSecrecy,
      presharedKey: record.presharedKey,
    });
  },
  relations: {
    addressTranslations: {
      type: 'SoftLayer_Network_Tunnel_Module_Context_Address_Translation',
      get: (record, context) =>
        context.state.ipsecTranslations.filter((translation) => translation.contextId === record.id),
    },
    internalSubnets: {
      type: 'SoftLayer_Network_Subnet',
      get: (record, context) => subnetsOf(context.state, record.internalSubnetIds),
    },
    customerSubnets: {
      type: 'SoftLayer_Network_Customer_Subnet',
      get: (record, context) =>
        record.customerSubnetIds
          .map((id) => context.state.ipsecCustomerSubnets.get(id))
          .filter((subnet) => subnet !== undefined),
    },
    serviceSubnets: {
      type: 'SoftLayer_Network_Subnet',
      get: (record) => ipsecServiceSubnets().filter((subnet) => record.serviceSubnetIds.includes(subnet.id)),
    },
    allAvailableServiceSubnets: { type: 'SoftLayer_Network_Subnet', get: () => ipsecServiceSubnets() },
    staticRouteSubnets: {
      type: 'SoftLayer_Network_Subnet',
      get: (record, context) => subnetsOf(context.state, record.staticRouteSubnetIds),
    },
    datacenter: {
      type: 'SoftLayer_Location',
      get: (record) => locationView(datacenterById(record.datacenterId)),
    },
    billingItem: {
      type: 'SoftLayer_Billing_Item',
      get: (record, context) => billingItemView(ipsecBillingSubject(record), context),
    },
    transactionHistory: {
      type: 'SoftLayer_Provisioning_Version1_Transaction',
      get: (record) =>
        record.configurationRequests.map((at, index) => configurationTransaction(record, at, index)),
    },
  },
});

/** A configuration request of a context as a finished transaction (the emulator's network devices are instant). */
function configurationTransaction(
  record: IpsecContextRecord,
  at: number,
  index: number,
): Record<string, unknown> {
  return {
    id: record.id * 1000 + index + 1,
    createDate: formatApiDate(at),
    modifyDate: formatApiDate(at),
    statusChangeDate: formatApiDate(at),
    elapsedSeconds: 0,
    transactionStatus: { name: 'COMPLETE', friendlyName: 'Complete' },
    transactionGroup: { name: 'Network Tunnel Configuration' },
  };
}

/** `SoftLayer_Network_Tunnel_Module_Context_Address_Translation`: a NAT entry of a tunnel. */
export const ipsecTranslationModel: TypeModel<unknown> = defineModel<IpsecTranslationRecord>({
  type: 'SoftLayer_Network_Tunnel_Module_Context_Address_Translation',
  direct: ['id'],
  local(record) {
    return compact({
      id: record.id,
      customerIpAddress: record.customerIpAddress,
      customerIpAddressId: ipAddressId(record.customerIpAddress),
      internalIpAddress: record.internalIpAddress,
      internalIpAddressId: ipAddressId(record.internalIpAddress),
      networkTunnelContextId: record.contextId,
      notes: record.notes ?? '',
    });
  },
  relations: {
    customerIpAddressRecord: {
      type: 'SoftLayer_Network_Customer_Subnet_IpAddress',
      get: (record, context) => {
        const subnet = context.state.ipsecCustomerSubnets
          .all()
          .find((candidate) => remoteSubnetHolds(candidate, record.customerIpAddress));
        return compact({
          id: ipAddressId(record.customerIpAddress),
          ipAddress: record.customerIpAddress,
          subnetId: subnet?.id,
        });
      },
    },
    internalIpAddressRecord: {
      type: 'SoftLayer_Network_Subnet_IpAddress',
      get: (record, context) => ipAddressView(record.internalIpAddress, context.state),
    },
    networkTunnelContext: {
      type: 'SoftLayer_Network_Tunnel_Module_Context',
      get: (record, context) => context.state.ipsecContexts.get(record.contextId),
    },
  },
});

/** `SoftLayer_Network_Customer_Subnet`: a remote network of the customer. */
export const ipsecCustomerSubnetModel: TypeModel<unknown> = defineModel<IpsecCustomerSubnetRecord>({
  type: 'SoftLayer_Network_Customer_Subnet',
  direct: ['id'],
  local(record, context) {
    return {
      id: record.id,
      accountId: context.state.accountId,
      cidr: record.cidr,
      netmask: netmask(record.cidr),
      networkIdentifier: record.networkIdentifier,
      totalIpAddresses: 2 ** (32 - record.cidr),
    };
  },
  relations: {},
});
