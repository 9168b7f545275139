import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import type { SnapshotScheduleType, StorageSnapshotRecord, StorageVolumeRecord } from '../data/records';
import {
  ALLOWED_HOSTS_LIMIT,
  DAYS_OF_WEEK,
  SNAPSHOT_SCHEDULE_TYPES,
  VOLUME_COUNT_LIMIT,
} from '../data/storage-catalog';
import type { AllowedHostKind } from '../models/allowed-host';
import { isSnapshot, type StorageRow, snapshotsOf, storageTarget, volumeOf } from '../models/network-storage';
import { datacenterById, locationView } from '../models/shared-views';
import type { ViewContext } from '../models/type-model';
import { integerArg, objectArg, optionalString, toInteger } from './arguments';
import {
  type MethodImplementation,
  type MethodInput,
  row,
  rows,
  type ServiceDefinition,
  value,
} from './service-definition';
import {
  allowedHostCount,
  allowedHostOf,
  changeAccess,
  hostKindOf,
  hostsFromTemplates,
} from './storage-access';
import { replicationMethods } from './storage-replication';

const STORAGE = 'SoftLayer_Network_Storage';

/** How long a restore from a snapshot runs (an active transaction on the volume meanwhile). */
const RESTORE_MS = 5 * 60_000;

function find(id: number, context: ViewContext): StorageRow | undefined {
  return context.state.storageVolumes.get(id) ?? context.state.storageSnapshots.get(id);
}

/** The volume a method acts on; a snapshot id is refused (volumes only). */
function volumeArg(input: MethodInput): StorageVolumeRecord {
  const target = input.row as StorageRow;
  if (isSnapshot(target)) {
    throw faults.publicError(`${input.call.method} applies to storage volumes; ${target.id} is a snapshot.`);
  }
  return target;
}

function scheduleTypeArg(raw: unknown): SnapshotScheduleType {
  const type = typeof raw === 'string' ? raw.toUpperCase() : '';
  if (!(SNAPSHOT_SCHEDULE_TYPES as readonly string[]).includes(type)) {
    throw faults.invalidValue(
      `Invalid schedule type "${String(raw)}": expected one of ${SNAPSHOT_SCHEDULE_TYPES.join(', ')}.`,
    );
  }
  return type as SnapshotScheduleType;
}

function rangeArg(raw: unknown, what: string, low: number, high: number): number {
  const number = toInteger(raw);
  if (number === undefined || number < low || number > high) {
    throw faults.invalidValue(`The ${what} must be an integer from ${low} to ${high}, got "${String(raw)}".`);
  }
  return number;
}

/** allowAccessFrom<Kind>(List) and removeAccessFrom<Kind>(List): boolean answers, as the API's. */
function accessMethods(kind: AllowedHostKind, name: string): Record<string, MethodImplementation> {
  const change =
    (allow: boolean): MethodImplementation =>
    (input) => {
      const volume = volumeArg(input);
      const hosts = hostsFromTemplates(kind, input.call.args[0], input.context.state);
      changeAccess(input.context.state, volume, hosts, allow);
      return value(true);
    };
  return {
    [`allowAccessFrom${name}`]: change(true),
    [`allowAccessFrom${name}List`]: change(true),
    [`removeAccessFrom${name}`]: change(false),
    [`removeAccessFrom${name}List`]: change(false),
  };
}

/** allowAccessFromHostList / removeAccessFromHostList: mixed hosts by objectType; answer their allowed hosts. */
function hostListMethod(allow: boolean): MethodImplementation {
  return (input) => {
    const volume = volumeArg(input);
    const { state } = input.context;
    const hosts = hostsFromTemplates(undefined, input.call.args[0], state);
    changeAccess(state, volume, hosts, allow);
    return rows(
      'SoftLayer_Network_Storage_Allowed_Host',
      hosts.map((host) => allowedHostOf(host, state)),
    );
  };
}

/** allowAccessFromHost / removeAccessFromHost(typeClassName, hostId): one host; answer its allowed host. */
function hostMethod(allow: boolean): MethodImplementation {
  return (input) => {
    const volume = volumeArg(input);
    const { state } = input.context;
    const kind = hostKindOf(input.call.args[0]);
    const hosts = hostsFromTemplates(kind, { id: input.call.args[1] }, state);
    changeAccess(state, volume, hosts, allow);
    return row('SoftLayer_Network_Storage_Allowed_Host', allowedHostOf(hosts[0]!, state));
  };
}

