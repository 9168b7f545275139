// Block and file storage volumes over XML-RPC and REST: lists with the reference client's masks and filters,
// details, access lists, snapshots, schedules and cancellation, and what a state file keeps of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { XmlRpcValue } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageVolumeRecord } from '../src/data/records';
import { type Emulator, startEmulator } from '../src/index';
import { type CallOptions, xmlrpcCall as call, faultOf as fault } from './call-api';

const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-storage-'));
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 21, guests: 200, hardware: 30, rateLimit: 0 });
});
afterAll(async () => {
  await emulator.close();
  rmSync(directory, { recursive: true, force: true });
});

async function value<T>(service: string, method: string, options: CallOptions = {}, ...args: XmlRpcValue[]) {
  return (await call(emulator, service, method, options, ...args)).value as T;
}

type Volume = Record<string, unknown> & { id: number };

const BLOCK_LIST_MASK =
  'id,username,lunId,capacityGb,bytesUsed,serviceResource.datacenter[name],serviceResourceBackendIpAddress,activeTransactionCount,replicationPartnerCount';
const DETAIL_MASK =
  'id,username,password,capacityGb,snapshotCapacityGb,parentVolume.snapshotSizeBytes,storageType.keyName,serviceResource.datacenter[name],serviceResourceBackendIpAddress,storageTierLevel,provisionedIops,lunId,originalVolumeName,originalSnapshotName,originalVolumeSize,activeTransactionCount,activeTransactions.transactionStatus[friendlyName],replicationPartnerCount,replicationStatus,replicationPartners[id,username,serviceResourceBackendIpAddress,serviceResource[datacenter[name]],replicationSchedule[type[keyname]]],notes';
const FILE_DETAIL_MASK = `${DETAIL_MASK},bytesUsed,fileNetworkMountAddress`;

/** The reference's list filter (`list_block_volumes` / `list_file_volumes`), with extra conditions. */
function listFilter(
  property: 'iscsiNetworkStorage' | 'nasNetworkStorage',
  extra: Record<string, unknown> = {},
) {
  const block = property === 'iscsiNetworkStorage';
  return {
    [property]: {
      serviceResource: { type: { type: { operation: block ? '!~ ISCSI' : '!~ NAS' } } },
      storageType: { keyName: { operation: block ? '~ BLOCK_STORAGE' : '~ FILE_STORAGE' } },
      ...extra,
    },
  };
}

function volumes(kind: 'block' | 'file'): StorageVolumeRecord[] {
  return emulator.state.storageVolumes.filter((volume) => volume.kind === kind);
}

