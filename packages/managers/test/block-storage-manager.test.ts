import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockStorageManager } from '../src/block-storage-manager';
import { FileStorageManager } from '../src/file-storage-manager';
import {
  expectReferenceCalls,
  expectRefused,
  expectSameCalls,
  type ReferenceCall,
  type Refusal,
  recordingClient,
  startTestEmulator,
  withoutStableOrder,
} from './support';

const STORAGE = 'SoftLayer_Network_Storage';
const ALLOWED_HOST = 'SoftLayer_Network_Storage_Allowed_Host';
/** What the recording client answers for a volume read before cancelling. */
const VOLUME = {
  id: 100,
  billingItem: {
    id: 7,
    hourlyFlag: false,
    activeChildren: [{ id: 8, categoryCode: 'storage_snapshot_space' }],
  },
  schedules: [{ id: 3 }],
};

describe('BlockStorageManager asks what the reference asks', () => {
  it("the manager-calls.json cases: list_block_volumes(datacenter='dal09', storage_type='Endurance'), get_block_volume_details(100)", async () => {
    let { client, calls } = recordingClient();
    await new BlockStorageManager(client).listBlockVolumes({ datacenter: 'dal09', storageType: 'Endurance' });
    expectSameCalls("block.list_block_volumes(datacenter='dal09', storage_type='Endurance')", calls);
    ({ client, calls } = recordingClient({ 'Network_Storage::getObject': { id: 100 } }));
    await new BlockStorageManager(client).getBlockVolumeDetails(100);
    expectSameCalls('block.get_block_volume_details(100)', calls);
  });

  it('listBlockVolumes with a username and an order, and resolving a username', async () => {
    const { client, calls } = recordingClient({ 'Account::getIscsiNetworkStorage': [{ id: 9 }] });
    const block = new BlockStorageManager(client);
    await block.listBlockVolumes({ username: 'u1', order: 5 });
    expect(await block.resolveIds('SL01-1')).toEqual([9]);
    const list = {
      service: 'SoftLayer_Account',
      method: 'getIscsiNetworkStorage',
      mask: 'id,username,lunId,capacityGb,bytesUsed,serviceResource.datacenter[name],serviceResourceBackendIpAddress,activeTransactionCount,replicationPartnerCount',
      limit: 100,
    };
    const base = {
      serviceResource: { type: { type: { operation: '!~ ISCSI' } } },
      storageType: { keyName: { operation: '*= BLOCK_STORAGE' } },
    };
    expectReferenceCalls(calls, [
      {
        ...list,
        filter: {
          iscsiNetworkStorage: {
            ...base,
            username: { operation: '_= u1' },
            billingItem: { orderItem: { order: { id: { operation: 5 } } } },
          },
        },
      },
      {
        ...list,
        mask: 'mask[id]',
        filter: { iscsiNetworkStorage: { ...base, username: { operation: '_= SL01-1' } } },
      },
    ]);
  });

  it("merges the caller's filter over the manager's (the reference lets its own win)", async () => {
    const { client, calls } = recordingClient();
    await new BlockStorageManager(client).listBlockVolumes({
      datacenter: 'dal09',
      filter: { iscsiNetworkStorage: { serviceResource: { datacenter: { name: { operation: 'dal10' } } } } },
    });
    expect(withoutStableOrder(calls[0]!.filter)).toEqual({
      iscsiNetworkStorage: {
        serviceResource: {
          type: { type: { operation: '!~ ISCSI' } },
          datacenter: { name: { operation: 'dal10' } },
        },
        storageType: { keyName: { operation: '*= BLOCK_STORAGE' } },
      },
    });
  });

  it('the shared StorageManager methods, by id', async () => {
    const cases: Array<[string, (block: BlockStorageManager) => Promise<unknown>, ReferenceCall[]]> = [
      [
        'get_block_volume_access_list(100)',
        (block) => block.getBlockVolumeAccessList(100),
        [
          {
            service: STORAGE,
            method: 'getObject',
            id: 100,
            mask: 'id,allowedVirtualGuests[allowedHost[credential, sourceSubnet]],allowedHardware[allowedHost[credential]],allowedSubnets[allowedHost[credential]],allowedIpAddresses[allowedHost[credential]]',
          },
        ],
      ],
      [
        'get_block_volume_snapshot_list(100)',
        (block) => block.getBlockVolumeSnapshotList(100),
        [
          {
            service: STORAGE,
            method: 'getSnapshots',
            id: 100,
            mask: 'id,notes,snapshotSizeBytes,storageType[keyName],snapshotCreationTimestamp,intervalSchedule,hourlySchedule,dailySchedule,weeklySchedule',
          },
        ],
      ],
      [
        'authorize_host_to_volume(100, hardware_ids=[1], virtual_guest_ids=[2, 3], ip_address_ids=[4], subnet_ids=[5])',
        (block) =>
          block.authorizeHostToVolume(100, {
            subnetIds: [5],
            ipAddressIds: [4],
            virtualGuestIds: [2, 3],
            hardwareIds: [1],
          }),
        [
          {
            service: STORAGE,
            method: 'allowAccessFromHostList',
            id: 100,
            args: [
              [
                { objectType: 'SoftLayer_Hardware', id: 1 },
                { objectType: 'SoftLayer_Virtual_Guest', id: 2 },
                { objectType: 'SoftLayer_Virtual_Guest', id: 3 },
                { objectType: 'SoftLayer_Network_Subnet_IpAddress', id: 4 },
                { objectType: 'SoftLayer_Network_Subnet', id: 5 },
              ],
            ],
          },
        ],
      ],
      [
        'deauthorize_host_to_volume(100, virtual_guest_ids=[2])',
        (block) => block.deauthorizeHostToVolume(100, { virtualGuestIds: [2] }),
        [
          {
            service: STORAGE,
            method: 'removeAccessFromHostList',
            id: 100,
            args: [[{ objectType: 'SoftLayer_Virtual_Guest', id: 2 }]],
          },
        ],
      ],
      [
        "volume_set_note(100, 'hi')",
        (block) => block.volumeSetNote(100, 'hi'),
        [{ service: STORAGE, method: 'editObject', id: 100, args: [{ notes: 'hi' }] }],
      ],
      [
        'delete_snapshot(200)',
        (block) => block.deleteSnapshot(200),
        [{ service: STORAGE, method: 'deleteObject', id: 200 }],
      ],
      [
        "create_snapshot(100, notes='n')",
        (block) => block.createSnapshot(100, { notes: 'n' }),
        [{ service: STORAGE, method: 'createSnapshot', id: 100, args: ['n'] }],
      ],
      [
        'create_snapshot(100)',
        (block) => block.createSnapshot(100),
        [{ service: STORAGE, method: 'createSnapshot', id: 100, args: [''] }],
      ],
      [
        'cancel_block_volume(100)',
        (block) => block.cancelBlockVolume(100),
        [
          { service: STORAGE, method: 'getObject', id: 100, mask: 'mask[id,billingItem[id,hourlyFlag]]' },
          {
            service: 'SoftLayer_Billing_Item',
            method: 'cancelItem',
            id: 7,
            args: [false, true, 'No longer needed'],
          },
        ],
      ],
      [
        "cancel_volume(100, reason='r', immediate=True)",
        (block) => block.cancelVolume(100, { reason: 'r', immediate: true }),
        [
          { service: STORAGE, method: 'getObject', id: 100, mask: 'mask[id,billingItem[id,hourlyFlag]]' },
          { service: 'SoftLayer_Billing_Item', method: 'cancelItem', id: 7, args: [true, true, 'r'] },
        ],
      ],
      [
        'cancel_snapshot_space(100)',
        (block) => block.cancelSnapshotSpace(100),
        [
          {
            service: STORAGE,
            method: 'getObject',
            id: 100,
            mask: 'mask[id,billingItem[activeChildren,hourlyFlag]]',
          },
          {
            service: 'SoftLayer_Billing_Item',
            method: 'cancelItem',
            id: 8,
            args: [false, true, 'No longer needed'],
          },
        ],
      ],
      [
        "enable_snapshots(100, 'WEEKLY', 5, 10, 2, 'MONDAY')",
        (block) => block.enableSnapshots(100, 'WEEKLY', 5, 10, 2, 'MONDAY'),
        [{ service: STORAGE, method: 'enableSnapshots', id: 100, args: ['WEEKLY', 5, 10, 2, 'MONDAY'] }],
      ],
      [
        "disable_snapshots(100, 'DAILY')",
        (block) => block.disableSnapshots(100, 'DAILY'),
        [{ service: STORAGE, method: 'disableSnapshots', id: 100, args: ['DAILY'] }],
      ],
      [
        'list_volume_schedules(100)',
        (block) => block.listVolumeSchedules(100),
        [{ service: STORAGE, method: 'getObject', id: 100, mask: 'schedules[type,properties[type]]' }],
      ],
      [
        'restore_from_snapshot(100, 200)',
        (block) => block.restoreFromSnapshot(100, 200),
        [{ service: STORAGE, method: 'restoreFromSnapshot', id: 100, args: [200] }],
      ],
      [
        'failover_to_replicant(100, 300)',
        (block) => block.failoverToReplicant(100, 300),
        [{ service: STORAGE, method: 'failoverToReplicant', id: 100, args: [300] }],
      ],
      [
        'disaster_recovery_failover_to_replicant(100, 300)',
        (block) => block.disasterRecoveryFailoverToReplicant(100, 300),
        [{ service: STORAGE, method: 'disasterRecoveryFailoverToReplicant', id: 100, args: [300] }],
      ],
      [
        'failback_from_replicant(100)',
        (block) => block.failbackFromReplicant(100),
        [{ service: STORAGE, method: 'failbackFromReplicant', id: 100 }],
      ],
      [
        'refresh_dupe(100, 200, True)',
        (block) => block.refreshDupe(100, 200, { forceRefresh: true }),
        [{ service: STORAGE, method: 'refreshDuplicate', id: 100, args: [200, true] }],
      ],
      [
        'convert_dep_dupe(100)',
        (block) => block.convertDepDupe(100),
        [{ service: STORAGE, method: 'convertCloneDependentToIndependent', id: 100 }],
      ],
      [
        'convert_dupe_status(100)',
        (block) => block.convertDupeStatus(100),
        [{ service: STORAGE, method: 'getDuplicateConversionStatus', id: 100 }],
      ],
      [
        'list_block_volume_limit()',
        (block) => block.listBlockVolumeLimit(),
        [{ service: STORAGE, method: 'getVolumeCountLimits' }],
      ],
      [
        'set_volume_snapshot_notification(100, True)',
        (block) => block.setVolumeSnapshotNotification(100, true),
        [{ service: STORAGE, method: 'setSnapshotNotification', id: 100, args: [true] }],
      ],
      [
        'get_volume_snapshot_notification_status(100)',
        (block) => block.getVolumeSnapshotNotificationStatus(100),
        [{ service: STORAGE, method: 'getSnapshotNotificationStatus', id: 100 }],
      ],
      [
        'get_replication_partners(100)',
        (block) => block.getReplicationPartners(100),
        [{ service: STORAGE, method: 'getReplicationPartners', id: 100 }],
      ],
      [
        'get_replication_locations(100)',
        (block) => block.getReplicationLocations(100),
        [{ service: STORAGE, method: 'getValidReplicationTargetDatacenterLocations', id: 100 }],
      ],
    ];
    for (const [name, run, expected] of cases) {
      const { client, calls } = recordingClient({
        'Network_Storage::getObject': VOLUME,
        'Network_Storage::getSnapshotNotificationStatus': '0',
      });
      await run(new BlockStorageManager(client));
      try {
        expectReferenceCalls(calls, expected);
      } catch (error) {
        throw new Error(`${name}: ${String(error)}`, { cause: error });
      }
    }
  });

  it('the block-only methods', async () => {
    const cases: Array<[string, (block: BlockStorageManager) => Promise<unknown>, ReferenceCall[]]> = [
      [
        'assign_subnets_to_acl(50, [1, 2])',
        (block) => block.assignSubnetsToAcl(50, [1, 2]),
        [{ service: ALLOWED_HOST, method: 'assignSubnetsToAcl', id: 50, args: [[1, 2]] }],
      ],
      [
        'remove_subnets_from_acl(50, [1, 2])',
        (block) => block.removeSubnetsFromAcl(50, [1, 2]),
        [{ service: ALLOWED_HOST, method: 'removeSubnetsFromAcl', id: 50, args: [[1, 2]] }],
      ],
      [
        'get_subnets_in_acl(50)',
        (block) => block.getSubnetsInAcl(50),
        [{ service: ALLOWED_HOST, method: 'getSubnetsInAcl', id: 50 }],
      ],
      [
        "set_credential_password(50, 'pw')",
        (block) => block.setCredentialPassword(50, 'pw'),
        [{ service: ALLOWED_HOST, method: 'setCredentialPassword', id: 50, args: ['pw'] }],
      ],
      [
        'create_or_update_lun_id(100, 4)',
        (block) => block.createOrUpdateLunId(100, 4),
        [{ service: STORAGE, method: 'createOrUpdateLunId', id: 100, args: [4] }],
      ],
    ];
    for (const [name, run, expected] of cases) {
      const { client, calls } = recordingClient();
      await run(new BlockStorageManager(client));
      try {
        expectReferenceCalls(calls, expected);
      } catch (error) {
        throw new Error(`${name}: ${String(error)}`, { cause: error });
      }
    }
  });

  it('reads results as the reference does', async () => {
    const { client } = recordingClient({
      'Network_Storage::getObject': VOLUME,
      'Network_Storage::getSnapshotNotificationStatus': '0',
    });
    const block = new BlockStorageManager(client);
    expect(await block.getVolumeSnapshotNotificationStatus(100)).toBe(0);
    expect(await block.listVolumeSchedules(100)).toEqual([{ id: 3 }]);
    const none = recordingClient({
      'Network_Storage::getObject': { id: 100 },
      'Network_Storage::getSnapshotNotificationStatus': null,
    });
    // No status counts as on; no schedules is an empty list (the reference: None).
    expect(await new BlockStorageManager(none.client).getVolumeSnapshotNotificationStatus(100)).toBe(1);
    expect(await new BlockStorageManager(none.client).listVolumeSchedules(100)).toEqual([]);
  });

  it('cancels hourly volumes at once, as the reference', async () => {
    const { client, calls } = recordingClient({
      'Network_Storage::getObject': { id: 100, billingItem: { id: 7, hourlyFlag: true } },
    });
    await new BlockStorageManager(client).cancelBlockVolume(100, { immediate: false });
    expect(calls[1]!.args).toEqual([true, true, 'No longer needed']);
  });

  it('refuses a volume without a billing item or snapshot space, after reading it', async () => {
    const { client, calls } = recordingClient({ 'Network_Storage::getObject': { id: 100 } });
    const block = new BlockStorageManager(client);
    await expect(block.cancelBlockVolume(100)).rejects.toThrow(/already cancelled/);
    await expect(block.cancelSnapshotSpace(100)).rejects.toThrow(/no snapshot space/);
    expect(calls.map((call) => call.method)).toEqual(['getObject', 'getObject']);
  });

  it('says which volume it cannot find, and which names are ambiguous', async () => {
    const none = recordingClient({ 'Account::getIscsiNetworkStorage': [] });
    await expect(new BlockStorageManager(none.client).getBlockVolumeDetails('nope')).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
      message: 'no block volume matches "nope"',
    });
    const two = recordingClient({ 'Account::getIscsiNetworkStorage': [{ id: 1 }, { id: 2 }] });
    await expect(new BlockStorageManager(two.client).cancelBlockVolume('dup')).rejects.toMatchObject({
      code: 'SL_AMBIGUOUS',
    });
    expect(two.calls.map((call) => call.method)).toEqual(['getIscsiNetworkStorage']);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const block = new BlockStorageManager(client);
    const refused: Refusal[] = [
      ['storage type', () => block.listBlockVolumes({ storageType: 'Premium' }), /Endurance or Performance/],
      ['empty datacenter', () => block.listBlockVolumes({ datacenter: ' ' }), /datacenter/],
      ['empty mask', () => block.listBlockVolumes({ mask: '' }), /mask/],
      ['bad id', () => block.getBlockVolumeDetails(1.5), /whole number/],
      ['empty name', () => block.getBlockVolumeAccessList(''), /identifier/],
      ['no hosts', () => block.authorizeHostToVolume(100, {}), /at least one host/],
      ['empty hosts', () => block.deauthorizeHostToVolume(100, { hardwareIds: [] }), /at least one host/],
      ['bad host id', () => block.authorizeHostToVolume(100, { virtualGuestIds: [0] }), /virtualGuestIds/],
      [
        'hosts not a list',
        () => block.authorizeHostToVolume(100, { subnetIds: 5 as unknown as number[] }),
        /subnetIds must be a list/,
      ],
      ['note', () => block.volumeSetNote(100, 5 as unknown as string), /note must be text/],
      ['snapshot id', () => block.deleteSnapshot(-1), /snapshot id/],
      ['snapshot notes', () => block.createSnapshot(100, { notes: 1 as unknown as string }), /notes/],
      ['reason', () => block.cancelBlockVolume(100, { reason: '' }), /reason/],
      [
        'immediate',
        () => block.cancelBlockVolume(100, { immediate: 'yes' as unknown as boolean }),
        /immediate must be true or false/,
      ],
      [
        'schedule type',
        () => block.enableSnapshots(100, 'MONTHLY' as 'DAILY', 5, 0, 0, 'SUNDAY'),
        /schedule type/,
      ],
      ['retention', () => block.enableSnapshots(100, 'DAILY', 0, 0, 0, 'SUNDAY'), /retention count/],
      ['interval minute', () => block.enableSnapshots(100, 'INTERVAL', 5, 10, 0, 'SUNDAY'), /from 30 to 59/],
      ['hour', () => block.enableSnapshots(100, 'DAILY', 5, 0, 24, 'SUNDAY'), /hour/],
      ['day', () => block.enableSnapshots(100, 'WEEKLY', 5, 0, 0, 'Sun' as 'SUNDAY'), /day of the week/],
      ['disable type', () => block.disableSnapshots(100, '' as 'DAILY'), /schedule type/],
      ['replicant', () => block.failoverToReplicant(100, 0), /replicant id/],
      [
        'force flag',
        () => block.refreshDupe(100, 1, { forceRefresh: 1 as unknown as boolean }),
        /forceRefresh/,
      ],
      ['notification', () => block.setVolumeSnapshotNotification(100, 'on' as unknown as boolean), /enable/],
      ['acl subnets', () => block.assignSubnetsToAcl(50, []), /non-empty list of ids/],
      ['acl access id', () => block.getSubnetsInAcl(0), /access host id/],
      ['password', () => block.setCredentialPassword(50, ''), /password/],
      ['lun id', () => block.createOrUpdateLunId(100, -1), /LUN id/],
    ];
    await expectRefused(refused, calls);
  });

  it('passes the signal through', async () => {
    const { client, calls } = recordingClient({ 'Network_Storage::getObject': VOLUME });
    const signal = new AbortController().signal;
    const block = new BlockStorageManager(client);
    await block.listBlockVolumes({ signal });
    await block.cancelBlockVolume(100, { signal });
    await block.authorizeHostToVolume(100, { hardwareIds: [1], signal });
    // The list pages with its own signal, linked to ours; the other calls carry ours.
    expect(calls[0]!.signal).toBeDefined();
    expect(calls.slice(1).map((call) => call.signal === signal)).toEqual([true, true, true]);
  });
});

