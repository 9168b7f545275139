import type { ListResult, SoftLayerClient } from '@sl/client';
import { type FilterCondition, type ObjectFilter, queryFilter } from '@sl/filter';
import type {
  SoftLayer_Container_Network_Storage_DataCenterLimits_VolumeCountLimitContainer,
  SoftLayer_Container_Network_Storage_Host,
  SoftLayer_Container_Network_Storage_Hub_ObjectStorage_Endpoint,
  SoftLayer_Location,
  SoftLayer_Network_Storage,
  SoftLayer_Network_Storage_Allowed_Host,
  SoftLayer_Network_Storage_Hub_Cleversafe_Account,
  SoftLayer_Network_Storage_Schedule,
} from '@sl/types';
import { checkMask, checkPositive, checkText, checkWhole, criterion, invalid } from './check-input';
import { type CallControl, type ListOptions, listOptions, signalOption, withMask } from './list-options';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';
import {
  buildVolumeOrder,
  checkTier,
  checkVolumeOrder,
  type OrderVolumeOptions,
  type StorageOrderResult,
  verifyThenPlace,
} from './storage-order';
import {
  buildDuplicateOrder,
  buildModifyOrder,
  buildReplicantOrder,
  buildSnapshotSpaceOrder,
  ORDER_MASKS,
  type OrderDuplicateOptions,
  type OrderModifiedOptions,
  type OrderReplicantOptions,
  type OrderSnapshotSpaceOptions,
} from './storage-volume-orders';

/*
 * The shared base of `BlockStorageManager` and `FileStorageManager`, as the reference's `StorageManager`
 * (managers/storage.py): everything that works the same on block (iSCSI) and file (NAS) volumes lives here, and
 * the two managers add their own names (`listBlockVolumes`, `cancelFileVolume`, …) and block-only calls. The class
 * is abstract: what differs between the two kinds (the account list, its filter and default mask) is a
 * `StorageKind` given by the subclass.
 */

/** A volume: its id, or its username (`SL02SEL307608-1`), which the manager resolves through the volume list. */
export type VolumeIdentifier = number | string;

/** A mask replacing a method's default one, and a signal. */
export interface StorageMaskOption extends CallControl {
  mask?: string;
}

/** What `listBlockVolumes` / `listFileVolumes` take: the reference's criteria, each optional. */
export interface ListVolumesOptions extends ListOptions {
  /** Datacenter short name (`dal09`; the reference's search shorthand: `dal*`, exact otherwise). */
  datacenter?: string;
  /** The volume's username (search shorthand). */
  username?: string;
  /** `Endurance` or `Performance` (any case). */
  storageType?: string;
  /** The id of the order the volume came from. */
  order?: number | string;
}

/** The hosts `authorizeHostToVolume` / `deauthorizeHostToVolume` take; at least one id in all. */
export interface VolumeHostIds extends CallControl {
  /** `SoftLayer_Hardware` ids. */
  hardwareIds?: readonly number[];
  /** `SoftLayer_Virtual_Guest` ids. */
  virtualGuestIds?: readonly number[];
  /** `SoftLayer_Network_Subnet_IpAddress` ids. */
  ipAddressIds?: readonly number[];
  /** `SoftLayer_Network_Subnet` ids (file volumes only, says the API). */
  subnetIds?: readonly number[];
}

/** What `cancelVolume` and `cancelSnapshotSpace` take. */
export interface CancelVolumeOptions extends CallControl {
  /** The cancellation reason (default `No longer needed`). */
  reason?: string;
  /** Cancel at once instead of on the anniversary date (always at once for hourly volumes, as the reference). */
  immediate?: boolean;
}

/** A snapshot schedule (`enableSnapshots`, `disableSnapshots`). */
export type SnapshotScheduleType = 'INTERVAL' | 'HOURLY' | 'DAILY' | 'WEEKLY';

/** A day of the week as the API spells it (`enableSnapshots`). */
export type DayOfWeek = 'SUNDAY' | 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY';

/** What `convertDupeStatus` resolves with (`SoftLayer_Network_Storage::getDuplicateConversionStatus`). */
export interface DuplicateConversionStatus {
  volumeUsername?: string;
  activeConversionStartTime?: string;
  deDuplicateConversionPercentage?: number;
}