describe('listing volumes', () => {
  it('Account::getIscsiNetworkStorage and getNasNetworkStorage answer every volume of the kind', async () => {
    const block = await call(emulator, 'SoftLayer_Account', 'getIscsiNetworkStorage', {
      mask: BLOCK_LIST_MASK,
      filter: listFilter('iscsiNetworkStorage'),
    });
    const blockItems = block.value as Volume[];
    expect(blockItems.map((item) => item.id)).toEqual(volumes('block').map((volume) => volume.id));
    expect(block.total).toBe(volumes('block').length);
    for (const item of blockItems) {
      expect(item).toMatchObject({
        username: expect.stringMatching(/^SL02SEL\d+-\d+$/),
        lunId: expect.stringMatching(/^\d+$/),
        capacityGb: expect.any(Number),
        bytesUsed: expect.stringMatching(/^\d+$/),
        serviceResource: { datacenter: { name: expect.stringMatching(/^[a-z]{3}\d{2}$/) } },
        serviceResourceBackendIpAddress: expect.stringMatching(/^10\.\d+\.\d+\.\d+$/),
        activeTransactionCount: expect.any(Number),
        replicationPartnerCount: 0,
      });
    }
    const file = await call(emulator, 'SoftLayer_Account', 'getNasNetworkStorage', {
      mask: `${BLOCK_LIST_MASK.replace('lunId,', '')},fileNetworkMountAddress`,
      filter: listFilter('nasNetworkStorage'),
    });
    const fileItems = file.value as Volume[];
    expect(fileItems).toHaveLength(volumes('file').length);
    for (const item of fileItems) {
      expect(item.username).toMatch(/^SL02SV\d+_\d+$/);
      expect(item.fileNetworkMountAddress).toBe(
        `${String(item.serviceResourceBackendIpAddress)}:/${String(item.username)}/data01`,
      );
      expect(item).not.toHaveProperty('lunId');
    }
    const all = await call(emulator, 'SoftLayer_Account', 'getObject', {
      mask: 'mask[networkStorageCount,iscsiNetworkStorageCount,nasNetworkStorageCount]',
    });
    expect(all.value).toMatchObject({
      networkStorageCount: emulator.state.storageVolumes.size,
      iscsiNetworkStorageCount: volumes('block').length,
      nasNetworkStorageCount: volumes('file').length,
    });
  });

  it('filters by datacenter, storage type, username and order, and pages with resultLimit', async () => {
    const sample = volumes('block')[0]!;
    const datacenter = (
      await value<Volume>('SoftLayer_Network_Storage', 'getObject', {
        id: sample.id,
        mask: 'serviceResource.datacenter[name]',
      })
    ).serviceResource as { datacenter: { name: string } };
    const inDatacenter = await value<Volume[]>('SoftLayer_Account', 'getIscsiNetworkStorage', {
      mask: 'id',
      filter: listFilter('iscsiNetworkStorage', {
        serviceResource: { datacenter: { name: { operation: `_= ${datacenter.datacenter.name}` } } },
      }),
    });
    const expected = volumes('block').filter((volume) => volume.datacenterId === sample.datacenterId);
    expect(inDatacenter.map((item) => item.id)).toEqual(expected.map((volume) => volume.id));

    for (const offering of ['ENDURANCE', 'PERFORMANCE'] as const) {
      const typed = await value<Volume[]>('SoftLayer_Account', 'getIscsiNetworkStorage', {
        mask: 'id,storageType.keyName',
        filter: listFilter('iscsiNetworkStorage', {
          storageType: { keyName: { operation: `^= ${offering}_BLOCK_STORAGE` } },
        }),
      });
      const ids = volumes('block').filter((volume) => volume.offering === offering);
      expect(typed.map((item) => item.id)).toEqual(ids.map((volume) => volume.id));
      expect(ids.length).toBeGreaterThan(0);
      for (const item of typed) expect(item.storageType).toEqual({ keyName: `${offering}_BLOCK_STORAGE` });
    }

    const byName = await value<Volume[]>('SoftLayer_Account', 'getIscsiNetworkStorage', {
      mask: 'id,username',
      filter: listFilter('iscsiNetworkStorage', { username: { operation: `_= ${sample.username}` } }),
    });
    expect(byName).toEqual([{ id: sample.id, username: sample.username }]);

    const byOrder = await value<Volume[]>('SoftLayer_Account', 'getIscsiNetworkStorage', {
      mask: 'id',
      filter: listFilter('iscsiNetworkStorage', {
        billingItem: { orderItem: { order: { id: { operation: sample.orderId } } } },
      }),
    });
    expect(byOrder).toEqual([{ id: sample.id }]);

    const page = await call(emulator, 'SoftLayer_Account', 'getNetworkStorage', {
      mask: 'id',
      limit: 2,
      offset: 1,
    });
    expect(page.total).toBe(emulator.state.storageVolumes.size);
    expect((page.value as Volume[]).map((item) => item.id)).toEqual(
      emulator.state.storageVolumes
        .all()
        .slice(1, 3)
        .map((volume) => volume.id),
    );
  });
});

