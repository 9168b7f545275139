import { formatApiDate } from '../data/dates';
import { trackingIdOf } from '../data/metric-data';
import { addressAt, cidrNotation, subnetsOf, vlansOf } from '../data/network';
import { VIRTUAL_PACKAGE_ID } from '../data/products';
import { settleTransaction } from '../data/provisioning';
import type { GuestRecord } from '../data/records';
import { allowedHostView, volumesAllowing } from './allowed-host';
import { poolOfServer } from './bandwidth-allotment';
import { guestBillingItemId } from './billing-ids';
import { guestComponents } from './guest-network-component';
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

const POWER_STATES = {
  RUNNING: { keyName: 'RUNNING', name: 'Running' },
  HALTED: { keyName: 'HALTED', name: 'Halted' },
  PAUSED: { keyName: 'PAUSED', name: 'Paused' },
} as const;

function settled(guest: GuestRecord, context: ViewContext): GuestRecord {
  settleTransaction(guest, context.now);
  return guest;
}

function billingSubject(guest: GuestRecord): BillingSubject {
  const datacenter = datacenterById(guest.datacenterId);
  return {
    billingItemId: guestBillingItemId(guest.id),
    categoryCode: 'guest_core',
    description: `${guest.maxCpu} x 2.0 GHz or higher Cores`,
    hostName: guest.hostname,
    domainName: guest.domain,
    hourly: guest.hourly,
    monthlyFee: guest.maxCpu * 18 + (guest.maxMemory / 1024) * 10,
    createdAt: guest.createdAt,
    datacenterId: datacenter.id,
    orderId: guest.orderId,
    presetKeyName: guest.presetKeyName,
    packageId: VIRTUAL_PACKAGE_ID,
    packageKeyName: 'PUBLIC_CLOUD_SERVER',
    children: [
      {
        categoryCode: 'ram',
        description: `${guest.maxMemory / 1024} GB`,
        fee: (guest.maxMemory / 1024) * 10,
      },
      { categoryCode: 'os', description: guest.osCode, fee: 0 },
      { categoryCode: 'guest_disk0', description: '25 GB (SAN)', fee: 0 },
      {
        categoryCode: 'port_speed',
        description: `${guest.publicSpeed} Mbps Public & Private Network Uplinks`,
        fee: 0,
      },
    ],
  };
}

export { billingSubject as guestBillingSubject };

