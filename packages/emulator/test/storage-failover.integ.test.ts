// Storage side effects over XML-RPC: replica failover and failback, duplicate conversion and refresh, snapshot
// space cancellation, and allowed hosts' CHAP passwords and subnet ACLs.
import type { XmlRpcValue } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageVolumeRecord } from '../src/data/records';
import { type Emulator, startEmulator } from '../src/index';
import { allowedHostId } from '../src/models/allowed-host';
import { storageBillingItemId } from '../src/models/billing-ids';
import { type CallOptions, xmlrpcCall as call, faultOf as fault } from './call-api';

let emulator: Emulator;
let primary: StorageVolumeRecord;
let replica: StorageVolumeRecord;
let duplicate: StorageVolumeRecord;

const STORAGE = 'SoftLayer_Network_Storage';
const ALLOWED_HOST = 'SoftLayer_Network_Storage_Allowed_Host';

async function value<T>(service: string, method: string, options: CallOptions = {}, ...args: XmlRpcValue[]) {
  return (await call(emulator, service, method, options, ...args)).value as T;
}

/** A new volume like `from` (made in the test: the seed has no replicas or duplicates). */
function addVolume(from: StorageVolumeRecord, link: Partial<StorageVolumeRecord>): StorageVolumeRecord {
  const { state } = emulator;
  return state.mutate(() => {
    const created: StorageVolumeRecord = {
      ...(JSON.parse(JSON.stringify(from)) as StorageVolumeRecord),
      id: state.allocateId('storage'),
      username: `${from.username}_T${state.storageVolumes.all().length}`,
      snapshotSchedules: [],
      transaction: null,
      ...link,
    };
    state.storageVolumes.insert(created);
    return created;
  });
}

beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: 0 });
  const { state } = emulator;
  primary = state.storageVolumes.filter(
    (volume) => volume.kind === 'block' && volume.snapshotCapacityGb > 0,
  )[0]!;
  replica = addVolume(primary, { replicaOfId: primary.id, datacenterId: primary.datacenterId + 1 });
  const withSnapshots = state.storageVolumes.filter((volume) =>
    state.storageSnapshots.all().some((snapshot) => snapshot.volumeId === volume.id),
  )[0]!;
  duplicate = addVolume(withSnapshots, { duplicateOf: { volumeId: withSnapshots.id, dependent: true } });
});
afterAll(async () => {
  await emulator.close();
});

describe('replica failover and failback', () => {
  const status = async (id: number) =>
    (await value<{ replicationStatus: string }>(STORAGE, 'getObject', { id, mask: 'replicationStatus' }))
      .replicationStatus;

  it('failoverToReplicant makes the replica the active volume; failbackFromReplicant undoes it', async () => {
    expect(await status(primary.id)).toBe('Replicant Volume Provisioning has completed.');
    expect(await value(STORAGE, 'failoverToReplicant', { id: primary.id }, replica.id)).toBe(true);
    expect(await status(primary.id)).toBe(
      `Failover to ${replica.username} has completed; ${replica.username} is the active volume.`,
    );
    expect(await status(replica.id)).toBe(
      `Failover from ${primary.username} has completed; this replicant is the active volume.`,
    );
    const again = await fault(call(emulator, STORAGE, 'failoverToReplicant', { id: primary.id }, replica.id));
    expect(again.faultString).toContain('already failed over');
    expect(await value(STORAGE, 'failbackFromReplicant', { id: primary.id })).toBe(true);
    expect(await status(primary.id)).toBe('Replicant Volume Provisioning has completed.');
    const back = await fault(call(emulator, STORAGE, 'failbackFromReplicant', { id: primary.id }));
    expect(back.faultString).toContain('is not failed over');
  });

  it('a disaster recovery failover cannot be failed back through the API', async () => {
    expect(await value(STORAGE, 'disasterRecoveryFailoverToReplicant', { id: primary.id }, replica.id)).toBe(
      true,
    );
    expect(await status(primary.id)).toContain('Disaster recovery failover');
    const back = await fault(call(emulator, STORAGE, 'failbackFromReplicant', { id: primary.id }));
    expect(back.faultString).toContain('open a support ticket');
    emulator.state.mutate(() => {
      delete primary.failover;
    });
  });

  it('refuses a volume that is not a replicant of the volume', async () => {
    const other = emulator.state.storageVolumes.all().find((volume) => volume.id !== replica.id)!;
    const refused = await fault(call(emulator, STORAGE, 'failoverToReplicant', { id: primary.id }, other.id));
    expect(refused.faultString).toContain('is not a replicant');
  });
});