describe('volume details', () => {
  it("answers the reference's detail masks with realistic values", async () => {
    for (const volume of emulator.state.storageVolumes.all()) {
      const detail = await value<Volume>('SoftLayer_Network_Storage', 'getObject', {
        id: volume.id,
        mask: volume.kind === 'block' ? DETAIL_MASK : FILE_DETAIL_MASK,
      });
      const family = volume.kind === 'block' ? 'BLOCK' : 'FILE';
      expect(detail).toMatchObject({
        id: volume.id,
        username: volume.username,
        capacityGb: volume.capacityGb,
        snapshotCapacityGb: String(volume.snapshotCapacityGb),
        storageType: { keyName: `${volume.offering}_${family}_STORAGE` },
        provisionedIops: String(volume.provisionedIops),
        activeTransactionCount: expect.any(Number),
        replicationPartnerCount: 0,
        replicationPartners: [],
        parentVolume: { snapshotSizeBytes: expect.stringMatching(/^\d+$/) },
      });
      expect(Number(detail.provisionedIops)).toBeGreaterThan(0);
      if (volume.offering === 'ENDURANCE') {
        expect(detail.storageTierLevel).toMatch(
          /^(LOW_INTENSITY_TIER|READHEAVY_TIER|WRITEHEAVY_TIER|10_IOPS_PER_GB)$/,
        );
      } else {
        expect(detail).not.toHaveProperty('storageTierLevel');
      }
      if (volume.kind === 'block') expect(detail.lunId).toBe(String(volume.lunId));
      else
        expect(detail.fileNetworkMountAddress).toMatch(/^fsf-[a-z]{3}\d{4}a-fz\.adn\.networklayer\.com:\//);
    }
  });

  it('serves relational getters, counts, billing items and the account billing items', async () => {
    const volume = emulator.state.storageVolumes
      .all()
      .find((candidate) => candidate.allowedGuestIds.length > 0)!;
    const guests = await value<Volume[]>('SoftLayer_Network_Storage', 'getAllowedVirtualGuests', {
      id: volume.id,
      mask: 'id,hostname,allowedHost[name,credential[username]]',
    });
    expect(guests.map((guest) => guest.id)).toEqual(volume.allowedGuestIds);
    expect(guests[0]?.allowedHost).toMatchObject({
      name: expect.stringMatching(/^iqn\.2020-07\.com\.ibm:sl02su\d+-v\d+$/),
      credential: { username: expect.stringMatching(/^SL02SU\d+-V\d+$/) },
    });
    const counts = await value<Volume>('SoftLayer_Network_Storage', 'getObject', {
      id: volume.id,
      mask: 'allowedVirtualGuestCount,allowedHardwareCount,allowedIpAddressCount,snapshotCount,scheduleCount',
    });
    expect(counts).toMatchObject({
      allowedVirtualGuestCount: volume.allowedGuestIds.length,
      allowedHardwareCount: volume.allowedHardwareIds.length,
      allowedIpAddressCount: volume.allowedIpAddresses.length,
      snapshotCount: emulator.state.storageSnapshots.filter((snapshot) => snapshot.volumeId === volume.id)
        .length,
      scheduleCount: volume.snapshotSchedules.length,
    });
    const billing = await value<Volume>('SoftLayer_Network_Storage', 'getBillingItem', {
      id: volume.id,
      mask: 'id,recurringFee,categoryCode,hourlyFlag,activeChildren[categoryCode]',
    });
    expect(billing).toMatchObject({
      categoryCode: 'storage_as_a_service',
      recurringFee: expect.stringMatching(/^\d+\.\d\d$/),
      hourlyFlag: volume.hourly,
    });
    expect(billing).not.toHaveProperty('cancellationDate');
    const item = await value<Volume>('SoftLayer_Billing_Item', 'getObject', { id: billing.id, mask: 'id' });
    expect(item.id).toBe(billing.id);
    const accountItems = await value<Volume[]>('SoftLayer_Account', 'getAllTopLevelBillingItems', {
      mask: 'id',
      filter: { allTopLevelBillingItems: { categoryCode: { operation: 'storage_as_a_service' } } },
    });
    expect(accountItems).toHaveLength(emulator.state.storageVolumes.size);
  });

  it("answers the API's not-found fault for unknown ids, over XML-RPC and REST", async () => {
    expect(await fault(value('SoftLayer_Network_Storage', 'getObject', { id: 1 }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
      faultString: "Unable to find object with id of '1'.",
    });
    const volume = emulator.state.storageVolumes.all()[0]!;
    expect(
      await fault(
        value('SoftLayer_Network_Storage', 'allowAccessFromVirtualGuestList', { id: volume.id }, [{ id: 7 }]),
      ),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_ObjectNotFound' });
    const { username, apiKey } = emulator.credentials;
    const response = await fetch(`${emulator.restUrl}SoftLayer_Network_Storage/2/getSnapshots.json`, {
      headers: { authorization: `Basic ${Buffer.from(`${username}:${apiKey}`).toString('base64')}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: "Unable to find object with id of '2'.",
      code: 'SoftLayer_Exception_ObjectNotFound',
    });
  });

  it('edits notes', async () => {
    const volume = volumes('file')[0]!;
    expect(
      await value('SoftLayer_Network_Storage', 'editObject', { id: volume.id }, { notes: 'renamed by test' }),
    ).toBe(true);
    const detail = await value<Volume>('SoftLayer_Network_Storage', 'getObject', {
      id: volume.id,
      mask: 'notes',
    });
    expect(detail.notes).toBe('renamed by test');
  });
});

describe('access lists', () => {
  it('allow and remove guests, servers, addresses and subnets', async () => {
    const volume = volumes('block')[1]!;
    const guest = emulator.state.guests
      .all()
      .find((candidate) => !volume.allowedGuestIds.includes(candidate.id))!;
    const server = emulator.state.hardware
      .all()
      .find((candidate) => !volume.allowedHardwareIds.includes(candidate.id))!;
    const address = await value<{ id: number; ipAddress: string }>(
      'SoftLayer_Network_Subnet_IpAddress',
      'getByIpAddress',
      {},
      '10.100.7.9',
    );
    const subnetId = 1_500_002;
    const id = volume.id;
    for (const [method, id_] of [
      ['allowAccessFromVirtualGuestList', guest.id],
      ['allowAccessFromHardwareList', server.id],
      ['allowAccessFromIpAddressList', address.id],
      ['allowAccessFromSubnetList', subnetId],
    ] as const) {
      expect(await value('SoftLayer_Network_Storage', method, { id }, [{ id: id_ }])).toBe(true);
    }
    const mask =
      'id,allowedVirtualGuests[id,allowedHost[credential,sourceSubnet]],allowedHardware[id,allowedHost[credential]],allowedSubnets[id,allowedHost[credential]],allowedIpAddresses[id,ipAddress,allowedHost[credential]]';
    const allowed = await value<Record<string, Array<Record<string, unknown>>>>(
      'SoftLayer_Network_Storage',
      'getObject',
      { id, mask },
    );
    expect(allowed.allowedVirtualGuests?.map((item) => item.id)).toContain(guest.id);
    expect(allowed.allowedHardware?.map((item) => item.id)).toContain(server.id);
    expect(allowed.allowedSubnets?.map((item) => item.id)).toContain(subnetId);
    expect(allowed.allowedIpAddresses).toContainEqual(
      expect.objectContaining({ id: address.id, ipAddress: '10.100.7.9', allowedHost: expect.any(Object) }),
    );
    const addedGuest = allowed.allowedVirtualGuests?.find((item) => item.id === guest.id);
    expect(addedGuest?.allowedHost).toMatchObject({
      sourceSubnet: expect.stringMatching(/^10\.\d+\.0\.0\/16$/),
      credential: {
        username: `SL02SU${emulator.state.accountId}-V${guest.id}`,
        password: expect.any(String),
      },
    });

    for (const [method, id_] of [
      ['removeAccessFromVirtualGuestList', guest.id],
      ['removeAccessFromHardwareList', server.id],
      ['removeAccessFromIpAddressList', address.id],
      ['removeAccessFromSubnetList', subnetId],
    ] as const) {
      expect(await value('SoftLayer_Network_Storage', method, { id }, [{ id: id_ }])).toBe(true);
    }
    const after = emulator.state.storageVolumes.get(id)!;
    expect(after.allowedGuestIds).not.toContain(guest.id);
    expect(after.allowedHardwareIds).not.toContain(server.id);
    expect(after.allowedIpAddresses).not.toContain('10.100.7.9');
    expect(after.allowedSubnetIds).not.toContain(subnetId);
  });

  it("take the reference's allowAccessFromHostList templates and answer allowed hosts", async () => {
    const volume = volumes('file')[1]!;
    const guest = emulator.state.guests.all().at(-1)!;
    const hosts = await value<Array<Record<string, unknown>>>(
      'SoftLayer_Network_Storage',
      'allowAccessFromHostList',
      { id: volume.id },
      [{ objectType: 'SoftLayer_Virtual_Guest', id: guest.id }],
    );
    expect(hosts).toEqual([
      expect.objectContaining({ resourceTableId: guest.id, resourceTableName: 'VIRTUAL_GUEST' }),
    ]);
    expect(hosts[0]).not.toHaveProperty('credential');
    const attached = await value<Volume[]>(
      'SoftLayer_Virtual_Guest',
      'getAttachedNetworkStorages',
      { id: guest.id, mask: 'id' },
      'NAS',
    );
    expect(attached.map((item) => item.id)).toContain(volume.id);
    await value('SoftLayer_Network_Storage', 'removeAccessFromHostList', { id: volume.id }, [
      { objectType: 'SoftLayer_Virtual_Guest', id: guest.id },
    ]);
    expect(emulator.state.storageVolumes.get(volume.id)?.allowedGuestIds).not.toContain(guest.id);
    expect(
      await fault(
        value('SoftLayer_Network_Storage', 'allowAccessFromHostList', { id: volume.id }, [
          { objectType: 'SoftLayer_Dns_Domain', id: 1 },
        ]),
      ),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_InvalidValue' });
  });
});

describe('snapshots and schedules', () => {
  it('creates a snapshot as a SNAPSHOT row under the volume and deletes it', async () => {
    const volume = emulator.state.storageVolumes.all().find((candidate) => candidate.snapshotCapacityGb > 0)!;
    const created = await value<Volume>(
      'SoftLayer_Network_Storage',
      'createSnapshot',
      { id: volume.id, mask: 'id,nasType,notes,snapshotCreationTimestamp,parentVolume[id]' },
      'before the test',
    );
    expect(created).toMatchObject({
      nasType: 'SNAPSHOT',
      notes: 'before the test',
      snapshotCreationTimestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      parentVolume: { id: volume.id },
    });
    const listed = await value<Volume[]>('SoftLayer_Network_Storage', 'getSnapshots', {
      id: volume.id,
      mask: 'id,notes,snapshotSizeBytes',
    });
    expect(listed.map((item) => item.id)).toContain(created.id);
    expect(await value('SoftLayer_Network_Storage', 'deleteObject', { id: created.id })).toBe(true);
    expect(await fault(value('SoftLayer_Network_Storage', 'getObject', { id: created.id }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
    expect(await fault(value('SoftLayer_Network_Storage', 'deleteObject', { id: volume.id }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_Public',
    });
    const noSpace = emulator.state.storageVolumes
      .all()
      .find((candidate) => candidate.snapshotCapacityGb === 0)!;
    expect(
      await fault(value('SoftLayer_Network_Storage', 'createSnapshot', { id: noSpace.id }, 'x')),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_Public' });
  });

  it('enables and disables snapshot schedules', async () => {
    const volume = emulator.state.storageVolumes.all().find((candidate) => candidate.snapshotCapacityGb > 0)!;
    expect(
      await value(
        'SoftLayer_Network_Storage',
        'enableSnapshots',
        { id: volume.id },
        'WEEKLY',
        4,
        30,
        2,
        'MONDAY',
      ),
    ).toBe(true);
    const schedules = async () =>
      (
        await value<{ schedules: Array<{ active: number; type: { keyname: string } }> }>(
          'SoftLayer_Network_Storage',
          'getObject',
          { id: volume.id, mask: 'schedules[active,type[keyname],properties[value,type[keyname]]]' },
        )
      ).schedules;
    expect(await schedules()).toContainEqual(
      expect.objectContaining({
        active: 1,
        type: { keyname: 'SNAPSHOT_WEEKLY' },
        properties: expect.arrayContaining([{ value: '4', type: { keyname: 'SNAPSHOT_LIMIT' } }]),
      }),
    );
    expect(await value('SoftLayer_Network_Storage', 'disableSnapshots', { id: volume.id }, 'WEEKLY')).toBe(
      true,
    );
    expect(await schedules()).toContainEqual(
      expect.objectContaining({ active: 0, type: { keyname: 'SNAPSHOT_WEEKLY' } }),
    );
    expect(
      await fault(
        value('SoftLayer_Network_Storage', 'enableSnapshots', { id: volume.id }, 'YEARLY', 1, 0, 0, 'SUNDAY'),
      ),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_InvalidValue' });
  });
});

describe('cancelling a volume through its billing item', () => {
  it('removes the volume and its snapshots at once when immediate', async () => {
    const volume = emulator.state.storageVolumes
      .all()
      .find(
        (candidate) => emulator.state.storageSnapshots.filter((s) => s.volumeId === candidate.id).length > 0,
      )!;
    const { billingItem } = await value<{ billingItem: { id: number } }>(
      'SoftLayer_Network_Storage',
      'getObject',
      {
        id: volume.id,
        mask: 'mask[id,billingItem[id,hourlyFlag]]',
      },
    );
    expect(
      await value('SoftLayer_Billing_Item', 'cancelItem', { id: billingItem.id }, true, true, 'done'),
    ).toBe(true);
    expect(await fault(value('SoftLayer_Network_Storage', 'getObject', { id: volume.id }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
    expect(emulator.state.storageSnapshots.filter((snapshot) => snapshot.volumeId === volume.id)).toEqual([]);
  });

  it('sets a cancellation date otherwise, and refuses a second cancellation', async () => {
    const volume = volumes('file').at(-1)!;
    const { billingItem } = await value<{ billingItem: { id: number } }>(
      'SoftLayer_Network_Storage',
      'getObject',
      {
        id: volume.id,
        mask: 'mask[id,billingItem[id,hourlyFlag]]',
      },
    );
    expect(
      await value('SoftLayer_Billing_Item', 'cancelItem', { id: billingItem.id }, false, true, 'later'),
    ).toBe(true);
    const after = await value<{ billingItem: { cancellationDate?: string } }>(
      'SoftLayer_Network_Storage',
      'getObject',
      {
        id: volume.id,
        mask: 'mask[id,billingItem[id,cancellationDate]]',
      },
    );
    expect(after.billingItem.cancellationDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-06:00$/);
    expect(
      await fault(
        value('SoftLayer_Billing_Item', 'cancelItem', { id: billingItem.id }, false, true, 'again'),
      ),
    ).toMatchObject({ faultCode: 'SoftLayer_Exception_Public' });
  });
});

describe('--state FILE', () => {
  it('keeps access lists, snapshots and notes across a restart', async () => {
    const file = join(directory, 'storage.json');
    const first = await startEmulator({ stateFile: file, guests: 30, rateLimit: 0 });
    const volume = first.state.storageVolumes.all().find((candidate) => candidate.snapshotCapacityGb > 0)!;
    const guest = first.state.guests
      .all()
      .find((candidate) => !volume.allowedGuestIds.includes(candidate.id))!;
    const removed = volume.allowedGuestIds[0];
    await call(first, 'SoftLayer_Network_Storage', 'allowAccessFromVirtualGuestList', { id: volume.id }, [
      { id: guest.id },
    ]);
    if (removed !== undefined) {
      await call(first, 'SoftLayer_Network_Storage', 'removeAccessFromVirtualGuestList', { id: volume.id }, [
        { id: removed },
      ]);
    }
    const snapshot = (
      await call(first, 'SoftLayer_Network_Storage', 'createSnapshot', { id: volume.id, mask: 'id' }, 'kept')
    ).value as { id: number };
    await first.close();

    const second = await startEmulator({ stateFile: file, guests: 5, storageVolumes: 1 });
    try {
      expect(second.state.storageVolumes.size).toBe(first.state.storageVolumes.size);
      const reloaded = second.state.storageVolumes.get(volume.id)!;
      expect(reloaded.allowedGuestIds).toContain(guest.id);
      if (removed !== undefined) expect(reloaded.allowedGuestIds).not.toContain(removed);
      const { value: snapshots } = await call(second, 'SoftLayer_Network_Storage', 'getSnapshots', {
        id: volume.id,
        mask: 'id,notes',
      });
      expect(snapshots).toContainEqual({ id: snapshot.id, notes: 'kept' });
      const next = (
        await call(
          second,
          'SoftLayer_Network_Storage',
          'createSnapshot',
          { id: volume.id, mask: 'id' },
          'next',
        )
      ).value as { id: number };
      expect(next.id).toBeGreaterThan(snapshot.id);
    } finally {
      await second.close();
    }
  });
});
