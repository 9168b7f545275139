import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileStorageManager } from '../src/file-storage-manager';
import {
  expectReferenceCalls,
  expectRefused,
  type ReferenceCall,
  type Refusal,
  recordingClient,
  startTestEmulator,
} from './support';

const STORAGE = 'SoftLayer_Network_Storage';
const LIST_MASK =
  'id,username,capacityGb,bytesUsed,serviceResource.datacenter[name],serviceResourceBackendIpAddress,' +
  'activeTransactionCount,fileNetworkMountAddress,replicationPartnerCount';
const BASE_FILTER = {
  serviceResource: { type: { type: { operation: '!~ NAS' } } },
  storageType: { keyName: { operation: '*= FILE_STORAGE' } },
};

describe('FileStorageManager asks what the reference asks', () => {
  it('listFileVolumes, without and with every criterion', async () => {
    const list = {
      service: 'SoftLayer_Account',
      method: 'getNasNetworkStorage',
      mask: LIST_MASK,
      limit: 100,
    };
    let { client, calls } = recordingClient();
    await new FileStorageManager(client).listFileVolumes();
    expectReferenceCalls(calls, [{ ...list, filter: { nasNetworkStorage: BASE_FILTER } }]);
    ({ client, calls } = recordingClient());
    await new FileStorageManager(client).listFileVolumes({
      datacenter: 'dal09',
      username: 'u1',
      storageType: 'performance',
      order: 5,
    });
    expectReferenceCalls(calls, [
      {
        ...list,
        filter: {
          nasNetworkStorage: {
            serviceResource: {
              type: { type: { operation: '!~ NAS' } },
              datacenter: { name: { operation: '_= dal09' } },
            },
            storageType: { keyName: { operation: '^= PERFORMANCE_FILE_STORAGE' } },
            username: { operation: '_= u1' },
            billingItem: { orderItem: { order: { id: { operation: 5 } } } },
          },
        },
      },
    ]);
  });

  it('resolves a username through the file volume list', async () => {
    const { client, calls } = recordingClient({ 'Account::getNasNetworkStorage': [{ id: 9 }] });
    const file = new FileStorageManager(client);
    expect(await file.resolveIds('SL01-1')).toEqual([9]);
    expect(await file.resolveIds(12)).toEqual([12]);
    expectReferenceCalls(calls, [
      {
        service: 'SoftLayer_Account',
        method: 'getNasNetworkStorage',
        mask: 'mask[id]',
        limit: 100,
        filter: { nasNetworkStorage: { ...BASE_FILTER, username: { operation: '_= SL01-1' } } },
      },
    ]);
  });

  it('the file methods, by id', async () => {
    const cases: Array<[string, (file: FileStorageManager) => Promise<unknown>, ReferenceCall[]]> = [
      [
        'get_file_volume_details(100)',
        (file) => file.getFileVolumeDetails(100),
        [
          {
            service: STORAGE,
            method: 'getObject',
            id: 100,
            mask:
              'id,username,password,capacityGb,bytesUsed,snapshotCapacityGb,parentVolume.snapshotSizeBytes,' +
              'storageType.keyName,serviceResource.datacenter[name],serviceResourceBackendIpAddress,' +
              'fileNetworkMountAddress,storageTierLevel,provisionedIops,lunId,originalVolumeName,' +
              'originalSnapshotName,originalVolumeSize,activeTransactionCount,' +
              'activeTransactions.transactionStatus[friendlyName],replicationPartnerCount,replicationStatus,' +
              'replicationPartners[id,username,serviceResourceBackendIpAddress,serviceResource[datacenter[name]],' +
              'replicationSchedule[type[keyname]]],notes',
          },
        ],
      ],
      [
        "get_file_volume_details(100, mask='id,notes')",
        (file) => file.getFileVolumeDetails(100, { mask: 'id,notes' }),
        [{ service: STORAGE, method: 'getObject', id: 100, mask: 'id,notes' }],
      ],
      [
        'get_volume_details(100) (the shared mask, as the reference)',
        (file) => file.getVolumeDetails(100),
        [
          {
            service: STORAGE,
            method: 'getObject',
            id: 100,
            mask:
              'id,username,password,capacityGb,snapshotCapacityGb,parentVolume.snapshotSizeBytes,' +
              'storageType.keyName,serviceResource.datacenter[name],serviceResourceBackendIpAddress,' +
              'storageTierLevel,provisionedIops,lunId,originalVolumeName,originalSnapshotName,originalVolumeSize,' +
              'activeTransactionCount,activeTransactions.transactionStatus[friendlyName],replicationPartnerCount,' +
              'replicationStatus,replicationPartners[id,username,serviceResourceBackendIpAddress,' +
              'serviceResource[datacenter[name]],replicationSchedule[type[keyname]]],notes',
          },
        ],
      ],
      [
        'get_file_volume_access_list(100)',
        (file) => file.getFileVolumeAccessList(100),
        [
          {
            service: STORAGE,
            method: 'getObject',
            id: 100,
            mask:
              'id,allowedVirtualGuests[allowedHost[credential, sourceSubnet]],' +
              'allowedHardware[allowedHost[credential]],allowedSubnets[allowedHost[credential]],' +
              'allowedIpAddresses[allowedHost[credential]]',
          },
        ],
      ],
      [
        'get_file_volume_snapshot_list(100)',
        (file) => file.getFileVolumeSnapshotList(100),
        [
          {
            service: STORAGE,
            method: 'getSnapshots',
            id: 100,
            mask:
              'id,notes,snapshotSizeBytes,storageType[keyName],snapshotCreationTimestamp,intervalSchedule,' +
              'hourlySchedule,dailySchedule,weeklySchedule',
          },
        ],
      ],
      [
        'list_file_volume_limit()',
        (file) => file.listFileVolumeLimit(),
        [{ service: STORAGE, method: 'getVolumeCountLimits' }],
      ],
      [
        "cancel_file_volume(100, reason='r', immediate=True)",
        (file) => file.cancelFileVolume(100, { reason: 'r', immediate: true }),
        [
          { service: STORAGE, method: 'getObject', id: 100, mask: 'mask[id,billingItem[id,hourlyFlag]]' },
          { service: 'SoftLayer_Billing_Item', method: 'cancelItem', id: 7, args: [true, true, 'r'] },
        ],
      ],
      [
        'deauthorize_host_to_volume(100, virtual_guest_ids=[2])',
        (file) => file.deauthorizeHostToVolume(100, { virtualGuestIds: [2] }),
        [
          {
            service: STORAGE,
            method: 'removeAccessFromHostList',
            id: 100,
            args: [[{ objectType: 'SoftLayer_Virtual_Guest', id: 2 }]],
          },
        ],
      ],
    ];
    for (const [name, run, expected] of cases) {
      const { client, calls } = recordingClient({
        'Network_Storage::getObject': { id: 100, billingItem: { id: 7, hourlyFlag: false } },
      });
      await run(new FileStorageManager(client));
      try {
        expectReferenceCalls(calls, expected);
      } catch (error) {
        throw new Error(`${name}: ${String(error)}`, { cause: error });
      }
    }
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const file = new FileStorageManager(client);
    const refused: Refusal[] = [
      ['storage type', () => file.listFileVolumes({ storageType: 'NFS' }), /Endurance or Performance/],
      ['empty username', () => file.listFileVolumes({ username: '' }), /username/],
      ['order', () => file.listFileVolumes({ order: Number.NaN }), /order/],
      ['bad id', () => file.getFileVolumeDetails(-0.5), /whole number/],
      ['empty mask', () => file.getFileVolumeDetails(1, { mask: ' ' }), /mask/],
      ['reason', () => file.cancelFileVolume(1, { reason: ' ' }), /cancelFileVolume: the reason/],
      ['no hosts', () => file.authorizeHostToVolume(1, { subnetIds: [] }), /at least one host/],
    ];
    await expectRefused(refused, calls);
  });

  it('refuses to cancel a volume that has no billing item, naming the method', async () => {
    const { client } = recordingClient({ 'Network_Storage::getObject': { id: 100 } });
    await expect(new FileStorageManager(client).cancelFileVolume(100)).rejects.toThrow(
      'cancelFileVolume: file volume 100 has no billing item; it was already cancelled',
    );
  });
});

