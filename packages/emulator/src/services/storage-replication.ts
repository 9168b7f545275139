// Replica failover and failback, and the conversion and refresh of duplicate volumes (SoftLayer_Network_Storage).
import { faults } from '../api-fault';
import { formatApiDate } from '../data/dates';
import type { StorageVolumeRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { isSnapshot, replicationPartnersOf, type StorageRow, snapshotsOf } from '../models/network-storage';
import { integerArg, toFlag } from './arguments';
import type { MethodImplementation, MethodInput } from './service-definition';
import { value } from './service-definition';

/** How long a duplicate's refresh and its conversion to an independent volume run. */
const REFRESH_MS = 10 * 60_000;
const CONVERSION_MS = 30 * 60_000;

const CONVERSION_GROUP = 'Converting Dependent Duplicate';
const REFRESH_GROUP = 'Refresh Duplicate';

function volumeArg(input: MethodInput): StorageVolumeRecord {
  const target = input.row as StorageRow;
  if (isSnapshot(target)) {
    throw faults.publicError(`${input.call.method} applies to storage volumes; ${target.id} is a snapshot.`);
  }
  return target;
}

function busy(volume: StorageVolumeRecord, now: number): boolean {
  return volume.transaction !== null && volume.transaction.endsAt > now;
}

function startTransaction(
  state: EmulatorState,
  volume: StorageVolumeRecord,
  groupName: string,
  now: number,
  durationMs: number,
): void {
  volume.transaction = {
    id: state.allocateId('transaction'),
    kind: 'generic',
    groupName,
    startedAt: now,
    endsAt: now + durationMs,
  };
}

/** The replica of `volume` named by the first argument; a primary only, and only one of its own replicas. */
function replicantArg(input: MethodInput, volume: StorageVolumeRecord): StorageVolumeRecord {
  const replicantId = integerArg(input.call.args, 0, 'replicantId');
  const { state } = input.context;
  if (volume.replicaOfId !== undefined) {
    throw faults.publicError(
      `${volume.username} is a replica; fail over from its primary volume (${volume.replicaOfId}).`,
    );
  }
  const replicant = replicationPartnersOf(volume, state).find((each) => each.id === replicantId);
  if (!replicant) {
    throw faults.publicError(`Volume ${replicantId} is not a replicant of ${volume.username}.`);
  }
  // A failover to a replica cancelled since then no longer counts.
  const active = volume.failover ? state.storageVolumes.get(volume.failover.replicantId) : undefined;
  if (active) throw faults.publicError(`${volume.username} is already failed over to ${active.username}.`);
  return replicant;
}

function failover(disaster: boolean): MethodImplementation {
  return (input) => {
    const volume = volumeArg(input);
    const replicant = replicantArg(input, volume);
    const { state, now } = input.context;
    state.mutate(() => {
      volume.failover = { replicantId: replicant.id, disaster, at: now };
    });
    return value(true);
  };
}

function failbackFromReplicant(input: MethodInput): ReturnType<typeof value> {
  const volume = volumeArg(input);
  if (!volume.failover) {
    throw faults.publicError(`${volume.username} is not failed over to a replicant.`);
  }
  if (volume.failover.disaster) {
    throw faults.publicError(
      `${volume.username} was failed over after a disaster; open a support ticket to fail back.`,
    );
  }
  input.context.state.mutate(() => {
    delete volume.failover;
  });
  return value(true);
}

function convertCloneDependentToIndependent(input: MethodInput): ReturnType<typeof value> {
  const volume = volumeArg(input);
  const { state, now } = input.context;
  if (!volume.duplicateOf?.dependent) {
    throw faults.publicError(`${volume.username} is not a dependent duplicate volume.`);
  }
  if (busy(volume, now)) {
    throw faults.publicError(`There is currently an active transaction on ${volume.username}.`);
  }
  const origin = volume.duplicateOf;
  state.mutate(() => {
    volume.duplicateOf = { ...origin, dependent: false };
    startTransaction(state, volume, CONVERSION_GROUP, now, CONVERSION_MS);
  });
  return value(true);
}

function refreshDuplicate(input: MethodInput): ReturnType<typeof value> {
  const volume = volumeArg(input);
  const snapshotId = integerArg(input.call.args, 0, 'snapshotId');
  const force = input.call.args[1] === undefined ? false : toFlag(input.call.args[1]);
  const { state, now } = input.context;
  const duplicate = volume.duplicateOf;
  if (!duplicate) throw faults.publicError(`${volume.username} is not a duplicate volume.`);
  const origin = state.storageVolumes.get(duplicate.volumeId);
  if (!origin) throw faults.publicError(`The origin volume of ${volume.username} no longer exists.`);
  if (!snapshotsOf(origin, state).some((snapshot) => snapshot.id === snapshotId)) {
    throw faults.publicError(`Snapshot ${snapshotId} is not a snapshot of ${origin.username}.`);
  }
  if (busy(volume, now) && !force) {
    throw faults.publicError(
      `There is currently an active transaction on ${volume.username}; force the refresh to cancel it.`,
    );
  }
  state.mutate(() => {
    volume.duplicateOf = { ...duplicate, snapshotId };
    volume.bytesUsed = Math.min(origin.bytesUsed, volume.capacityGb * 1024 ** 3);
    startTransaction(state, volume, REFRESH_GROUP, now, REFRESH_MS);
  });
  return value(true);
}

/** How far a dependent duplicate's conversion has gone: 100 once done (or for an independent duplicate). */
function getDuplicateConversionStatus(input: MethodInput): ReturnType<typeof value> {
  const volume = volumeArg(input);
  const { now } = input.context;
  if (!volume.duplicateOf) throw faults.publicError(`${volume.username} is not a duplicate volume.`);
  if (volume.duplicateOf.dependent) {
    throw faults.publicError(`${volume.username} is a dependent duplicate with no conversion under way.`);
  }
  const transaction = volume.transaction?.groupName === CONVERSION_GROUP ? volume.transaction : null;
  const percentage =
    transaction && transaction.endsAt > now
      ? Math.floor(((now - transaction.startedAt) / (transaction.endsAt - transaction.startedAt)) * 100)
      : 100;
  return value({
    volumeUsername: volume.username,
    activeConversionStartTime: transaction ? formatApiDate(transaction.startedAt) : '',
    deDuplicateConversionPercentage: percentage,
  });
}

/** The failover and duplicate methods of SoftLayer_Network_Storage. */
export const replicationMethods: Record<string, MethodImplementation> = {
  failoverToReplicant: failover(false),
  disasterRecoveryFailoverToReplicant: failover(true),
  failbackFromReplicant,
  convertCloneDependentToIndependent,
  refreshDuplicate,
  refreshDependentDuplicate: refreshDuplicate,
  getDuplicateConversionStatus,
};