describe('BlockStorageManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  const ids = (volumes: readonly { id?: number }[]): number[] =>
    volumes.map((volume) => volume.id!).sort((a, b) => a - b);

  it('lists block volumes only, by storage type and by datacenter', async () => {
    const block = new BlockStorageManager(setup.client);
    const all = await block.listBlockVolumes();
    expect(all.length).toBeGreaterThan(0);
    expect(all.totalCount).toBe(all.length);
    const fileIds = ids(await new FileStorageManager(setup.client).listFileVolumes({ mask: 'id' }));
    expect(ids(all).filter((id) => fileIds.includes(id))).toEqual([]);
    const endurance = await block.listBlockVolumes({
      storageType: 'Endurance',
      mask: 'id,storageType.keyName',
    });
    const performance = await block.listBlockVolumes({ storageType: 'performance', mask: 'id' });
    expect(ids([...endurance, ...performance])).toEqual(ids(all));
    expect(endurance.every((volume) => volume.storageType?.keyName === 'ENDURANCE_BLOCK_STORAGE')).toBe(true);
    const datacenter = all[0]!.serviceResource?.datacenter?.name;
    expect(datacenter).toBeTruthy();
    const there = await block.listBlockVolumes({ datacenter });
    expect(there.length).toBeGreaterThan(0);
    expect(there.every((volume) => volume.serviceResource?.datacenter?.name === datacenter)).toBe(true);
    const limits = await block.listBlockVolumeLimit();
    expect(limits.length).toBeGreaterThan(0);
  });

  it('reads a volume by username, and its notes stick', async () => {
    const block = new BlockStorageManager(setup.client);
    const [first] = await block.listBlockVolumes();
    const details = await block.getBlockVolumeDetails(first!.username!);
    expect(details).toMatchObject({
      id: first!.id,
      username: first!.username,
      capacityGb: first!.capacityGb,
    });
    expect(details.storageType?.keyName).toMatch(/_BLOCK_STORAGE$/);
    expect(await block.resolveIds(first!.username!.toLowerCase())).toEqual([first!.id]);
    expect(await block.volumeSetNote(first!.username!, 'from the managers tests')).toBe(true);
    expect((await block.getBlockVolumeDetails(first!.id!)).notes).toBe('from the managers tests');
    await expect(block.getBlockVolumeDetails('no-such-volume')).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
  });

  it('sets the LUN id of a volume', async () => {
    const block = new BlockStorageManager(setup.client);
    const [volume] = await block.listBlockVolumes({ mask: 'id' });
    expect(await block.createOrUpdateLunId(volume!.id!, 42)).toMatchObject({ value: '42' });
    expect((await block.getBlockVolumeDetails(volume!.id!)).lunId).toBe('42');
  });

  it('authorizes a guest, which appears in the access list, then takes its access away', async () => {
    const block = new BlockStorageManager(setup.client);
    const [volume] = await block.listBlockVolumes({ mask: 'id' });
    const [guest] = await setup.client.call('Account', 'getVirtualGuests', { mask: 'id', limit: 1 });
    const allowedGuests = async () =>
      ((await block.getBlockVolumeAccessList(volume!.id!)).allowedVirtualGuests ?? []).map((item) => item.id);
    expect(await allowedGuests()).not.toContain(guest!.id);
    const allowed = await block.authorizeHostToVolume(volume!.id!, { virtualGuestIds: [guest!.id!] });
    expect(allowed.length).toBe(1);
    expect(await allowedGuests()).toContain(guest!.id);
    await block.deauthorizeHostToVolume(volume!.id!, { virtualGuestIds: [guest!.id!] });
    expect(await allowedGuests()).not.toContain(guest!.id);
  });

  it('takes a snapshot, lists it, and deletes it', async () => {
    const block = new BlockStorageManager(setup.client);
    const volumes = await block.listBlockVolumes({ mask: 'id,snapshotCapacityGb' });
    const volume = volumes.find((item) => Number(item.snapshotCapacityGb ?? 0) > 0);
    expect(volume, 'a generated block volume with snapshot space').toBeDefined();
    const snapshot = await block.createSnapshot(volume!.id!, { notes: 'managers-test' });
    expect(snapshot.id).toBeGreaterThan(0);
    const listed = await block.getBlockVolumeSnapshotList(volume!.id!);
    expect(listed.find((item) => item.id === snapshot.id)).toMatchObject({ notes: 'managers-test' });
    expect(await block.deleteSnapshot(snapshot.id!)).toBe(true);
    expect((await block.getBlockVolumeSnapshotList(volume!.id!)).map((item) => item.id)).not.toContain(
      snapshot.id,
    );
  });

  it('cancels a volume at once through its billing item: it leaves the list', async () => {
    const block = new BlockStorageManager(setup.client);
    const before = await block.listBlockVolumes({ mask: 'id,username' });
    const victim = before[before.length - 1]!;
    expect(
      await block.cancelBlockVolume(victim.username!, { immediate: true, reason: 'managers test' }),
    ).toBe(true);
    expect(ids(await block.listBlockVolumes({ mask: 'id' }))).not.toContain(victim.id);
    await expect(block.cancelBlockVolume(victim.id!)).rejects.toBeDefined();
  });
});