describe('FileStorageManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('lists file volumes with their mount addresses, and reads one by username', async () => {
    const file = new FileStorageManager(setup.client);
    const all = await file.listFileVolumes();
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((volume) => typeof volume.fileNetworkMountAddress === 'string')).toBe(true);
    const first = all[0]!;
    const details = await file.getFileVolumeDetails(first.username!);
    expect(details).toMatchObject({ id: first.id, username: first.username });
    expect(details.storageType?.keyName).toMatch(/_FILE_STORAGE$/);
    expect(details.fileNetworkMountAddress).toBe(first.fileNetworkMountAddress);
    const performance = await file.listFileVolumes({
      storageType: 'Performance',
      mask: 'id,storageType.keyName',
    });
    expect(performance.every((volume) => volume.storageType?.keyName === 'PERFORMANCE_FILE_STORAGE')).toBe(
      true,
    );
    const [ordered] = await file.listFileVolumes({ mask: 'id,billingItem[orderItem[order[id]]]' });
    const orderId = ordered!.billingItem?.orderItem?.order?.id;
    expect(orderId).toBeGreaterThan(0);
    const fromOrder = await file.listFileVolumes({ order: orderId!, mask: 'id' });
    expect(fromOrder.map((volume) => volume.id)).toContain(ordered!.id);
  });

  it('schedules snapshots, lists the schedule, and disables it', async () => {
    const file = new FileStorageManager(setup.client);
    const volumes = await file.listFileVolumes({ mask: 'id,snapshotCapacityGb' });
    const volume = volumes.find((item) => Number(item.snapshotCapacityGb ?? 0) > 0);
    expect(volume, 'a generated file volume with snapshot space').toBeDefined();
    expect(await file.enableSnapshots(volume!.id!, 'DAILY', 7, 15, 3, 'SUNDAY')).toBe(true);
    const daily = async () =>
      (await file.listVolumeSchedules(volume!.id!)).find((item) => item.type?.keyname === 'SNAPSHOT_DAILY');
    expect(await daily()).toMatchObject({ active: 1 });
    expect(await file.disableSnapshots(volume!.id!, 'DAILY')).toBe(true);
    expect(await daily()).toMatchObject({ active: 0 });
  });

  it('authorizes a subnet on a file volume, then takes its access away', async () => {
    const file = new FileStorageManager(setup.client);
    const [volume] = await file.listFileVolumes({ mask: 'id' });
    const [subnet] = await setup.client.call('Account', 'getSubnets', { mask: 'id', limit: 1 });
    const subnets = async () =>
      ((await file.getFileVolumeAccessList(volume!.id!)).allowedSubnets ?? []).map((item) => item.id);
    await file.authorizeHostToVolume(volume!.id!, { subnetIds: [subnet!.id!] });
    expect(await subnets()).toContain(subnet!.id);
    await file.deauthorizeHostToVolume(volume!.id!, { subnetIds: [subnet!.id!] });
    expect(await subnets()).not.toContain(subnet!.id);
  });

  it('cancels a monthly volume on its anniversary date, and another at once', async () => {
    const file = new FileStorageManager(setup.client);
    const volumes = await file.listFileVolumes({ mask: 'id,billingItem[hourlyFlag]' });
    const monthly = volumes.find((volume) => volume.billingItem && !volume.billingItem.hourlyFlag);
    expect(monthly, 'a generated monthly file volume').toBeDefined();
    expect(await file.cancelFileVolume(monthly!.id!)).toBe(true);
    const after = await file.getFileVolumeDetails(monthly!.id!, { mask: 'id,billingItem[cancellationDate]' });
    expect(after.billingItem?.cancellationDate).toBeTruthy();
    const other = volumes.find((volume) => volume.id !== monthly!.id)!;
    expect(await file.cancelFileVolume(other.id!, { immediate: true })).toBe(true);
    const left = (await file.listFileVolumes({ mask: 'id' })).map((volume) => volume.id);
    expect(left).toContain(monthly!.id);
    expect(left).not.toContain(other.id);
  });
});