describe('duplicates', () => {
  it('convertCloneDependentToIndependent starts the conversion; getDuplicateConversionStatus follows it', async () => {
    expect(await value(STORAGE, 'convertCloneDependentToIndependent', { id: duplicate.id })).toBe(true);
    expect(emulator.state.storageVolumes.get(duplicate.id)?.duplicateOf?.dependent).toBe(false);
    const conversion = await value<Record<string, unknown>>(STORAGE, 'getDuplicateConversionStatus', {
      id: duplicate.id,
    });
    expect(conversion.volumeUsername).toBe(duplicate.username);
    expect(conversion.deDuplicateConversionPercentage).toBeLessThan(100);
    const detail = await value<Record<string, unknown>>(STORAGE, 'getObject', {
      id: duplicate.id,
      mask: 'activeTransactions.transactionGroup[name]',
    });
    expect(detail.activeTransactions).toMatchObject([
      { transactionGroup: { name: 'Converting Dependent Duplicate' } },
    ]);
    const twice = await fault(
      call(emulator, STORAGE, 'convertCloneDependentToIndependent', { id: duplicate.id }),
    );
    expect(twice.faultString).toContain('is not a dependent duplicate');
  });

  it('refreshDuplicate takes a snapshot of the origin (force to replace a running transaction)', async () => {
    const snapshot = emulator.state.storageSnapshots.filter(
      (item) => item.volumeId === duplicate.duplicateOf?.volumeId,
    )[0]!;
    const busy = await fault(call(emulator, STORAGE, 'refreshDuplicate', { id: duplicate.id }, snapshot.id));
    expect(busy.faultString).toContain('active transaction');
    expect(await value(STORAGE, 'refreshDuplicate', { id: duplicate.id }, snapshot.id, true)).toBe(true);
    const detail = await value<Record<string, unknown>>(STORAGE, 'getObject', {
      id: duplicate.id,
      mask: 'originalSnapshotName,activeTransactions.transactionGroup[name]',
    });
    expect(detail).toMatchObject({
      originalSnapshotName: snapshot.username,
      activeTransactions: [{ transactionGroup: { name: 'Refresh Duplicate' } }],
    });
    const foreign = await fault(call(emulator, STORAGE, 'refreshDuplicate', { id: duplicate.id }, 1, true));
    expect(foreign.faultString).toContain('is not a snapshot of');
  });
});

describe('snapshot space', () => {
  const childId = (volume: StorageVolumeRecord) => storageBillingItemId(volume.id) * 10 + 4;

  it('cancelling its billing item on the anniversary date sets the cancellation date', async () => {
    const volume = emulator.state.storageVolumes.filter(
      (item) => item.snapshotCapacityGb > 0 && item.id !== primary.id,
    )[0]!;
    const item = await value<Record<string, unknown>>('SoftLayer_Billing_Item', 'getObject', {
      id: childId(volume),
    });
    expect(item.categoryCode).toBe('storage_snapshot_space');
    expect(await value('SoftLayer_Billing_Item', 'cancelItem', { id: childId(volume) }, false, true)).toBe(
      true,
    );
    const cancelled = await value<Record<string, unknown>>('SoftLayer_Billing_Item', 'getObject', {
      id: childId(volume),
    });
    expect(cancelled.cancellationDate).toBeTypeOf('string');
    expect(emulator.state.storageVolumes.get(volume.id)?.snapshotCapacityGb).toBe(volume.snapshotCapacityGb);
  });

  it('cancelling it at once removes the space, its snapshots and schedules', async () => {
    expect(await value('SoftLayer_Billing_Item', 'cancelItem', { id: childId(primary) }, true, true)).toBe(
      true,
    );
    const after = emulator.state.storageVolumes.get(primary.id)!;
    expect(after.snapshotCapacityGb).toBe(0);
    expect(after.snapshotSchedules).toEqual([]);
    expect(emulator.state.storageSnapshots.filter((item) => item.volumeId === primary.id)).toEqual([]);
  });
});

describe('allowed hosts', () => {
  const host = () => {
    const volume = emulator.state.storageVolumes.filter((item) => item.allowedGuestIds.length > 0)[0]!;
    return allowedHostId('VIRTUAL_GUEST', volume.allowedGuestIds[0]!);
  };

  it('setCredentialPassword changes the CHAP password (strong ones only)', async () => {
    expect(await value(ALLOWED_HOST, 'setCredentialPassword', { id: host() }, 'Abcdefgh1234')).toBe(true);
    const read = await value<{ credential: { password: string } }>(ALLOWED_HOST, 'getObject', {
      id: host(),
      mask: 'credential',
    });
    expect(read.credential.password).toBe('Abcdefgh1234');
    const credential = await value<{ password: string }>(ALLOWED_HOST, 'getCredential', { id: host() });
    expect(credential.password).toBe('Abcdefgh1234');
    const weak = await fault(call(emulator, ALLOWED_HOST, 'setCredentialPassword', { id: host() }, 'weak'));
    expect(weak.faultCode).toBe('SoftLayer_Exception_InvalidValue');
  });

  it('assignSubnetsToAcl, getSubnetsInAcl and removeSubnetsFromAcl keep the ACL', async () => {
    const subnets = [1500062, 1500061];
    expect(await value(ALLOWED_HOST, 'assignSubnetsToAcl', { id: host() }, [...subnets, 99])).toEqual(
      subnets,
    );
    const listed = await value<Array<{ id: number }>>(ALLOWED_HOST, 'getSubnetsInAcl', {
      id: host(),
      mask: 'id',
    });
    expect(listed).toEqual(subnets.map((id) => ({ id })));
    expect(await value(ALLOWED_HOST, 'removeSubnetsFromAcl', { id: host() }, [1500062, 1500002])).toEqual([
      1500062,
    ]);
    expect(await value(ALLOWED_HOST, 'getSubnetsInAcl', { id: host(), mask: 'id' })).toEqual([
      { id: 1500061 },
    ]);
  });

  it('an id no volume authorizes is not found', async () => {
    const missing = await fault(call(emulator, ALLOWED_HOST, 'getSubnetsInAcl', { id: 12345 }));
    expect(missing.faultCode).toBe('SoftLayer_Exception_ObjectNotFound');
  });
});
