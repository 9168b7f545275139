import { formatApiDate } from '../data/dates';
import { trackingIdOf } from '../data/metric-data';
import { addressAt, cidrNotation, macAddress, subnetsOf, vlansOf } from '../data/network';
import { BARE_METAL_PACKAGE_ID } from '../data/products';
import type { HardwareRecord } from '../data/records';
import { allowedHostView, volumesAllowing } from './allowed-host';
import { poolOfServer } from './bandwidth-allotment';
import { hardwareBillingItemId } from './billing-ids';
import {
  type BillingSubject,
  bandwidthAllotmentView,
  bandwidthUsageView,
  billingItemView,
  datacenterById,
  locationView,
  operatingSystemView,
  tagReferencesView,
  transactionView,
} from './shared-views';
import { compact, defineModel, type TypeModel, type ViewContext } from './type-model';

/** A server's drives: 2 TB in slots 0 and 1, plus what upgrades added or resized (`drives`). */
export function serverDrives(server: HardwareRecord): Array<{ slot: number; capacityGb: number }> {
  const slots = new Map<number, number>([
    [0, 2000],
    [1, 2000],
  ]);
  for (const [category, capacityGb] of Object.entries(server.drives ?? {})) {
    slots.set(Number(category.replace('disk', '')), capacityGb);
  }
  return [...slots].sort(([a], [b]) => a - b).map(([slot, capacityGb]) => ({ slot, capacityGb }));
}

export function hardwareBillingSubject(server: HardwareRecord): BillingSubject {
  return {
    billingItemId: hardwareBillingItemId(server.id),
    categoryCode: 'server',
    description: `Dual Intel Xeon, ${server.cores} cores`,
    hostName: server.hostname,
    domainName: server.domain,
    hourly: server.hourly,
    monthlyFee: server.cores * 25 + server.memoryGb * 2,
    createdAt: server.createdAt,
    datacenterId: server.datacenterId,
    orderId: 119_000_000 + (server.id % 100_000),
    presetKeyName: null,
    packageId: BARE_METAL_PACKAGE_ID,
    packageKeyName: 'BARE_METAL_SERVER',
    children: [
      { categoryCode: 'ram', description: `${server.memoryGb} GB RAM`, fee: server.memoryGb * 2 },
      ...serverDrives(server).map(({ slot, capacityGb }) => ({
        categoryCode: slot === 0 ? 'disk0' : `disk${slot}`,
        description: `${capacityGb / 1000} TB drive`,
        fee: Math.round(capacityGb * 0.015),
      })),
    ],
  };
}

function components(server: HardwareRecord): Record<string, unknown>[] {
  const subnets = subnetsOf(server.datacenterId);
  return (['private', 'public'] as const).map((space, port) => {
    const subnet = subnets[space];
    const id = server.id * 2 + port;
    return {
      id,
      hardwareId: server.id,
      name: 'eth',
      port,
      speed: space === 'public' ? server.publicSpeed : server.privateSpeed,
      maxSpeed: 10000,
      status: 'ACTIVE',
      macAddress: macAddress(id),
      primaryIpAddress: addressAt(subnet, server.ipIndex),
      ipmiMacAddress: macAddress(id + 7),
      ipmiIpAddress: space === 'private' ? addressAt(subnet, server.ipIndex + 1000) : undefined,
      primarySubnet: {
        id: subnet.id,
        netmask: subnet.netmask,
        broadcastAddress: subnet.broadcastAddress,
        networkIdentifier: subnet.networkIdentifier,
        gateway: subnet.gateway,
      },
    };
  });
}

/** The server's operating system with its root password and the credentials added to it since. */
function serverSoftware(server: HardwareRecord, context: ViewContext): Record<string, unknown> {
  const software = operatingSystemView(server.osCode, 'root', server.rootPassword);
  const added = context.state.softwareCredentials
    .filter((credential) => credential.hardwareId === server.id)
    .map(({ id, username, password, notes, softwareId }) =>
      compact({ id, username, password, notes, softwareId }),
    );
  return { ...software, hardwareId: server.id, passwords: [...(software.passwords as unknown[]), ...added] };
}

