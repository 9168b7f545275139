import { DATACENTERS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import { addressAt, allSubnets, type SubnetView, subnetsOf } from '../data/network';
import { transactionStep } from '../data/provisioning';
import type {
  SnapshotScheduleRecord,
  StorageSnapshotRecord,
  StorageVolumeRecord,
  TransactionRecord,
} from '../data/records';
import type { EmulatorState } from '../data/state';
import {
  DAYS_OF_WEEK,
  enduranceTier,
  ISCSI_OS_TYPES,
  SNAPSHOT_SCHEDULE_TYPES,
  STORAGE_PACKAGE,
  STORAGE_SERVICE_RESOURCE_TYPE,
  STORAGE_TYPES,
  storageTypeKey,
} from '../data/storage-catalog';
import { storageBillingItemId } from './billing-ids';
import { ipAddressView } from './ip-address';
import { replicationScheduleOf } from './replication-schedule';
import { type BillingSubject, billingItemView, datacenterById } from './shared-views';
import { compact, defineModel, type Relation, type TypeModel, type ViewContext } from './type-model';

/** A stored `SoftLayer_Network_Storage`: a volume or one of its snapshots. */
export type StorageRow = StorageVolumeRecord | StorageSnapshotRecord;

const GIB = 1024 ** 3;

export function isSnapshot(row: StorageRow): row is StorageSnapshotRecord {
  return 'volumeId' in row;
}

/** The volume itself, or the volume a snapshot belongs to (undefined once that volume is gone). */
export function volumeOf(row: StorageRow, state: EmulatorState): StorageVolumeRecord | undefined {
  return isSnapshot(row) ? state.storageVolumes.get(row.volumeId) : row;
}

export function snapshotsOf(volume: StorageVolumeRecord, state: EmulatorState): StorageSnapshotRecord[] {
  return state.storageSnapshots.filter((snapshot) => snapshot.volumeId === volume.id);
}

/** The id of a volume's schedule of a type (stable: one schedule per type and volume). */
export function scheduleId(volume: StorageVolumeRecord, type: SnapshotScheduleRecord['type']): number {
  return volume.id * 10 + SNAPSHOT_SCHEDULE_TYPES.indexOf(type) + 1;
}

/** Host name of the NFS server of a file volume, or the iSCSI target address of a block volume. */
export function storageTarget(volume: StorageVolumeRecord): string {
  const datacenter = datacenterById(volume.datacenterId);
  if (volume.kind === 'file') {
    return `fsf-${datacenter.name}0${volume.clusterIndex}a-fz.adn.networklayer.com`;
  }
  return addressAt(subnetsOf(volume.datacenterId).private, 50_000 + volume.clusterIndex * 2);
}

function serviceResourceName(volume: StorageVolumeRecord): string {
  const datacenter = datacenterById(volume.datacenterId);
  const prefix = volume.kind === 'block' ? 'stb' : 'stf';
  return `Storage Type 02 Aggregate ${prefix}${datacenter.name}0${volume.clusterIndex}a_pc01`;
}

function serviceResourceView(volume: StorageVolumeRecord): Record<string, unknown> {
  const datacenter = datacenterById(volume.datacenterId);
  const index = DATACENTERS.indexOf(datacenter);
  return {
    id: 1_700_000 + index * 10 + volume.clusterIndex * 2 + (volume.kind === 'block' ? 0 : 1),
    name: serviceResourceName(volume),
    backendIpAddress: storageTarget(volume),
    type: { type: STORAGE_SERVICE_RESOURCE_TYPE },
    datacenter: { id: datacenter.id, name: datacenter.name, longName: datacenter.longName },
  };
}

function storageTypeView(volume: StorageVolumeRecord): Record<string, unknown> {
  const type = STORAGE_TYPES[storageTypeKey(volume)];
  return { id: type?.id, keyName: type?.keyName, description: type?.description };
}

function transactionView(transaction: TransactionRecord, now: number): Record<string, unknown> {
  const step = transactionStep(transaction, now);
  return {
    id: transaction.id,
    createDate: formatApiDate(transaction.startedAt),
    elapsedSeconds: Math.max(0, Math.floor((now - transaction.startedAt) / 1000)),
    modifyDate: formatApiDate(now),
    statusChangeDate: formatApiDate(transaction.startedAt),
    transactionGroup: { name: transaction.groupName },
    transactionStatus: { name: step.name, friendlyName: step.friendlyName },
  };
}

function scheduleProperty(
  schedule: SnapshotScheduleRecord,
  id: number,
  keyname: string,
  value: string,
): Record<string, unknown> {
  return {
    id,
    createDate: formatApiDate(schedule.createdAt),
    modifyDate: formatApiDate(schedule.createdAt),
    value,
    type: { keyname, name: keyname.toLowerCase().replaceAll('_', ' ') },
  };
}

/** A `SoftLayer_Network_Storage_Schedule` with its properties (`-1` is the API's "every"). */
export function scheduleView(
  volume: StorageVolumeRecord,
  schedule: SnapshotScheduleRecord,
): Record<string, unknown> {
  const id = scheduleId(volume, schedule.type);
  const hourly = schedule.type === 'HOURLY' || schedule.type === 'INTERVAL';
  const values: Record<string, string> = {
    MINUTE: String(schedule.minute),
    HOUR: hourly ? '-1' : String(schedule.hour),
    DAY: '-1',
    DAY_OF_WEEK: schedule.type === 'WEEKLY' ? String(DAYS_OF_WEEK.indexOf(schedule.dayOfWeek)) : '-1',
    DAY_OF_MONTH: '-1',
    MONTH_OF_YEAR: '-1',
    SNAPSHOT_LIMIT: String(schedule.retentionCount),
  };
  return {
    id,
    active: schedule.active ? 1 : 0,
    createDate: formatApiDate(schedule.createdAt),
    modifyDate: formatApiDate(schedule.createdAt),
    name: `${volume.username}_SNAPSHOT_${schedule.type}`,
    typeId: SNAPSHOT_SCHEDULE_TYPES.indexOf(schedule.type) + 1,
    volumeId: volume.id,
    type: {
      id: SNAPSHOT_SCHEDULE_TYPES.indexOf(schedule.type) + 1,
      keyname: `SNAPSHOT_${schedule.type}`,
      name: `Snapshot ${schedule.type.charAt(0)}${schedule.type.slice(1).toLowerCase()}`,
    },
    minute: values.MINUTE,
    hour: values.HOUR,
    dayOfWeek: values.DAY_OF_WEEK,
    retentionCount: values.SNAPSHOT_LIMIT,
    properties: Object.entries(values).map(([keyname, value], index) =>
      scheduleProperty(schedule, id * 10 + index, keyname, value),
    ),
  };
}

/** What a volume costs each month, item by item, as its billing item's children show. */
export function storageBillingSubject(volume: StorageVolumeRecord): BillingSubject {
  const tier = enduranceTier(volume.tierLevel);
  const pricePerGb = tier?.pricePerGb ?? 0.1;
  const children: BillingSubject['children'] = [
    {
      categoryCode: volume.kind === 'block' ? 'storage_block' : 'storage_file',
      description: volume.kind === 'block' ? 'Block Storage' : 'File Storage',
      fee: 0,
    },
    {
      categoryCode: 'performance_storage_space',
      description: `${volume.capacityGb} GBs`,
      fee: Math.round(volume.capacityGb * pricePerGb * 100) / 100,
    },
    tier
      ? { categoryCode: 'storage_tier_level', description: `${tier.iopsPerGb} IOPS per GB`, fee: 0 }
      : {
          categoryCode: 'performance_storage_iops',
          description: `${volume.provisionedIops} IOPS`,
          fee: Math.round(volume.provisionedIops * 0.07 * 100) / 100,
        },
  ];
  if (volume.snapshotCapacityGb > 0) {
    children.push({
      categoryCode: 'storage_snapshot_space',
      description: `${volume.snapshotCapacityGb} GB Storage Space`,
      fee: Math.round(volume.snapshotCapacityGb * pricePerGb * 100) / 100,
    });
  }
  const offering = volume.offering === 'ENDURANCE' ? 'Endurance' : 'Performance';
  return {
    billingItemId: storageBillingItemId(volume.id),
    categoryCode: 'storage_as_a_service',
    description: `${offering} ${volume.kind === 'block' ? 'Block' : 'File'} Storage`,
    hourly: volume.hourly,
    monthlyFee: Math.round(children.reduce((sum, child) => sum + child.fee, 0) * 100) / 100,
    createdAt: volume.createdAt,
    datacenterId: volume.datacenterId,
    orderId: volume.orderId,
    presetKeyName: null,
    packageId: STORAGE_PACKAGE.id,
    packageKeyName: STORAGE_PACKAGE.keyName,
    children,
  };
}

/** A relation that only volumes have (snapshots answer nothing). */
function ofVolume<T>(
  get: (volume: StorageVolumeRecord, context: ViewContext) => T,
  type: string,
): Relation<StorageRow> {
  return {
    type,
    get: (row, context) => (isSnapshot(row) ? undefined : get(row, context)),
  };
}

/** A to-many relation that only volumes have (snapshots answer an empty list). */
function listOfVolume(
  get: (volume: StorageVolumeRecord, context: ViewContext) => unknown[],
  type: string,
): Relation<StorageRow> {
  return { type, get: (row, context) => (isSnapshot(row) ? [] : get(row, context)) };
}

/** A relation of the volume a row belongs to: a volume's own, a snapshot's parent's. */
function ofParent<T>(
  get: (volume: StorageVolumeRecord, context: ViewContext) => T,
  type: string,
): Relation<StorageRow> {
  return {
    type,
    get: (row, context) => {
      const volume = volumeOf(row, context.state);
      return volume ? get(volume, context) : undefined;
    },
  };
}

function snapshotBytes(volume: StorageVolumeRecord, state: EmulatorState): number {
  return snapshotsOf(volume, state).reduce((sum, snapshot) => sum + snapshot.sizeBytes, 0);
}

/** The replicas of a primary volume, or a replica's primary. */
export function replicationPartnersOf(
  volume: StorageVolumeRecord,
  state: EmulatorState,
): StorageVolumeRecord[] {
  if (volume.replicaOfId !== undefined) {
    const primary = state.storageVolumes.get(volume.replicaOfId);
    return primary ? [primary] : [];
  }
  return state.storageVolumes.all().filter((each) => each.replicaOfId === volume.id);
}

/**
 * `replicationStatus` of a volume with replication partners: provisioned, or failed over (the primary names the
 * replica now active, the replica the primary it took over from).
 */
export function replicationStatusOf(volume: StorageVolumeRecord, state: EmulatorState): string | undefined {
  const partners = replicationPartnersOf(volume, state);
  if (partners.length === 0) return undefined;
  if (volume.failover) {
    const replicant = state.storageVolumes.get(volume.failover.replicantId);
    const name = replicant?.username ?? String(volume.failover.replicantId);
    return volume.failover.disaster
      ? `Disaster recovery failover to ${name} has completed. Open a support ticket to fail back.`
      : `Failover to ${name} has completed; ${name} is the active volume.`;
  }
  const primary = volume.replicaOfId === undefined ? undefined : partners[0];
  if (primary?.failover?.replicantId === volume.id) {
    return `Failover from ${primary.username} has completed; this replicant is the active volume.`;
  }
  return 'Replicant Volume Provisioning has completed.';
}

/** The volume a duplicate was made from. */
function duplicateOrigin(volume: StorageVolumeRecord, state: EmulatorState): StorageVolumeRecord | undefined {
  return volume.duplicateOf ? state.storageVolumes.get(volume.duplicateOf.volumeId) : undefined;
}

const none = (type: string): Relation<StorageRow> => ({ type, get: () => undefined });
const empty = (type: string): Relation<StorageRow> => ({ type, get: () => [] });

const STORAGE = 'SoftLayer_Network_Storage';

export const networkStorageModel: TypeModel<unknown> = defineModel<StorageRow>({
  type: STORAGE,
  direct: ['id', 'username'],
  local(row, context) {
    const volume = volumeOf(row, context.state);
    const type = volume ? STORAGE_TYPES[storageTypeKey(volume)] : undefined;
    if (isSnapshot(row)) {
      return compact({
        accountId: context.state.accountId,
        capacityGb: volume?.capacityGb,
        createDate: formatApiDate(row.createdAt),
        id: row.id,
        nasType: 'SNAPSHOT',
        notes: row.notes,
        serviceProviderId: 1,
        storageTypeId: type ? String(type.id) : undefined,
        upgradableFlag: false,
        username: row.username,
      });
    }
    return compact({
      accountId: context.state.accountId,
      capacityGb: row.capacityGb,
      createDate: formatApiDate(row.createdAt),
      id: row.id,
      nasType: row.kind === 'block' ? 'ISCSI' : 'NAS',
      notes: row.notes,
      password: row.password,
      serviceProviderId: 1,
      storageTypeId: type ? String(type.id) : undefined,
      upgradableFlag: true,
      username: row.username,
    });
  },
  relations: {
    account: { type: 'SoftLayer_Account', get: (_row, context) => context.state },
    activeTransactions: listOfVolume(
      (volume, context) =>
        volume.transaction && volume.transaction.endsAt > context.now
          ? [transactionView(volume.transaction, context.now)]
          : [],
      'SoftLayer_Provisioning_Version1_Transaction',
    ),
    allowedVirtualGuests: listOfVolume(
      (volume, context) => volume.allowedGuestIds.flatMap((id) => context.state.guests.get(id) ?? []),
      'SoftLayer_Virtual_Guest',
    ),
    allowedHardware: listOfVolume(
      (volume, context) => volume.allowedHardwareIds.flatMap((id) => context.state.hardware.get(id) ?? []),
      'SoftLayer_Hardware',
    ),
    allowedIpAddresses: listOfVolume(
      (volume, context) => volume.allowedIpAddresses.map((address) => ipAddressView(address, context.state)),
      'SoftLayer_Network_Subnet_IpAddress',
    ),
    allowedSubnets: listOfVolume(
      (volume) => volume.allowedSubnetIds.flatMap((id) => subnetById(id) ?? []),
      'SoftLayer_Network_Subnet',
    ),
    allowedReplicationVirtualGuests: empty('SoftLayer_Virtual_Guest'),
    allowedReplicationHardware: empty('SoftLayer_Hardware'),
    allowedReplicationIpAddresses: empty('SoftLayer_Network_Subnet_IpAddress'),
    allowedReplicationSubnets: empty('SoftLayer_Network_Subnet'),
    billingItem: ofVolume(
      (volume, context) => billingItemView(storageBillingSubject(volume), context),
      'SoftLayer_Billing_Item_Network_Storage',
    ),
    billingItemCategory: ofVolume(
      () => ({ id: 759, categoryCode: 'storage_as_a_service', name: 'Storage As A Service' }),
      'SoftLayer_Product_Item_Category',
    ),
    bytesUsed: ofVolume((volume) => String(volume.bytesUsed), 'string'),
    creationScheduleId: {
      type: 'string',
      get: (row, context) => {
        if (!isSnapshot(row) || row.scheduleType === null) return undefined;
        const volume = volumeOf(row, context.state);
        return volume ? String(scheduleId(volume, row.scheduleType)) : undefined;
      },
    },
    credentials: empty('SoftLayer_Network_Storage_Credential'),
    dependentDuplicates: listOfVolume(
      (volume, context) =>
        context.state.storageVolumes
          .all()
          .filter((each) => each.duplicateOf?.volumeId === volume.id && each.duplicateOf.dependent),
      STORAGE,
    ),
    events: empty('SoftLayer_Network_Storage_Event'),
    fileNetworkMountAddress: ofVolume(
      (volume) =>
        volume.kind === 'file' ? `${storageTarget(volume)}:/${volume.username}/data01` : undefined,
      'string',
    ),
    hasEncryptionAtRest: ofParent(() => true, 'boolean'),
    intervalSchedule: ofVolume(
      (volume) => schedule(volume, 'INTERVAL'),
      'SoftLayer_Network_Storage_Schedule',
    ),
    hourlySchedule: ofVolume((volume) => schedule(volume, 'HOURLY'), 'SoftLayer_Network_Storage_Schedule'),
    dailySchedule: ofVolume((volume) => schedule(volume, 'DAILY'), 'SoftLayer_Network_Storage_Schedule'),
    weeklySchedule: ofVolume((volume) => schedule(volume, 'WEEKLY'), 'SoftLayer_Network_Storage_Schedule'),
    iops: ofVolume((volume) => String(volume.provisionedIops), 'string'),
    isInDedicatedServiceResource: ofParent(() => false, 'boolean'),
    isMagneticStorage: ofParent(() => 'false', 'string'),
    isReadyForSnapshot: ofVolume(() => true, 'boolean'),
    isReadyToMount: ofVolume(() => true, 'boolean'),
    iscsiLuns: empty(STORAGE),
    iscsiTargetIpAddresses: listOfVolume(
      (volume) =>
        volume.kind === 'block'
          ? [
              storageTarget(volume),
              addressAt(subnetsOf(volume.datacenterId).private, 50_001 + volume.clusterIndex * 2),
            ]
          : [],
      'string',
    ),
    lunId: ofVolume((volume) => (volume.lunId === null ? undefined : String(volume.lunId)), 'string'),
    manualSnapshots: listOfVolume(
      (volume, context) =>
        snapshotsOf(volume, context.state).filter((snapshot) => snapshot.scheduleType === null),
      STORAGE,
    ),
    mountableFlag: ofVolume(() => '1', 'string'),
    mountPath: ofVolume(
      (volume) => (volume.kind === 'file' ? `/${volume.username}/data01` : undefined),
      'string',
    ),
    notificationSubscribers: empty('SoftLayer_Notification_User_Subscriber'),
    osType: ofVolume((volume) => osTypeView(volume), 'SoftLayer_Network_Storage_Iscsi_OS_Type'),
    osTypeId: ofVolume((volume) => {
      const os = osTypeView(volume);
      return os ? String(os.id) : undefined;
    }, 'string'),
    // A volume's snapshots are measured on the volume that holds its LUN or share: the volume itself here.
    parentVolume: { type: STORAGE, get: (row, context) => volumeOf(row, context.state) },
    partnerships: empty('SoftLayer_Network_Storage_Partnership'),
    parentPartnerships: empty('SoftLayer_Network_Storage_Partnership'),
    permissionsGroups: empty('SoftLayer_Network_Storage_Group'),
    properties: listOfVolume(
      (volume) =>
        volume.lunId === null
          ? []
          : [
              {
                createDate: formatApiDate(volume.createdAt),
                modifyDate: formatApiDate(volume.createdAt),
                value: String(volume.lunId),
                volumeId: volume.id,
                type: { keyname: 'LUN_ID', name: 'LUN ID', description: 'The LUN id of the volume' },
              },
            ],
      'SoftLayer_Network_Storage_Property',
    ),
    provisionedIops: ofVolume((volume) => String(volume.provisionedIops), 'string'),
    replicatingLuns: empty(STORAGE),
    replicatingVolume: none(STORAGE),
    replicationEvents: empty('SoftLayer_Network_Storage_Event'),
    // A primary's partners are its replicas; a replica's, its primary.
    replicationPartners: listOfVolume(
      (volume, context) => replicationPartnersOf(volume, context.state),
      STORAGE,
    ),
    originalVolumeName: ofVolume(
      (volume, context) => duplicateOrigin(volume, context.state)?.username,
      'string',
    ),
    originalVolumeSize: ofVolume((volume, context) => {
      const origin = duplicateOrigin(volume, context.state);
      return origin ? String(origin.capacityGb) : undefined;
    }, 'string'),
    // The schedule a replica pair replicates on (REPLICATION_DAILY, …): the replica's, on both volumes.
    replicationSchedule: ofVolume(
      (volume, context) => replicationScheduleOf(volume, context.state),
      'SoftLayer_Network_Storage_Schedule',
    ),
    replicationStatus: ofVolume((volume, context) => replicationStatusOf(volume, context.state), 'string'),
    originalSnapshotName: ofVolume((volume, context) => {
      const snapshotId = volume.duplicateOf?.snapshotId;
      return snapshotId === undefined ? undefined : context.state.storageSnapshots.get(snapshotId)?.username;
    }, 'string'),
    schedules: listOfVolume(
      (volume) => volume.snapshotSchedules.map((item) => scheduleView(volume, item)),
      'SoftLayer_Network_Storage_Schedule',
    ),
    serviceResource: ofParent(serviceResourceView, 'SoftLayer_Network_Service_Resource'),
    serviceResourceBackendIpAddress: ofParent(storageTarget, 'string'),
    serviceResourceName: ofParent(serviceResourceName, 'string'),
    snapshotCapacityGb: ofVolume((volume) => String(volume.snapshotCapacityGb), 'string'),
    snapshotCreationTimestamp: {
      type: 'string',
      get: (row) => (isSnapshot(row) ? formatApiDate(row.createdAt) : undefined),
    },
    snapshotDeletionThresholdPercentage: ofVolume(() => '95', 'string'),
    snapshotNotificationStatus: ofVolume((volume) => (volume.snapshotNotification ? '1' : '0'), 'string'),
    snapshotSizeBytes: {
      type: 'string',
      get: (row, context) => String(isSnapshot(row) ? row.sizeBytes : snapshotBytes(row, context.state)),
    },
    snapshotSpaceAvailable: ofVolume(
      (volume, context) =>
        String(Math.max(0, volume.snapshotCapacityGb * GIB - snapshotBytes(volume, context.state))),
      'string',
    ),
    snapshots: listOfVolume((volume, context) => snapshotsOf(volume, context.state), STORAGE),
    staasVersion: ofParent(() => '2', 'string'),
    storageGroups: empty('SoftLayer_Network_Storage_Group'),
    storageTierLevel: ofVolume((volume) => volume.tierLevel ?? undefined, 'string'),
    storageType: ofParent(storageTypeView, 'SoftLayer_Network_Storage_Type'),
    totalBytesUsed: ofVolume(
      (volume, context) => String(volume.bytesUsed + snapshotBytes(volume, context.state)),
      'string',
    ),
    totalScheduleSnapshotRetentionCount: ofVolume(
      (volume) =>
        volume.snapshotSchedules
          .filter((item) => item.active)
          .reduce((sum, item) => sum + item.retentionCount, 0),
      'unsignedInt',
    ),
    vendorName: ofParent(() => 'NetApp', 'string'),
    volumeHistory: empty('SoftLayer_Network_Storage_History'),
  },
});

function schedule(
  volume: StorageVolumeRecord,
  type: SnapshotScheduleRecord['type'],
): Record<string, unknown> | undefined {
  const found = volume.snapshotSchedules.find((item) => item.type === type);
  return found ? scheduleView(volume, found) : undefined;
}

function osTypeView(volume: StorageVolumeRecord): Record<string, unknown> | undefined {
  const os = ISCSI_OS_TYPES.find((candidate) => candidate.keyName === volume.osType);
  return os ? { ...os, description: os.name, createDate: '2017-01-01T00:00:00-06:00' } : undefined;
}

function subnetById(id: number): SubnetView | undefined {
  return allSubnets().find((subnet) => subnet.id === id);
}
