import { formatApiDate } from '../data/dates';
import type { SnapshotScheduleType, StorageVolumeRecord } from '../data/records';
import type { EmulatorState } from '../data/state';

/** The replication schedule types, by the origin snapshot schedule they follow (type ids 5 to 8). */
const REPLICATION_TYPES: readonly SnapshotScheduleType[] = ['INTERVAL', 'HOURLY', 'DAILY', 'WEEKLY'];

/**
 * A replica pair's `replicationSchedule` (a `SoftLayer_Network_Storage_Schedule` of type `REPLICATION_<type>`): the
 * replica's own, and on its primary the first replica's. Undefined for a volume that has no replica.
 */
export function replicationScheduleOf(
  volume: StorageVolumeRecord,
  state: EmulatorState,
): Record<string, unknown> | undefined {
  const replica =
    volume.replicaOfId !== undefined
      ? volume
      : state.storageVolumes.all().find((each) => each.replicaOfId === volume.id);
  if (replica?.replicaOfId === undefined) return undefined;
  const type = replica.replicationScheduleType ?? 'DAILY';
  const index = REPLICATION_TYPES.indexOf(type);
  const label = `${type.charAt(0)}${type.slice(1).toLowerCase()}`;
  return {
    id: replica.id * 10 + 9,
    active: 1,
    createDate: formatApiDate(replica.createdAt),
    modifyDate: formatApiDate(replica.createdAt),
    name: `${replica.username}_REPLICATION_${type}`,
    partnershipId: replica.id,
    typeId: 5 + index,
    volumeId: replica.replicaOfId,
    type: { id: 5 + index, keyname: `REPLICATION_${type}`, name: `Replication ${label}` },
  };
}