function createSnapshot(input: MethodInput): ReturnType<typeof row> {
  const volume = volumeArg(input);
  const { state, now } = input.context;
  if (volume.snapshotCapacityGb <= 0) {
    throw faults.publicError(
      `Snapshot space must be ordered for ${volume.username} before snapshots can be created.`,
    );
  }
  const notes = optionalString(input.call.args[0]);
  const used = snapshotsOf(volume, state).reduce((sum, item) => sum + item.sizeBytes, 0);
  const free = Math.max(0, volume.snapshotCapacityGb * 1024 ** 3 - used);
  const snapshot = state.mutate(() => {
    const id = state.allocateId('storage');
    const created: StorageSnapshotRecord = {
      id,
      volumeId: volume.id,
      username: `${volume.username}_snapshot_${id}`,
      ...(notes ? { notes } : {}),
      createdAt: now,
      // A new snapshot holds what changed since the last one: a sliver of the data, never more than the free space.
      sizeBytes: Math.round(Math.min(volume.bytesUsed * 0.002, free / 4)),
      scheduleType: null,
    };
    state.storageSnapshots.insert(created);
    return created;
  });
  return row(STORAGE, snapshot);
}

function enableSnapshots(input: MethodInput): ReturnType<typeof value> {
  const volume = volumeArg(input);
  const [rawType, rawRetention, rawMinute, rawHour, rawDay] = input.call.args;
  const type = scheduleTypeArg(rawType);
  const retentionCount = rangeArg(rawRetention, 'retention count', 1, 350);
  const minute = rangeArg(rawMinute ?? 0, 'minute', type === 'INTERVAL' ? 30 : 0, 59);
  const hour = rangeArg(rawHour ?? 0, 'hour', 0, 23);
  const dayOfWeek = typeof rawDay === 'string' ? rawDay.toUpperCase() : 'SUNDAY';
  if (!DAYS_OF_WEEK.includes(dayOfWeek)) {
    throw faults.invalidValue(`Invalid day of week "${String(rawDay)}": expected SUNDAY … SATURDAY.`);
  }
  if (volume.snapshotCapacityGb <= 0) {
    throw faults.publicError(
      `Snapshot space must be ordered for ${volume.username} before scheduling snapshots.`,
    );
  }
  const { state, now } = input.context;
  state.mutate(() => {
    const schedule = { type, retentionCount, minute, hour, dayOfWeek, active: true, createdAt: now };
    const at = volume.snapshotSchedules.findIndex((item) => item.type === type);
    if (at < 0) volume.snapshotSchedules.push(schedule);
    else volume.snapshotSchedules[at] = { ...schedule, createdAt: volume.snapshotSchedules[at]!.createdAt };
  });
  return value(true);
}

function disableSnapshots(input: MethodInput): ReturnType<typeof value> {
  const volume = volumeArg(input);
  const type = scheduleTypeArg(input.call.args[0]);
  const schedule = volume.snapshotSchedules.find((item) => item.type === type);
  if (!schedule) {
    throw faults.publicError(`The volume ${volume.username} has no ${type} snapshot schedule.`);
  }
  input.context.state.mutate(() => {
    schedule.active = false;
  });
  return value(true);
}

function restoreFromSnapshot(input: MethodInput): ReturnType<typeof value> {
  const volume = volumeArg(input);
  const snapshotId = integerArg(input.call.args, 0, 'snapshotId');
  const { state, now } = input.context;
  const snapshot = state.storageSnapshots.get(snapshotId);
  if (!snapshot || snapshot.volumeId !== volume.id) throw faults.objectNotFound(snapshotId);
  if (volume.transaction && volume.transaction.endsAt > now) {
    throw faults.publicError(`There is currently an active transaction on ${volume.username}.`);
  }
  state.mutate(() => {
    volume.transaction = {
      id: state.allocateId('transaction'),
      kind: 'generic',
      groupName: 'Restore From Snapshot',
      startedAt: now,
      endsAt: now + RESTORE_MS,
    };
  });
  return value(true);
}

