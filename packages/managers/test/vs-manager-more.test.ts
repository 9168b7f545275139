import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError } from '../src/manager-error';
import { VsManager } from '../src/vs-manager';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('VsManager metrics, migration, storage and notifications ask what the reference asks', () => {
  it('by guest id', async () => {
    for (const [name, run] of [
      ['vs.get_tracking_id(100)', (vs: VsManager) => vs.getTrackingId(100)],
      [
        "vs.get_bandwidth_data(100, '2019-01-01', '2019-02-01', 'public', 1000)",
        (vs: VsManager) =>
          vs.getBandwidthData(100, {
            startDate: '2019-01-01',
            endDate: '2019-02-01',
            direction: 'public',
            rollup: 1000,
          }),
      ],
      [
        "vs.get_summary_data_usage(100, start_date='2019-3-4', end_date='2019-4-2', valid_type='CPU0', summary_period=300)",
        (vs: VsManager) =>
          vs.getSummaryDataUsage(100, {
            startDate: '2019-3-4',
            endDate: '2019-4-2',
            validType: 'CPU0',
            summaryPeriod: 300,
          }),
      ],
      ['vs.migrate(100)', (vs: VsManager) => vs.migrate(100)],
      ['vs.migrate_dedicated(100, 656700)', (vs: VsManager) => vs.migrateDedicated(100, 656700)],
      [
        "vs.authorize_storage(100, 'SL01SEL301234-11')",
        (vs: VsManager) => vs.authorizeStorage(100, 'SL01SEL301234-11'),
      ],
      ['vs.attach_portable_storage(100, 1234567)', (vs: VsManager) => vs.attachPortableStorage(100, 1234567)],
      ['vs.browser_access_log(100)', (vs: VsManager) => vs.browserAccessLog(100)],
      ['vs.get_notifications(100)', (vs: VsManager) => vs.getNotifications(100)],
      ['vs.add_notification(100, 123456)', (vs: VsManager) => vs.addNotification(100, 123456)],
      ['vs.remove_notification(123)', (vs: VsManager) => vs.removeNotification(123)],
    ] as const) {
      const { client, calls } = recordingClient({
        'Virtual_Guest::getMetricTrackingObjectId': 1000,
        'Metric_Tracking_Object::getBandwidthData': [],
        'Metric_Tracking_Object::getSummaryData': [],
        'Account::getNetworkStorage': [{ id: 1234567, username: 'SL01SEL301234-11' }],
      });
      await run(new VsManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('getDiskCategoryIdByDiskNumber reads the standard SAN disk prices (the reference fails on prices without categories)', async () => {
    const { client, calls } = recordingClient({
      'Product_Package::getItemPrices': [
        { id: 1, categories: [{ id: 81, name: 'Second Disk' }] },
        { id: 2, categories: [{ id: 82, name: 'Third Disk' }] },
      ],
    });
    expect(await new VsManager(client).getDiskCategoryIdByDiskNumber(100, 2)).toBe(81);
    expectSameCalls('vs.get_disk_category_id_by_disk_number(100, 2)', calls);
    const none = recordingClient({ 'Product_Package::getItemPrices': [{ id: 1 }] });
    expect(await new VsManager(none.client).getDiskCategoryIdByDiskNumber(100, 2)).toBeUndefined();
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const vs = new VsManager(client);
    const period = { startDate: '2019-01-01', endDate: '2019-02-01' };
    await expectRefused(
      [
        ['no start date', () => vs.getBandwidthData(1, { ...period, startDate: '' }), /startDate/],
        [
          'bad direction',
          () => vs.getBandwidthData(1, { ...period, direction: 'sideways' as 'public' }),
          /direction/,
        ],
        ['bad rollup', () => vs.getBandwidthData(1, { ...period, rollup: 0 }), /rollup/],
        [
          'no valid type',
          () => vs.getSummaryDataUsage(1, { ...period, validType: '', summaryPeriod: 300 }),
          /validType/,
        ],
        [
          'bad period',
          () => vs.getSummaryDataUsage(1, { ...period, validType: 'CPU0', summaryPeriod: -5 }),
          /summaryPeriod/,
        ],
        ['disk 6', () => vs.getDiskCategoryIdByDiskNumber(100, 6), /diskNumber/],
        ['no host', () => vs.migrateDedicated(1, 0), /dedicated host id/],
        ['no username', () => vs.authorizeStorage(1, ' '), /storage username/],
        ['no portable id', () => vs.attachPortableStorage(1, 1.5), /portable storage id/],
        ['no user', () => vs.addNotification(1, -1), /user id/],
        ['no notification', () => vs.removeNotification(0), /notification id/],
      ],
      calls,
    );
  });

  it('authorizeStorage with an unknown username is SL_NOT_FOUND after the one lookup', async () => {
    const { client, calls } = recordingClient({ 'Account::getNetworkStorage': [] });
    await expect(new VsManager(client).authorizeStorage(100, 'nobody')).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
    expect(calls.map((call) => call.method)).toEqual(['getNetworkStorage']);
  });
});

describe('VsManager metrics, migration, storage and notifications against the emulator', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  let vs: VsManager;

  beforeAll(async () => {
    emulator = await startTestEmulator({ reloadMs: 60_000 });
    vs = new VsManager(emulator.client);
  });
  afterAll(() => emulator.close());

  const guests = () => emulator.emulator.state.guests.all();

  it('bandwidth and summary data come from the guest tracking object, the same on every read', async () => {
    const guest = guests()[1]!;
    const trackingId = await vs.getTrackingId(guest.id);
    expect(trackingId).toBeGreaterThan(0);
    const options = {
      startDate: '2026-03-01',
      endDate: '2026-03-02',
      direction: 'public',
      rollup: 3600,
    } as const;
    const data = await vs.getBandwidthData(guest.hostname, options);
    // 25 hours from midnight to midnight, in and out.
    expect(data).toHaveLength(50);
    expect(new Set(data.map((point) => point.type))).toEqual(
      new Set(['publicIn_net_octet', 'publicOut_net_octet']),
    );
    expect(data.every((point) => typeof point.counter === 'number' && point.counter >= 0)).toBe(true);
    expect(await vs.getBandwidthData(guest.id, options)).toEqual(data);
    const cpu = await vs.getSummaryDataUsage(guest.id, {
      startDate: '2026-03-01',
      endDate: '2026-03-01 12:00',
      validType: 'CPU0',
      summaryPeriod: 1800,
    });
    expect(cpu).toHaveLength(25);
    expect(cpu.every((point) => point.type === 'CPU0' && point.counter! <= 100)).toBe(true);
  });

  it('authorizeStorage lets the guest mount the volume, and an unknown username changes nothing', async () => {
    const guest = guests()[2]!;
    const volume = emulator.emulator.state.storageVolumes
      .all()
      .find((candidate) => candidate.kind === 'block' && !candidate.allowedGuestIds.includes(guest.id))!;
    expect(await vs.authorizeStorage(guest.id, volume.username)).toBe(true);
    const attached = await vs.getStorageDetails(guest.id, 'ISCSI');
    expect(attached.map((storage) => storage.username)).toContain(volume.username);
    const before = JSON.stringify(emulator.emulator.state.snapshot().storageVolumes);
    await expect(vs.authorizeStorage(guest.id, 'SL00NOBODY')).rejects.toBeInstanceOf(ManagerError);
    expect(JSON.stringify(emulator.emulator.state.snapshot().storageVolumes)).toBe(before);
  });

  it('notifications: add, list, remove; an unknown user is the API fault and adds nothing', async () => {
    const guest = guests()[3]!;
    const user = emulator.emulator.state.users.all()[0]!;
    const added = await vs.addNotification(guest.id, user.id);
    expect(added).toMatchObject({ guestId: guest.id, userId: user.id, user: { username: user.username } });
    expect((await vs.getNotifications(guest.id)).map((n) => n.id)).toEqual([added.id]);
    await expect(vs.addNotification(guest.id, 999_999_999)).rejects.toThrow(/999999999/);
    expect(await vs.getNotifications(guest.id)).toHaveLength(1);
    expect(await vs.removeNotification(added.id!)).toBe(true);
    expect(await vs.getNotifications(guest.id)).toEqual([]);
    await expect(vs.removeNotification(added.id!)).rejects.toThrow();
  });

  it('migrate starts a migration transaction; a second one is refused while it runs', async () => {
    const guest = guests()[4]!;
    const transaction = await vs.migrate(guest.id);
    expect(transaction.transactionGroup?.name).toBe('Cloud Migrate');
    const now = await vs.getInstance(guest.id, { mask: 'activeTransaction[transactionGroup]' });
    expect(now.activeTransaction?.transactionGroup?.name).toBe('Cloud Migrate');
    await expect(vs.migrate(guest.id)).rejects.toThrow(/active transaction/);
  });

  it('migrateDedicated moves a guest onto a dedicated host of its datacenter; a host elsewhere is refused', async () => {
    const host = emulator.emulator.state.dedicatedHosts.all()[0]!;
    const here = guests().find((guest) => guest.datacenterId === host.datacenterId && !guest.transaction)!;
    const elsewhere = guests().find((guest) => guest.datacenterId !== host.datacenterId)!;
    await expect(vs.migrateDedicated(elsewhere.id, host.id)).rejects.toThrow(/not in the datacenter/);
    expect(elsewhere.dedicatedHostId).toBeUndefined();
    await expect(vs.migrateDedicated(here.id, 999_999)).rejects.toThrow(/999999/);
    expect(await vs.migrateDedicated(here.id, host.id)).toBe(true);
    expect(emulator.emulator.state.guests.get(here.id)?.dedicatedHostId).toBe(host.id);
  });

  it('attachPortableStorage attaches a free portable disk of the guest datacenter', async () => {
    const disk = emulator.emulator.state.portableDisks.all()[0]!;
    const guest = guests().find(
      (candidate) => candidate.datacenterId === disk.datacenterId && !candidate.transaction,
    )!;
    expect(await vs.getPortableStorage(guest.id)).toEqual([]);
    const transaction = await vs.attachPortableStorage(guest.id, disk.id);
    expect(transaction.transactionStatus?.name).toBe('COMPLETE');
    expect((await vs.getPortableStorage(guest.id)).map((volume) => volume.id)).toEqual([disk.id]);
    await expect(vs.attachPortableStorage(guest.id, disk.id)).rejects.toThrow(/already attached/);
  });

  it('browserAccessLog lists console sessions; getDiskCategoryIdByDiskNumber finds the data disk categories', async () => {
    const logs = await vs.browserAccessLog(guests()[5]!.id);
    expect(logs.length).toBeGreaterThan(0);
    expect(Object.keys(logs[0]!).sort()).toEqual(
      ['createDate', 'eventType', 'id', 'message', 'sourceIp', 'sourcePort', 'username'].sort(),
    );
    const second = await vs.getDiskCategoryIdByDiskNumber(100, 2);
    const fifth = await vs.getDiskCategoryIdByDiskNumber(100, 5);
    expect(second).toBeTypeOf('number');
    expect(fifth).toBeTypeOf('number');
    expect(second).not.toBe(fifth);
    expect(await vs.getDiskCategoryIdByDiskNumber(100, 1)).toBeUndefined();
    expect(await vs.getDiskCategoryIdByDiskNumber(7, 2)).toBeUndefined();
  });
});