/** What differs between block and file volumes; given by the subclass. */
export interface StorageKind {
  /** The kind of volume, in messages (`block volume`). */
  what: string;
  /** The `SoftLayer_Account` list of these volumes. */
  listMethod: 'getIscsiNetworkStorage' | 'getNasNetworkStorage';
  /** Its property, the top of the list filter. */
  listProperty: 'iscsiNetworkStorage' | 'nasNetworkStorage';
  /** The service resource type the list leaves out (`!~ ISCSI`, `!~ NAS`), as the reference. */
  serviceType: 'ISCSI' | 'NAS';
  /** The storage type key names' suffix (`BLOCK_STORAGE`, `FILE_STORAGE`). */
  storageTypeSuffix: 'BLOCK_STORAGE' | 'FILE_STORAGE';
  /** The reference's default mask of the list. */
  listMask: string;
}

/** The properties of the reference's default mask of `get_volume_details` (storage.py). */
export const VOLUME_DETAILS_PROPERTIES: readonly string[] = [
  'id',
  'username',
  'password',
  'capacityGb',
  'snapshotCapacityGb',
  'parentVolume.snapshotSizeBytes',
  'storageType.keyName',
  'serviceResource.datacenter[name]',
  'serviceResourceBackendIpAddress',
  'storageTierLevel',
  'provisionedIops',
  'lunId',
  'originalVolumeName',
  'originalSnapshotName',
  'originalVolumeSize',
  'activeTransactionCount',
  'activeTransactions.transactionStatus[friendlyName]',
  'replicationPartnerCount',
  'replicationStatus',
  'replicationPartners[id,username,serviceResourceBackendIpAddress,serviceResource[datacenter[name]],' +
    'replicationSchedule[type[keyname]]]',
  'notes',
];

/** The reference's default mask of `get_volume_details`. */
const VOLUME_DETAILS_MASK = VOLUME_DETAILS_PROPERTIES.join(',');

const ACCESS_LIST_MASK = [
  'id',
  'allowedVirtualGuests[allowedHost[credential, sourceSubnet]]',
  'allowedHardware[allowedHost[credential]]',
  'allowedSubnets[allowedHost[credential]]',
  'allowedIpAddresses[allowedHost[credential]]',
].join(',');

const SNAPSHOT_LIST_MASK = [
  'id',
  'notes',
  'snapshotSizeBytes',
  'storageType[keyName]',
  'snapshotCreationTimestamp',
  'intervalSchedule',
  'hourlySchedule',
  'dailySchedule',
  'weeklySchedule',
].join(',');

const CANCEL_VOLUME_MASK = 'mask[id,billingItem[id,hourlyFlag]]';
const CANCEL_SNAPSHOT_SPACE_MASK = 'mask[id,billingItem[activeChildren,hourlyFlag]]';
const SCHEDULES_MASK = 'schedules[type,properties[type]]';
const DEFAULT_REASON = 'No longer needed';

const SCHEDULE_TYPES: readonly SnapshotScheduleType[] = ['INTERVAL', 'HOURLY', 'DAILY', 'WEEKLY'];
const DAYS: readonly DayOfWeek[] = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

/** The host lists' object types, in the reference's order (`storage_utils.populate_host_templates`). */
const HOST_TYPES = [
  ['hardwareIds', 'SoftLayer_Hardware'],
  ['virtualGuestIds', 'SoftLayer_Virtual_Guest'],
  ['ipAddressIds', 'SoftLayer_Network_Subnet_IpAddress'],
  ['subnetIds', 'SoftLayer_Network_Subnet'],
] as const;

/** A list of positive whole ids, non-empty: `… must be a non-empty list of ids`. */
export function checkIdList(value: unknown, what: string): number[] {
  if (!Array.isArray(value) || value.length === 0) throw invalid(`${what} must be a non-empty list of ids`);
  return value.map((id) => checkPositive(id, `each of ${what}`));
}

/** `true` or `false`, or absent (`fallback`). */
function checkFlag(value: unknown, what: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw invalid(`${what} must be true or false`);
  return value;
}