export const hardwareModel: TypeModel<unknown> = defineModel<HardwareRecord>({
  type: 'SoftLayer_Hardware',
  local(server, context) {
    return compact({
      accountId: context.state.accountId,
      bareMetalInstanceFlag: server.hourly ? 1 : 0,
      domain: server.domain,
      fullyQualifiedDomainName: `${server.hostname}.${server.domain}`,
      hardwareStatusId: 5,
      hostname: server.hostname,
      id: server.id,
      manufacturerSerialNumber: `SL${server.id}`,
      notes: server.notes,
      // A server still provisioning has no provision date yet.
      provisionDate: server.provisionedAt <= context.now ? formatApiDate(server.provisionedAt) : null,
      serialNumber: `SL01FT${server.id}`,
      serviceProviderId: 1,
    });
  },
  relations: {
    metricTrackingObject: {
      type: 'SoftLayer_Metric_Tracking_Object_HardwareServer',
      get: (server) => ({ id: trackingIdOf({ kind: 'hardware', id: server.id }) }),
    },
    virtualRack: {
      type: 'SoftLayer_Network_Bandwidth_Version1_Allotment',
      get: (server, context) => poolOfServer(context.state, server),
    },
    allowedHost: {
      type: 'SoftLayer_Network_Storage_Allowed_Host',
      get: (server, context) => {
        if (volumesAllowing(context.state, 'HARDWARE', server.id).length === 0) return undefined;
        const subnet = subnetsOf(server.datacenterId).private;
        return allowedHostView('HARDWARE', server.id, context.state, cidrNotation(subnet));
      },
    },
    allowedNetworkStorage: {
      type: 'SoftLayer_Network_Storage',
      get: (server, context) => volumesAllowing(context.state, 'HARDWARE', server.id),
    },
    activeTransaction: {
      type: 'SoftLayer_Provisioning_Version1_Transaction',
      get: (server, context) =>
        server.transaction && server.transaction.endsAt > context.now
          ? transactionView(server.transaction, server.id, context.now)
          : undefined,
    },
    lastOperatingSystemReload: {
      type: 'SoftLayer_Provisioning_Version1_Transaction',
      get: (server: HardwareRecord) =>
        server.lastReloadId === null ? undefined : { id: server.lastReloadId },
    },
    billingItem: {
      type: 'SoftLayer_Billing_Item_Hardware',
      get: (server, context) => billingItemView(hardwareBillingSubject(server), context),
    },
    datacenter: {
      type: 'SoftLayer_Location',
      get: (server) => locationView(datacenterById(server.datacenterId)),
    },
    globalIdentifier: { type: 'string', get: (server) => server.globalIdentifier },
    bandwidthAllotmentDetail: {
      type: 'SoftLayer_Network_Bandwidth_Version1_Allotment_Detail',
      get: (server) => bandwidthAllotmentView(server.id),
    },
    billingCycleBandwidthUsage: {
      type: 'SoftLayer_Network_Bandwidth_Usage',
      get: (server) => bandwidthUsageView(server.id),
    },
    openCancellationTicket: {
      type: 'SoftLayer_Ticket',
      get: (server, context) => {
        const ticketId = context.state.cancellations.get(hardwareBillingItemId(server.id))?.ticketId;
        return ticketId === undefined ? undefined : context.state.tickets.get(ticketId);
      },
    },
    deviceStatus: {
      type: 'SoftLayer_Device_Status',
      get: () => ({ id: 1, name: 'Running', statusKeyName: 'RUNNING' }),
    },
    hardwareStatus: { type: 'SoftLayer_Hardware_Status', get: () => ({ id: 5, status: 'ACTIVE' }) },
    hourlyBillingFlag: { type: 'boolean', get: (server) => server.hourly },
    isIpmiDisabled: { type: 'boolean', get: (server) => server.ipmiDisabled === true },
    memoryCapacity: { type: 'unsignedInt', get: (server) => server.memoryGb },
    processorPhysicalCoreAmount: { type: 'unsignedInt', get: (server) => server.cores },
    primaryIpAddress: {
      type: 'string',
      get: (server) => addressAt(subnetsOf(server.datacenterId).public, server.ipIndex),
    },
    primaryBackendIpAddress: {
      type: 'string',
      get: (server) => addressAt(subnetsOf(server.datacenterId).private, server.ipIndex),
    },
    networkManagementIpAddress: {
      type: 'string',
      get: (server) => addressAt(subnetsOf(server.datacenterId).private, server.ipIndex + 1000),
    },
    privateNetworkOnlyFlag: { type: 'boolean', get: () => false },
    networkComponents: { type: 'SoftLayer_Network_Component', get: components },
    frontendNetworkComponents: {
      type: 'SoftLayer_Network_Component',
      get: (server: HardwareRecord) => components(server).filter((component) => component.port === 1),
    },
    networkVlans: {
      type: 'SoftLayer_Network_Vlan',
      get: (server) => [vlansOf(server.datacenterId).public, vlansOf(server.datacenterId).private],
    },
    operatingSystem: {
      type: 'SoftLayer_Software_Component_OperatingSystem',
      get: (server, context) => serverSoftware(server, context),
    },
    softwareComponents: {
      type: 'SoftLayer_Software_Component',
      get: (server, context) => [serverSoftware(server, context)],
    },
    tagReferences: {
      type: 'SoftLayer_Tag_Reference',
      get: (server) => tagReferencesView(server.tags, server.id, 1),
    },
    userData: {
      type: 'SoftLayer_Hardware_Attribute',
      get: (server) => (server.userData === undefined ? [] : [{ value: server.userData }]),
    },
    activeComponents: { type: 'SoftLayer_Hardware_Component', get: () => [] },
    hardwareChassis: { type: 'SoftLayer_Hardware_Chassis', get: () => ({ id: 1, name: 'SuperMicro 1U' }) },
    lastTransaction: {
      type: 'SoftLayer_Provisioning_Version1_Transaction',
      get: (server) => ({ id: server.id + 5, transactionGroup: { name: 'Server Provision' } }),
    },
    monitoringServiceComponent: {
      type: 'SoftLayer_Network_Monitor_Version1_Query_Host_Stratum',
      get: () => undefined,
    },
    networkMonitors: { type: 'SoftLayer_Network_Monitor_Version1_Query_Host', get: () => [] },
    remoteManagementAccounts: {
      type: 'SoftLayer_Hardware_Component_RemoteManagement_User',
      get: (server) => [{ username: 'root', password: server.rootPassword.split('').reverse().join('') }],
    },
  },
});
