import { formatApiDate } from '../data/dates';
import { allVlans } from '../data/network';
import { accountSubnets } from '../data/ordered-subnets';
import { accountVlans } from '../data/ordered-vlans';
import { productCatalog } from '../data/products';
import type { OrderRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { bandwidthPools } from './bandwidth-allotment';
import { gatewayView } from './firewall';
import { hardwareBillingSubject } from './hardware';
import { activeLicenses } from './license';
import { storageBillingSubject } from './network-storage';
import { quoteView } from './quote';
import { billingItemView } from './shared-views';
import { isValidAt } from './ssl-certificate';
import { defineModel, type TypeModel, type ViewContext } from './type-model';
import { guestBillingSubject } from './virtual-guest';

function billingItems(context: ViewContext): Record<string, unknown>[] {
  const { state } = context;
  return [
    ...state.guests.all().map((guest) => billingItemView(guestBillingSubject(guest), context)),
    ...state.hardware.all().map((server) => billingItemView(hardwareBillingSubject(server), context)),
    ...state.storageVolumes.all().map((volume) => billingItemView(storageBillingSubject(volume), context)),
  ];
}

/** An order as `SoftLayer_Billing_Order` shows it. */
export function orderView(order: OrderRecord, state: EmulatorState): Record<string, unknown> {
  const user = state.users.get(order.userId);
  return {
    id: order.id,
    accountId: state.accountId,
    createDate: formatApiDate(order.createdAt),
    modifyDate: formatApiDate(order.createdAt),
    status: order.status,
    userRecordId: order.userId,
    orderTotalAmount: '0',
    initialInvoice: { id: order.id, invoiceTotalAmount: '0' },
    items: order.priceIds.map((priceId, index) => {
      const price = productCatalog().priceById.get(priceId);
      const item = productCatalog().itemById.get(price?.itemId ?? -1);
      return {
        id: order.id * 10 + index,
        itemPriceId: priceId,
        ...(item ? { description: item.description, categoryCode: item.categoryCode } : {}),
      };
    }),
    orderTopLevelItems: [],
    userRecord: user
      ? {
          id: user.id,
          username: user.username,
          displayName: `${user.firstName} ${user.lastName}`,
          userStatus: { id: 1001, keyName: 'ACTIVE', name: 'Active' },
        }
      : undefined,
  };
}

export const accountModel: TypeModel<unknown> = defineModel<EmulatorState>({
  type: 'SoftLayer_Account',
  local(state) {
    return {
      id: state.accountId,
      accountStatusId: 1001,
      address1: '14001 Dallas Parkway',
      allowedPptpVpnQuantity: 1,
      brandId: 2,
      city: 'Dallas',
      claimedTaxExemptTxFlag: false,
      companyName: state.companyName,
      country: 'US',
      createDate: '2019-03-01T09:00:00-06:00',
      email: state.users.all()[0]?.email ?? 'owner@example.com',
      firstName: state.users.all()[0]?.firstName ?? 'Ada',
      isReseller: 0,
      lastName: state.users.all()[0]?.lastName ?? 'Lovelace',
      lateFeeProtectionFlag: false,
      modifyDate: '2025-11-01T09:00:00-06:00',
      officePhone: '+1 214 555 0100',
      postalCode: '75254',
      state: 'TX',
    };
  },
  relations: {
    virtualGuests: { type: 'SoftLayer_Virtual_Guest', get: (state) => state.guests.all() },
    hourlyVirtualGuests: {
      type: 'SoftLayer_Virtual_Guest',
      get: (state) => state.guests.filter((g) => g.hourly),
    },
    monthlyVirtualGuests: {
      type: 'SoftLayer_Virtual_Guest',
      get: (state) => state.guests.filter((g) => !g.hourly),
    },
    hardware: { type: 'SoftLayer_Hardware', get: (state) => state.hardware.all() },
    bareMetalInstances: {
      type: 'SoftLayer_Hardware',
      get: (state) => state.hardware.filter((h) => h.hourly),
    },
    domains: { type: 'SoftLayer_Dns_Domain', get: (state) => state.domains.all() },
    sshKeys: { type: 'SoftLayer_Security_Ssh_Key', get: (state) => state.sshKeys.all() },
    tickets: { type: 'SoftLayer_Ticket', get: (state) => state.tickets.all() },
    openTickets: {
      type: 'SoftLayer_Ticket',
      get: (state) => state.tickets.filter((t) => t.statusId !== 1002),
    },
    closedTickets: {
      type: 'SoftLayer_Ticket',
      get: (state) => state.tickets.filter((t) => t.statusId === 1002),
    },
    users: { type: 'SoftLayer_User_Customer', get: (state) => state.users.all() },
    blockDeviceTemplateGroups: {
      type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group',
      get: (state) => state.images.filter((image) => image.accountId !== null),
    },
    privateBlockDeviceTemplateGroups: {
      type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group',
      get: (state) => state.images.filter((image) => image.accountId !== null),
    },
    publicBlockDeviceTemplateGroups: {
      type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group',
      get: (state) => state.images.filter((image) => image.accountId === null),
    },
    invoices: { type: 'SoftLayer_Billing_Invoice', get: (state) => state.invoices.all() },
    openInvoices: {
      type: 'SoftLayer_Billing_Invoice',
      get: (state) => state.invoices.filter((invoice) => invoice.statusCode === 'OPEN'),
    },
    pendingInvoice: {
      type: 'SoftLayer_Billing_Invoice',
      get: (state) => state.invoices.filter((invoice) => invoice.statusCode === 'OPEN').at(-1),
    },
    nextInvoiceTotalAmount: {
      type: 'decimal',
      get: (state) => {
        const guests = state.guests.all();
        let total = 0;
        for (const guest of guests) total += guest.maxCpu * 18 + (guest.maxMemory / 1024) * 10;
        return Math.round(total * 100) / 100;
      },
    },
    networkVlans: { type: 'SoftLayer_Network_Vlan', get: (state) => accountVlans(state) },
    networkGateways: {
      type: 'SoftLayer_Network_Gateway',
      get: (state, context) =>
        state.firewalls
          .filter((record) => record.kind === 'gateway')
          .map((record) => gatewayView(record, context)),
    },
    routers: {
      type: 'SoftLayer_Hardware_Router',
      get: () =>
        allVlans().map((vlan) => ({
          id: vlan.routerId,
          hostname: vlan.routerHostname,
          fullyQualifiedDomainName: `${vlan.routerHostname}.softlayer.com`,
          topLevelLocation: {
            id: vlan.datacenter.id,
            longName: vlan.datacenter.longName,
            name: vlan.datacenter.name,
          },
        })),
    },
    subnets: { type: 'SoftLayer_Network_Subnet', get: (state) => accountSubnets(state) },
    allTopLevelBillingItems: {
      type: 'SoftLayer_Billing_Item',
      get: (_state, context) => billingItems(context),
    },
    allBillingItems: { type: 'SoftLayer_Billing_Item', get: (_state, context) => billingItems(context) },
    activeQuotes: {
      type: 'SoftLayer_Billing_Order_Quote',
      get: (state, context) =>
        state.quotes.filter((quote) => quote.status !== 'ORDERED').map((quote) => quoteView(quote, context)),
    },
    networkStorage: { type: 'SoftLayer_Network_Storage', get: (state) => state.storageVolumes.all() },
    iscsiNetworkStorage: {
      type: 'SoftLayer_Network_Storage',
      get: (state) => state.storageVolumes.filter((volume) => volume.kind === 'block'),
    },
    nasNetworkStorage: {
      type: 'SoftLayer_Network_Storage',
      get: (state) => state.storageVolumes.filter((volume) => volume.kind === 'file'),
    },
    hubNetworkStorage: {
      // Listed as storage (`SoftLayer_Network_Storage_Hub`, masks name storage properties); the same rows are the
      // Cleversafe account service's objects.
      type: 'SoftLayer_Network_Storage_Hub',
      get: (state) => state.objectStorageAccounts.all(),
    },
    portableStorageVolumes: {
      type: 'SoftLayer_Virtual_Disk_Image',
      get: (_account, context) => context.state.portableDisks.all(),
    },
    dedicatedHosts: { type: 'SoftLayer_Virtual_DedicatedHost', get: (state) => state.dedicatedHosts.all() },
    placementGroups: {
      type: 'SoftLayer_Virtual_PlacementGroup',
      get: (state) => state.placementGroups.all(),
    },
    scaleGroups: { type: 'SoftLayer_Scale_Group', get: (state) => state.scaleGroups.all() },
    reservedCapacityGroups: {
      type: 'SoftLayer_Virtual_ReservedCapacityGroup',
      get: (state) => state.reservedCapacityGroups.all(),
    },
    networkTunnelContexts: {
      type: 'SoftLayer_Network_Tunnel_Module_Context',
      get: (state) => state.ipsecContexts.all(),
    },
    securityCertificates: {
      type: 'SoftLayer_Security_Certificate',
      get: (state) => state.sslCertificates.all(),
    },
    validSecurityCertificates: {
      type: 'SoftLayer_Security_Certificate',
      get: (state, context) => state.sslCertificates.filter((record) => isValidAt(record, context.now)),
    },
    expiredSecurityCertificates: {
      type: 'SoftLayer_Security_Certificate',
      get: (state, context) => state.sslCertificates.filter((record) => !isValidAt(record, context.now)),
    },
    globalIpRecords: {
      type: 'SoftLayer_Network_Subnet_IpAddress_Global',
      get: (state) => state.orderedSubnets.filter((subnet) => subnet.kind === 'global'),
    },
    securityGroups: { type: 'SoftLayer_Network_SecurityGroup', get: (state) => state.securityGroups.all() },
    applicationDeliveryControllers: {
      type: 'SoftLayer_Network_Application_Delivery_Controller',
      get: (state) => state.netscalers.all(),
    },
    virtualDedicatedRacks: {
      type: 'SoftLayer_Network_Bandwidth_Version1_Allotment',
      get: (state) => bandwidthPools(state),
    },
    bandwidthAllotments: {
      type: 'SoftLayer_Network_Bandwidth_Version1_Allotment',
      get: (state) => bandwidthPools(state),
    },
    activeVirtualLicenses: {
      type: 'SoftLayer_Software_VirtualLicense',
      get: (_state, context) => activeLicenses('virtual', context),
    },
    activeAccountLicenses: {
      type: 'SoftLayer_Software_AccountLicense',
      get: (_state, context) => activeLicenses('account', context),
    },
    networkMessageDeliveryAccounts: {
      type: 'SoftLayer_Network_Message_Delivery_Email_Sendgrid',
      get: (state) => state.messageDeliveryAccounts.all(),
    },
    orders: {
      type: 'SoftLayer_Billing_Order',
      get: (state) => state.orders.all().map((order) => orderView(order, state)),
    },
  },
});