/** The `test` flag of an order. */
function checkOrderFlag(value: unknown, where: string): void {
  checkFlag(value, `${where}: test`, false);
}

/** A snapshot schedule type, checked. */
function checkScheduleType(value: unknown, method: string): SnapshotScheduleType {
  if (!SCHEDULE_TYPES.includes(value as SnapshotScheduleType)) {
    throw invalid(
      `${method}: the schedule type must be one of ${SCHEDULE_TYPES.join(', ')}, got ${String(value)}`,
    );
  }
  return value as SnapshotScheduleType;
}

/**
 * Block and file storage volumes (`SoftLayer_Network_Storage`), as the reference client's `StorageManager`: what
 * `BlockStorageManager` and `FileStorageManager` share. Volumes may be given by id or by username.
 */
export abstract class StorageManager {
  readonly #client: SoftLayerClient;
  readonly #kind: StorageKind;
  readonly #resolvers: readonly IdResolver[];

  protected constructor(client: SoftLayerClient, kind: StorageKind) {
    this.#client = client;
    this.#kind = kind;
    this.#resolvers = [(username) => this.#idsFromUsername(username)];
  }

  /**
   * The account's volumes of this kind (every page), as the reference builds the call: the storage type's key name
   * `*BLOCK_STORAGE*` (or `<TYPE>_BLOCK_STORAGE*` with `storageType`), without the `ISCSI` service resource type
   * (file: `FILE_STORAGE`, `NAS`), and the criteria given.
   *
   * Unlike the reference (whose own conditions replace the caller's on the same property), the caller's `filter`
   * is merged over the manager's and wins; and a `storageType` other than Endurance or Performance is refused.
   */
  protected async listVolumes(
    options: ListVolumesOptions,
    method: string,
  ): Promise<ListResult<SoftLayer_Network_Storage>> {
    const kind = this.#kind;
    checkMask(options.mask);
    let storageTypeKey = `*${kind.storageTypeSuffix}*`;
    if (options.storageType !== undefined) {
      const type = checkText(options.storageType, 'storageType', method).trim().toUpperCase();
      if (type !== 'ENDURANCE' && type !== 'PERFORMANCE') {
        throw invalid(`${method}: storageType must be Endurance or Performance, got ${options.storageType}`);
      }
      storageTypeKey = `${type}_${kind.storageTypeSuffix}*`;
    }
    const serviceResource: Record<string, ObjectFilter | FilterCondition> = {
      type: { type: queryFilter(`!~ ${kind.serviceType}`) },
    };
    if (options.datacenter !== undefined) {
      serviceResource.datacenter = { name: criterion(options.datacenter, 'datacenter', method) };
    }
    const volumes: Record<string, ObjectFilter | FilterCondition> = {
      serviceResource,
      storageType: { keyName: queryFilter(storageTypeKey) },
    };
    if (options.username !== undefined) volumes.username = criterion(options.username, 'username', method);
    if (options.order !== undefined) {
      volumes.billingItem = { orderItem: { order: { id: criterion(options.order, 'order', method) } } };
    }
    const own: ObjectFilter = { [kind.listProperty]: volumes };
    return this.#client.call(
      'Account',
      kind.listMethod,
      listOptions(options, { mask: kind.listMask, own, everyPage: true }),
    );
  }

  /** The account's volume count limits per datacenter (`Network_Storage::getVolumeCountLimits`). */
  async getVolumeCountLimits(
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_Storage_DataCenterLimits_VolumeCountLimitContainer[]> {
    return this.#client.call('Network_Storage', 'getVolumeCountLimits', signalOption(options.signal));
  }

  /**
   * One volume (an id or a username) with the reference's detailed default mask: credentials, capacity, snapshot
   * space, type, datacenter, tier and IOPS, transactions, replication and notes.
   */
  async getVolumeDetails(
    volume: VolumeIdentifier,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage> {
    return this.#getObject(volume, options.mask ?? VOLUME_DETAILS_MASK, options);
  }

  /** The hosts allowed to reach a volume: virtual guests, hardware, subnets and IP addresses, with credentials. */
  async getVolumeAccessList(
    volume: VolumeIdentifier,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage> {
    return this.#getObject(volume, options.mask ?? ACCESS_LIST_MASK, options);
  }

  /** A volume's snapshots, with notes, size, creation time and the schedule that took them. */
  async getVolumeSnapshotList(
    volume: VolumeIdentifier,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage[]> {
    checkMask(options.mask);
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'getSnapshots', {
      id,
      ...withMask(options.mask, SNAPSHOT_LIST_MASK),
      ...signalOption(options.signal),
    });
  }

  /** Turns the warning on snapshot space usage on (`true`) or off for a volume. */
  async setVolumeSnapshotNotification(
    volume: VolumeIdentifier,
    enable: boolean,
    options: CallControl = {},
  ): Promise<void> {
    checkFlag(enable, 'setVolumeSnapshotNotification: enable', false);
    const id = await this.resolveId(volume);
    // The metadata types the flag as text; the reference (and the API's documentation) send a boolean.
    await this.#client.call('Network_Storage', 'setSnapshotNotification', {
      id,
      args: [enable] as unknown as [string],
      ...signalOption(options.signal),
    });
  }

  /** Whether the snapshot space warning is on (1) or off (0); the API's "no status" counts as on, as the reference. */
  async getVolumeSnapshotNotificationStatus(
    volume: VolumeIdentifier,
    options: CallControl = {},
  ): Promise<number> {
    const id = await this.resolveId(volume);
    const status: unknown = await this.#client.call('Network_Storage', 'getSnapshotNotificationStatus', {
      id,
      ...signalOption(options.signal),
    });
    return status === null || status === undefined || status === '' ? 1 : Number(status);
  }

  /**
   * Allows hosts to reach a volume (`allowAccessFromHostList`); resolves with the allowed hosts. Hosts are sent in
   * the reference's order: hardware, virtual guests, IP addresses, subnets. At least one host id is needed.
   */
  async authorizeHostToVolume(
    volume: VolumeIdentifier,
    hosts: VolumeHostIds,
  ): Promise<SoftLayer_Network_Storage_Allowed_Host[]> {
    return this.#changeAccess(volume, hosts, 'allowAccessFromHostList', 'authorizeHostToVolume');
  }

  /** Takes hosts' access to a volume away (`removeAccessFromHostList`); resolves with the hosts removed. */
  async deauthorizeHostToVolume(
    volume: VolumeIdentifier,
    hosts: VolumeHostIds,
  ): Promise<SoftLayer_Network_Storage_Allowed_Host[]> {
    return this.#changeAccess(volume, hosts, 'removeAccessFromHostList', 'deauthorizeHostToVolume');
  }

  /** The volumes replicating a volume. */
  async getReplicationPartners(
    volume: VolumeIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Storage[]> {
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'getReplicationPartners', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** The datacenters a volume can be replicated to. */
  async getReplicationLocations(
    volume: VolumeIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Location[]> {
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'getValidReplicationTargetDatacenterLocations', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** Sets a volume's notes (`editObject` with `{ notes }`); `''` clears them. Resolves true. */
  async volumeSetNote(volume: VolumeIdentifier, note: string, options: CallControl = {}): Promise<boolean> {
    if (typeof note !== 'string') throw invalid('volumeSetNote: the note must be text');
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'editObject', {
      id,
      args: [{ notes: note }],
      ...signalOption(options.signal),
    });
  }

  /** Deletes a snapshot (by its id: snapshots have no username to find them by). Resolves true. */
  async deleteSnapshot(snapshotId: number, options: CallControl = {}): Promise<boolean> {
    const id = checkPositive(snapshotId, 'deleteSnapshot: the snapshot id');
    return this.#client.call('Network_Storage', 'deleteObject', { id, ...signalOption(options.signal) });
  }

  /** Takes a snapshot of a volume now, with `notes` as its name (default none); resolves with the snapshot. */
  async createSnapshot(
    volume: VolumeIdentifier,
    options: { notes?: string } & CallControl = {},
  ): Promise<SoftLayer_Network_Storage> {
    const notes = options.notes ?? '';
    if (typeof notes !== 'string') throw invalid('createSnapshot: the notes must be text');
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'createSnapshot', {
      id,
      args: [notes],
      ...signalOption(options.signal),
    });
  }

  /**
   * Cancels a volume's snapshot space: its `storage_snapshot_space` child billing item. Refuses (`SL_INVALID_ARGUMENT`)
   * a volume without one.
   */
  async cancelSnapshotSpace(volume: VolumeIdentifier, options: CancelVolumeOptions = {}): Promise<boolean> {
    const where = 'cancelSnapshotSpace';
    const { reason, immediate } = this.#checkCancel(options, where);
    const found = await this.#getObject(volume, CANCEL_SNAPSHOT_SPACE_MASK, options);
    const child = found.billingItem?.activeChildren?.find(
      (item) => item.categoryCode === 'storage_snapshot_space',
    );
    if (child?.id === undefined) {
      throw invalid(`${where}: ${this.#kind.what} ${found.id ?? volume} has no snapshot space to cancel`);
    }
    return this.#cancelItem(child.id, found.billingItem?.hourlyFlag ? true : immediate, reason, options);
  }

  /**
   * Takes snapshots of a volume on a schedule, keeping `retentionCount` of them: `INTERVAL` (every `minute`, 30 to
   * 59), `HOURLY` (at `minute`), `DAILY` (at `hour`:`minute`) or `WEEKLY` (also on `dayOfWeek`). Checked as the
   * reference's CLI checks them. Resolves true.
   */
  async enableSnapshots(
    volume: VolumeIdentifier,
    scheduleType: SnapshotScheduleType,
    retentionCount: number,
    minute: number,
    hour: number,
    dayOfWeek: DayOfWeek,
    options: CallControl = {},
  ): Promise<boolean> {
    const where = 'enableSnapshots';
    checkScheduleType(scheduleType, where);
    checkPositive(retentionCount, 'the retention count', where);
    checkWhole(
      minute,
      `${where}: the minute`,
      scheduleType === 'INTERVAL' ? { min: 30, max: 59 } : { max: 59 },
    );
    checkWhole(hour, `${where}: the hour`, { max: 23 });
    if (!DAYS.includes(dayOfWeek)) {
      throw invalid(
        `${where}: the day of the week must be one of ${DAYS.join(', ')}, got ${String(dayOfWeek)}`,
      );
    }
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'enableSnapshots', {
      id,
      args: [scheduleType, retentionCount, minute, hour, dayOfWeek],
      ...signalOption(options.signal),
    });
  }

  /** Stops a volume's scheduled snapshots of one type. Resolves true. */
  async disableSnapshots(
    volume: VolumeIdentifier,
    scheduleType: SnapshotScheduleType,
    options: CallControl = {},
  ): Promise<boolean> {
    checkScheduleType(scheduleType, 'disableSnapshots');
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'disableSnapshots', {
      id,
      args: [scheduleType],
      ...signalOption(options.signal),
    });
  }

  /** A volume's snapshot schedules, with their type and properties (`[]` when it has none). */
  async listVolumeSchedules(
    volume: VolumeIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Storage_Schedule[]> {
    const found = await this.#getObject(volume, SCHEDULES_MASK, options);
    return found.schedules ?? [];
  }

  /** Restores a volume from one of its snapshots. Resolves true. */
  async restoreFromSnapshot(
    volume: VolumeIdentifier,
    snapshotId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    checkPositive(snapshotId, 'the snapshot id', 'restoreFromSnapshot');
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'restoreFromSnapshot', {
      id,
      args: [snapshotId],
      ...signalOption(options.signal),
    });
  }

  /** Fails a volume over to one of its replicants (a test failover; `failbackFromReplicant` undoes it). */
  async failoverToReplicant(
    volume: VolumeIdentifier,
    replicantId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    checkPositive(replicantId, 'the replicant id', 'failoverToReplicant');
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'failoverToReplicant', {
      id,
      args: [replicantId],
      ...signalOption(options.signal),
    });
  }

  /** Fails a volume over to a replicant after a disaster (no failback through the API: open a ticket). */
  async disasterRecoveryFailoverToReplicant(
    volume: VolumeIdentifier,
    replicantId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    checkPositive(replicantId, 'the replicant id', 'disasterRecoveryFailoverToReplicant');
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'disasterRecoveryFailoverToReplicant', {
      id,
      args: [replicantId],
      ...signalOption(options.signal),
    });
  }

  /** Fails a volume back from the replicant it was failed over to. */
  async failbackFromReplicant(volume: VolumeIdentifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'failbackFromReplicant', {
      id,
      ...signalOption(options.signal),
    });
  }

  /**
   * Cancels a volume through its billing item (`SoftLayer_Billing_Item::cancelItem`, with its associated items),
   * on the anniversary date unless `immediate`; hourly volumes always go at once, as the reference. Refuses
   * (`SL_INVALID_ARGUMENT`) a volume without a billing item (already cancelled).
   */
  async cancelVolume(volume: VolumeIdentifier, options: CancelVolumeOptions = {}): Promise<boolean> {
    return this.cancelVolumeAs(volume, options, 'cancelVolume');
  }

  /** `cancelVolume` with the calling method's name in messages. */
  protected async cancelVolumeAs(
    volume: VolumeIdentifier,
    options: CancelVolumeOptions,
    where: string,
  ): Promise<boolean> {
    const { reason, immediate } = this.#checkCancel(options, where);
    const found = await this.#getObject(volume, CANCEL_VOLUME_MASK, options);
    const billingId = found.billingItem?.id;
    if (billingId === undefined) {
      throw invalid(
        `${where}: ${this.#kind.what} ${found.id ?? volume} has no billing item; it was already cancelled`,
      );
    }
    return this.#cancelItem(billingId, found.billingItem?.hourlyFlag ? true : immediate, reason, options);
  }

  /** Refreshes a duplicate volume from a snapshot of its parent (`forceRefresh` to do it even when busy). */
  async refreshDupe(
    volume: VolumeIdentifier,
    snapshotId: number,
    options: { forceRefresh?: boolean } & CallControl = {},
  ): Promise<boolean> {
    checkPositive(snapshotId, 'the snapshot id', 'refreshDupe');
    const force = checkFlag(options.forceRefresh, 'refreshDupe: forceRefresh', false);
    const id = await this.resolveId(volume);
    // The 2021 metadata knows only the snapshot id; the reference (and today's API) also send the force flag.
    return this.#client.call('Network_Storage', 'refreshDuplicate', {
      id,
      args: [snapshotId, force] as unknown as [number],
      ...signalOption(options.signal),
    });
  }

  /** Converts a dependent duplicate volume into an independent one. */
  async convertDepDupe(volume: VolumeIdentifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'convertCloneDependentToIndependent', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** How far the conversion of a dependent duplicate volume has gone. */
  async convertDupeStatus(
    volume: VolumeIdentifier,
    options: CallControl = {},
  ): Promise<DuplicateConversionStatus> {
    const id = await this.resolveId(volume);
    // A method newer than the metadata (the client types it unknown); its fields are what the reference reads.
    return (await this.#client.call('Network_Storage', 'getDuplicateConversionStatus', {
      id,
      ...signalOption(options.signal),
    })) as DuplicateConversionStatus;
  }

  /**
   * A Cloud Object Storage account (by id) with its uuid and HMAC credentials. The reference names it
   * `get_network_message_delivery_accounts`; it reads `SoftLayer_Network_Storage_Hub_Cleversafe_Account`.
   */
  async getNetworkMessageDeliveryAccounts(
    objectStorageId: number,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage_Hub_Cleversafe_Account> {
    const id = checkPositive(objectStorageId, 'getNetworkMessageDeliveryAccounts: the object storage id');
    checkMask(options.mask);
    return this.#client.call('Network_Storage_Hub_Cleversafe_Account', 'getObject', {
      id,
      ...withMask(options.mask, 'mask[uuid,credentials]'),
      ...signalOption(options.signal),
    });
  }

  /** The endpoint URLs of a Cloud Object Storage account (by id). */
  async getEndPoints(
    objectStorageId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_Storage_Hub_ObjectStorage_Endpoint[]> {
    const id = checkPositive(objectStorageId, 'getEndPoints: the object storage id');
    return this.#client.call('Network_Storage_Hub_Cleversafe_Account', 'getEndpoints', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** The ids of the volumes an identifier names: an id, or a username (exact, any case), among this kind's volumes. */
  resolveIds(identifier: VolumeIdentifier): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#resolvers);
  }

  /** The one volume an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(identifier: VolumeIdentifier): Promise<number | string> {
    return resolveId(identifier, this.#resolvers, this.#kind.what);
  }

  /** `Network_Storage::getObject` of a volume (an id or a username) with a mask. */
  async #getObject(
    volume: VolumeIdentifier,
    mask: string,
    options: CallControl,
  ): Promise<SoftLayer_Network_Storage> {
    checkMask(mask);
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'getObject', {
      id,
      ...withMask(mask),
      ...signalOption(options.signal),
    });
  }

  async #changeAccess(
    volume: VolumeIdentifier,
    hosts: VolumeHostIds,
    method: 'allowAccessFromHostList' | 'removeAccessFromHostList',
    where: string,
  ): Promise<SoftLayer_Network_Storage_Allowed_Host[]> {
    if (hosts === null || typeof hosts !== 'object') {
      throw invalid(`${where}: give the hosts ({ hardwareIds, virtualGuestIds, ipAddressIds, subnetIds })`);
    }
    const templates: SoftLayer_Container_Network_Storage_Host[] = [];
    for (const [key, objectType] of HOST_TYPES) {
      const ids = hosts[key];
      if (ids === undefined) continue;
      if (!Array.isArray(ids)) throw invalid(`${where}: ${key} must be a list of ids`);
      for (const id of ids) templates.push({ objectType, id: checkPositive(id, `each of ${key}`, where) });
    }
    // The reference sends an empty list when no host is given; we refuse it before sending.
    if (templates.length === 0) {
      throw invalid(
        `${where}: give at least one host id (hardwareIds, virtualGuestIds, ipAddressIds, subnetIds)`,
      );
    }
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', method, {
      id,
      args: [templates],
      ...signalOption(hosts.signal),
    });
  }

  /**
   * Orders a replica of a volume in another datacenter (`dal10`), replicating on one of its snapshot schedules
   * (`HOURLY`, `DAILY`, `WEEKLY`, `INTERVAL`). Prices come from the volume's package; the order is verified, then
   * placed (`test`: only verified). Resolves with the receipt.
   */
  async orderReplicantVolume(
    volume: VolumeIdentifier,
    schedule: SnapshotScheduleType,
    location: string,
    options: OrderReplicantOptions = {},
  ): Promise<StorageOrderResult> {
    const where = 'orderReplicantVolume';
    checkScheduleType(schedule, where);
    checkText(location, 'the datacenter', where);
    if (options.tier !== undefined) checkTier(options.tier, `${where}: tier`);
    if (options.osType !== undefined) checkText(options.osType, 'the OS type', where);
    if (options.iops !== undefined) checkPositive(options.iops, 'the IOPS', where);
    checkOrderFlag(options.test, where);
    const found = await this.#getObject(volume, ORDER_MASKS.replicant, options);
    const order = await buildReplicantOrder(this.#client, found, { schedule, location }, options);
    return verifyThenPlace(this.#client, order, options);
  }

  /**
   * Orders a duplicate of a volume (from one of its snapshots with `originSnapshotId`), by default of the same size,
   * IOPS or tier and snapshot space. The order is verified, then placed (`test`: only verified).
   */
  async orderDuplicateVolume(
    volume: VolumeIdentifier,
    options: OrderDuplicateOptions = {},
  ): Promise<StorageOrderResult> {
    const where = 'orderDuplicateVolume';
    if (options.originSnapshotId !== undefined)
      checkPositive(options.originSnapshotId, 'the snapshot id', where);
    if (options.size !== undefined) checkPositive(options.size, 'the size (GB)', where);
    if (options.iops !== undefined) checkPositive(options.iops, 'the IOPS', where);
    if (options.tierLevel !== undefined) checkTier(options.tierLevel, `${where}: tierLevel`);
    if (options.snapshotSize !== undefined)
      checkWhole(options.snapshotSize, `${where}: the snapshot size (GB)`);
    checkFlag(options.hourly, `${where}: hourly`, false);
    checkFlag(options.dependent, `${where}: dependent`, false);
    checkOrderFlag(options.test, where);
    const found = await this.#getObject(volume, ORDER_MASKS.duplicate, options);
    const order = await buildDuplicateOrder(this.#client, found, options);
    return verifyThenPlace(this.#client, order, options);
  }

  /**
   * Orders a change of a volume's size, IOPS (performance) or tier (endurance); what is not given stays. The order
   * is verified, then placed (`test`: only verified).
   */
  async orderModifiedVolume(
    volume: VolumeIdentifier,
    options: OrderModifiedOptions = {},
  ): Promise<StorageOrderResult> {
    const where = 'orderModifiedVolume';
    if (options.size !== undefined) checkPositive(options.size, 'the new size (GB)', where);
    if (options.iops !== undefined) checkPositive(options.iops, 'the new IOPS', where);
    if (options.tierLevel !== undefined) checkTier(options.tierLevel, `${where}: tierLevel`);
    if (options.size === undefined && options.iops === undefined && options.tierLevel === undefined) {
      throw invalid(`${where}: give a new size, IOPS or tier level`);
    }
    checkOrderFlag(options.test, where);
    const found = await this.#getObject(volume, ORDER_MASKS.modified, options);
    const order = await buildModifyOrder(this.#client, found, options);
    return verifyThenPlace(this.#client, order, options);
  }

  /**
   * Orders `capacity` GB of snapshot space for a volume (`upgrade`: a bigger space replacing its current one). The
   * order is verified, then placed (`test`: only verified).
   */
  async orderSnapshotSpace(
    volume: VolumeIdentifier,
    capacity: number,
    options: OrderSnapshotSpaceOptions = {},
  ): Promise<StorageOrderResult> {
    const where = 'orderSnapshotSpace';
    checkPositive(capacity, 'the capacity (GB)', where);
    if (options.tier !== undefined) checkTier(options.tier, `${where}: tier`);
    checkFlag(options.upgrade, `${where}: upgrade`, false);
    checkOrderFlag(options.test, where);
    const found = await this.#getObject(volume, ORDER_MASKS.snapshot, options);
    const order = await buildSnapshotSpaceOrder(this.#client, found, capacity, options);
    return verifyThenPlace(this.#client, order, options);
  }

  /** Orders a new volume of this kind (`orderBlockVolume`, `orderFileVolume`): checked, priced, verified, placed. */
  protected async orderNewVolume(
    storageType: 'performance' | 'endurance',
    location: string,
    size: number,
    options: OrderVolumeOptions & { osType?: string },
    where: string,
  ): Promise<StorageOrderResult> {
    checkVolumeOrder(storageType, location, size, options, where);
    const volumeType = this.#kind.serviceType === 'ISCSI' ? 'block' : 'file';
    if (volumeType === 'block') checkText(options.osType, 'the OS type (LINUX, WINDOWS_2012, …)', where);
    const order = await buildVolumeOrder(this.#client, volumeType, { storageType, location, size }, options);
    if (volumeType === 'block') order.osFormatType = { keyName: options.osType };
    return verifyThenPlace(this.#client, order, options);
  }

  #checkCancel(options: CancelVolumeOptions, where: string): { reason: string; immediate: boolean } {
    const reason = options.reason ?? DEFAULT_REASON;
    checkText(reason, 'the reason', where);
    return { reason, immediate: checkFlag(options.immediate, `${where}: immediate`, false) };
  }

  #cancelItem(billingId: number, immediate: boolean, reason: string, options: CallControl): Promise<boolean> {
    return this.#client.call('Billing_Item', 'cancelItem', {
      id: billingId,
      args: [immediate, true, reason],
      ...signalOption(options.signal),
    });
  }

  async #idsFromUsername(username: string): Promise<number[]> {
    const volumes = await this.listVolumes({ username, mask: 'mask[id]' }, 'resolveIds');
    return volumes.map((volume) => volume.id as number);
  }
}