function createOrUpdateLunId(input: MethodInput): ReturnType<typeof value> {
  const volume = volumeArg(input);
  if (volume.kind !== 'block') throw faults.publicError('Only block volumes have a LUN id.');
  const lunId = rangeArg(input.call.args[0], 'LUN id', 0, 4095);
  const { state, now } = input.context;
  state.mutate(() => {
    volume.lunId = lunId;
  });
  return value({
    createDate: formatApiDate(volume.createdAt),
    modifyDate: formatApiDate(now),
    value: String(lunId),
    volumeId: volume.id,
    type: { keyname: 'LUN_ID', name: 'LUN ID', description: 'The LUN id of the volume' },
  });
}

/** SoftLayer_Network_Storage: block and file volumes, their snapshots, access lists and schedules. */
export const networkStorageService: ServiceDefinition = {
  name: STORAGE,
  type: STORAGE,
  find,
  methods: {
    editObject: (input) => {
      const template = objectArg(input.call.args, 0, `${STORAGE} template`);
      const target = input.row as StorageRow;
      if (template.notes !== undefined && typeof template.notes !== 'string') {
        throw faults.invalidValue('notes must be a string.');
      }
      input.context.state.mutate(() => {
        if (typeof template.notes === 'string') target.notes = template.notes;
      });
      return value(true);
    },
    deleteObject: (input) => {
      const target = input.row as StorageRow;
      if (!isSnapshot(target)) {
        throw faults.publicError(
          `The volume ${target.username} is cancelled through its billing item (SoftLayer_Billing_Item::cancelItem), not deleted.`,
        );
      }
      const { state } = input.context;
      state.mutate(() => state.storageSnapshots.delete(target.id));
      return value(true);
    },
    ...accessMethods('VIRTUAL_GUEST', 'VirtualGuest'),
    ...accessMethods('HARDWARE', 'Hardware'),
    ...accessMethods('IP_ADDRESS', 'IpAddress'),
    ...accessMethods('SUBNET', 'Subnet'),
    allowAccessFromHostList: hostListMethod(true),
    removeAccessFromHostList: hostListMethod(false),
    allowAccessFromHost: hostMethod(true),
    removeAccessFromHost: hostMethod(false),
    getAllowedHostsLimit: () => value(ALLOWED_HOSTS_LIMIT),
    getRemainingAllowedHosts: (input) => value(ALLOWED_HOSTS_LIMIT - allowedHostCount(volumeArg(input))),
    createSnapshot,
    enableSnapshots,
    disableSnapshots,
    restoreFromSnapshot,
    createOrUpdateLunId,
    ...replicationMethods,
    setSnapshotNotification: (input) => {
      const volume = volumeArg(input);
      const flag = input.call.args[0];
      input.context.state.mutate(() => {
        volume.snapshotNotification = !(flag === false || flag === 0 || flag === '0' || flag === 'false');
      });
      return value(null);
    },
    getSnapshotsForVolume: (input) =>
      rows(STORAGE, snapshotsOf(volumeArg(input), input.context.state), 'snapshots'),
    getTargetIpAddresses: (input) => {
      const volume = volumeArg(input);
      return value(volume.kind === 'block' ? [storageTarget(volume)] : []);
    },
    getNetworkMountAddress: (input) => {
      const volume = volumeOf(input.row as StorageRow, input.context.state);
      return value(volume ? storageTarget(volume) : null);
    },
    getValidReplicationTargetDatacenterLocations: (input) => {
      const volume = volumeArg(input);
      return rows(
        'SoftLayer_Location',
        DATACENTERS.filter((datacenter) => datacenter.id !== volume.datacenterId).map(locationView),
      );
    },
    getVolumeCountLimits: (input) => {
      const volumes = input.context.state.storageVolumes.all();
      const counts = new Map<string, number>();
      for (const volume of volumes) {
        const name = datacenterById(volume.datacenterId).name;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      return value([
        {
          datacenterName: 'global',
          maximumAvailableCount: VOLUME_COUNT_LIMIT,
          provisionedCount: volumes.length,
        },
        ...[...counts].map(([datacenterName, provisionedCount]) => ({
          datacenterName,
          maximumAvailableCount: VOLUME_COUNT_LIMIT,
          provisionedCount,
        })),
      ]);
    },
  },
};