export const virtualGuestModel: TypeModel<unknown> = defineModel<GuestRecord>({
  type: 'SoftLayer_Virtual_Guest',
  direct: ['id', 'hostname', 'domain', 'maxCpu', 'maxMemory'],
  local(guest, context) {
    settled(guest, context);
    return compact({
      accountId: context.state.accountId,
      createDate: formatApiDate(guest.createdAt),
      dedicatedAccountHostOnlyFlag: guest.dedicated,
      domain: guest.domain,
      fullyQualifiedDomainName: `${guest.hostname}.${guest.domain}`,
      hostname: guest.hostname,
      id: guest.id,
      lastPowerStateId: null,
      lastVerifiedDate: null,
      maxCpu: guest.maxCpu,
      maxCpuUnits: 'CORE',
      maxMemory: guest.maxMemory,
      metricPollDate: null,
      modifyDate: formatApiDate(guest.modifiedAt),
      notes: guest.notes,
      placementGroupId: guest.placementGroupId,
      postInstallScriptUri: guest.postInstallScriptUri,
      provisionDate: guest.provisionedAt === null ? null : formatApiDate(guest.provisionedAt),
      startCpus: guest.maxCpu,
      statusId: 1001,
      typeId: 1,
      uuid: guest.uuid,
    });
  },
  relations: {
    metricTrackingObjectId: {
      type: 'int',
      get: (guest: GuestRecord) => trackingIdOf({ kind: 'guest', id: guest.id }),
    },
    virtualRack: {
      type: 'SoftLayer_Network_Bandwidth_Version1_Allotment',
      get: (guest: GuestRecord, context) => poolOfServer(context.state, guest),
    },
    account: { type: 'SoftLayer_Account', get: (_guest, context) => context.state },
    allowedHost: {
      type: 'SoftLayer_Network_Storage_Allowed_Host',
      get: (guest: GuestRecord, context) => {
        if (volumesAllowing(context.state, 'VIRTUAL_GUEST', guest.id).length === 0) return undefined;
        const subnet = subnetsOf(guest.datacenterId).private;
        return allowedHostView('VIRTUAL_GUEST', guest.id, context.state, cidrNotation(subnet));
      },
    },
    allowedNetworkStorage: {
      type: 'SoftLayer_Network_Storage',
      get: (guest: GuestRecord, context) => volumesAllowing(context.state, 'VIRTUAL_GUEST', guest.id),
    },
    activeTransaction: {
      type: 'SoftLayer_Provisioning_Version1_Transaction',
      get: (guest: GuestRecord, context) => {
        const transaction = settled(guest, context).transaction;
        return transaction ? transactionView(transaction, guest.id, context.now) : undefined;
      },
    },
    activeTransactions: {
      type: 'SoftLayer_Provisioning_Version1_Transaction',
      get: (guest: GuestRecord, context) => {
        const transaction = settled(guest, context).transaction;
        return transaction ? [transactionView(transaction, guest.id, context.now)] : [];
      },
    },
    lastTransaction: {
      type: 'SoftLayer_Provisioning_Version1_Transaction',
      get: (guest: GuestRecord, context) => {
        const transaction = settled(guest, context).transaction;
        if (transaction) return transactionView(transaction, guest.id, context.now);
        return {
          id: guest.id + 1,
          createDate: formatApiDate(guest.provisionedAt ?? guest.createdAt),
          modifyDate: formatApiDate(guest.provisionedAt ?? guest.createdAt),
          elapsedSeconds: 0,
          guestId: guest.id,
          transactionGroup: { name: 'Cloud Instance Provision' },
          transactionStatus: { name: 'COMPLETE', friendlyName: 'Complete' },
        };
      },
    },
    lastOperatingSystemReload: {
      type: 'SoftLayer_Provisioning_Version1_Transaction',
      get: (guest: GuestRecord) => (guest.lastReloadId === null ? undefined : { id: guest.lastReloadId }),
    },
    billingItem: {
      type: 'SoftLayer_Billing_Item_Virtual_Guest',
      get: (guest: GuestRecord, context) => billingItemView(billingSubject(guest), context),
    },
    blockDeviceTemplateGroup: {
      type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group',
      get: (guest: GuestRecord, context) =>
        guest.imageTemplateId === null ? undefined : context.state.images.get(guest.imageTemplateId),
    },
    blockDevices: {
      type: 'SoftLayer_Virtual_Guest_Block_Device',
      get: (guest: GuestRecord) => [
        {
          id: guest.id * 4,
          device: '0',
          mountType: 'Disk',
          bootableFlag: 1,
          guestId: guest.id,
          uuid: `${guest.uuid.slice(0, 24)}00000000disk`,
          diskImage: {
            id: guest.id * 4 + 1,
            capacity: 25,
            units: 'GB',
            metadataFlag: false,
            type: { keyName: 'SYSTEM' },
          },
        },
        {
          id: guest.id * 4 + 2,
          device: '1',
          mountType: 'Disk',
          bootableFlag: 0,
          guestId: guest.id,
          uuid: `${guest.uuid.slice(0, 24)}00000000swap`,
          diskImage: {
            id: guest.id * 4 + 3,
            capacity: 2,
            units: 'GB',
            metadataFlag: false,
            type: { keyName: 'SWAP' },
          },
        },
      ],
    },
    datacenter: {
      type: 'SoftLayer_Location',
      get: (guest: GuestRecord) => locationView(datacenterById(guest.datacenterId)),
    },
    location: {
      type: 'SoftLayer_Location',
      get: (guest: GuestRecord) => locationView(datacenterById(guest.datacenterId)),
    },
    globalIdentifier: { type: 'string', get: (guest: GuestRecord) => guest.globalIdentifier },
    hourlyBillingFlag: { type: 'boolean', get: (guest: GuestRecord) => guest.hourly },
    localDiskFlag: { type: 'boolean', get: (guest: GuestRecord) => guest.localDisk },
    privateNetworkOnlyFlag: { type: 'boolean', get: (guest: GuestRecord) => guest.privateNetworkOnly },
    transientGuestFlag: { type: 'boolean', get: () => false },
    dedicatedHost: { type: 'SoftLayer_Virtual_DedicatedHost', get: () => undefined },
    lastKnownPowerState: {
      type: 'SoftLayer_Virtual_Guest_Power_State',
      get: (guest: GuestRecord, context) => POWER_STATES[settled(guest, context).powerState],
    },
    powerState: {
      type: 'SoftLayer_Virtual_Guest_Power_State',
      get: (guest: GuestRecord, context) => POWER_STATES[settled(guest, context).powerState],
    },
    status: { type: 'SoftLayer_Virtual_Guest_Status', get: () => ({ keyName: 'ACTIVE', name: 'Active' }) },
    deviceStatus: {
      type: 'SoftLayer_Device_Status',
      get: (guest: GuestRecord, context) =>
        settled(guest, context).powerState === 'RUNNING'
          ? { id: 1, name: 'Running', statusKeyName: 'RUNNING' }
          : { id: 2, name: 'Stopped', statusKeyName: 'STOPPED' },
    },
    type: { type: 'SoftLayer_Virtual_Guest_Type', get: () => ({ keyName: 'PUBLIC', name: 'Public' }) },
    networkComponents: {
      type: 'SoftLayer_Virtual_Guest_Network_Component',
      get: (guest: GuestRecord) => guestComponents(guest),
    },
    frontendNetworkComponents: {
      type: 'SoftLayer_Virtual_Guest_Network_Component',
      get: (guest: GuestRecord) => guestComponents(guest).filter((component) => component.port === 1),
    },
    backendNetworkComponents: {
      type: 'SoftLayer_Virtual_Guest_Network_Component',
      get: (guest: GuestRecord) => guestComponents(guest).filter((component) => component.port === 0),
    },
    primaryNetworkComponent: {
      type: 'SoftLayer_Virtual_Guest_Network_Component',
      get: (guest: GuestRecord) => guestComponents(guest).find((component) => component.port === 1),
    },
    primaryBackendNetworkComponent: {
      type: 'SoftLayer_Virtual_Guest_Network_Component',
      get: (guest: GuestRecord) => guestComponents(guest)[0],
    },
    networkVlans: {
      type: 'SoftLayer_Network_Vlan',
      get: (guest: GuestRecord) => {
        const vlans = vlansOf(guest.datacenterId);
        return guest.privateNetworkOnly ? [vlans.private] : [vlans.public, vlans.private];
      },
    },
    primaryIpAddress: {
      type: 'string',
      get: (guest: GuestRecord) =>
        guest.privateNetworkOnly ? undefined : addressAt(subnetsOf(guest.datacenterId).public, guest.ipIndex),
    },
    primaryBackendIpAddress: {
      type: 'string',
      get: (guest: GuestRecord) => addressAt(subnetsOf(guest.datacenterId).private, guest.ipIndex),
    },
    operatingSystem: {
      type: 'SoftLayer_Software_Component_OperatingSystem',
      get: (guest: GuestRecord) => operatingSystemView(guest.osCode, 'root', guest.rootPassword),
    },
    operatingSystemReferenceCode: { type: 'string', get: (guest: GuestRecord) => guest.osCode },
    softwareComponents: {
      type: 'SoftLayer_Software_Component',
      get: (guest: GuestRecord) => [operatingSystemView(guest.osCode, 'root', guest.rootPassword)],
    },
    sshKeys: {
      type: 'SoftLayer_Security_Ssh_Key',
      get: (guest: GuestRecord, context) =>
        guest.sshKeyIds.map((id) => context.state.sshKeys.get(id)).filter((key) => key !== undefined),
    },
    tagReferences: {
      type: 'SoftLayer_Tag_Reference',
      get: (guest: GuestRecord) => tagReferencesView(guest.tags, guest.id, 2),
    },
    userData: {
      type: 'SoftLayer_Virtual_Guest_Attribute',
      get: (guest: GuestRecord) => (guest.userData === undefined ? [] : [{ value: guest.userData }]),
    },
    monitoringServiceComponent: {
      type: 'SoftLayer_Network_Monitor_Version1_Query_Host_Stratum',
      get: () => undefined,
    },
    networkMonitors: { type: 'SoftLayer_Network_Monitor_Version1_Query_Host', get: () => [] },
    placementGroup: { type: 'SoftLayer_Virtual_PlacementGroup', get: () => undefined },
    bandwidthAllotmentDetail: {
      type: 'SoftLayer_Network_Bandwidth_Version1_Allotment_Detail',
      get: (guest: GuestRecord) => bandwidthAllotmentView(guest.id),
    },
    billingCycleBandwidthUsage: {
      type: 'SoftLayer_Network_Bandwidth_Usage',
      get: (guest: GuestRecord) => bandwidthUsageView(guest.id),
    },
    users: {
      type: 'SoftLayer_User_Customer',
      get: (guest: GuestRecord, context) =>
        [context.state.users.get(guest.ownerUserId)].filter((user) => user),
    },
  },
});
