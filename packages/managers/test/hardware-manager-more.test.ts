import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HardwareManager } from '../src/hardware-manager';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

const CREDENTIAL = {
  notes: 'notes',
  password: 'password',
  softwareId: 123,
  username: 'username',
  software: { hardwareId: 123456, softwareLicense: { softwareDescription: { name: 'system' } } },
};

describe('HardwareManager details, firmware, storage and notifications ask what the reference asks', () => {
  it('by server id', async () => {
    for (const [name, run] of [
      ['hw.get_instance(1000)', (hw: HardwareManager) => hw.getInstance(1000)],
      ['hw.get_components(1000)', (hw: HardwareManager) => hw.getComponents(1000)],
      ['hw.get_sensors(1000)', (hw: HardwareManager) => hw.getSensors(1000)],
      ['hw.update_firmware(1000)', (hw: HardwareManager) => hw.updateFirmware(1000)],
      [
        'hw.update_firmware(1000, ipmi=False, raid_controller=False, bios=True, hard_drive=False)',
        (hw: HardwareManager) =>
          hw.updateFirmware(1000, { ipmi: false, raidController: false, bios: true, hardDrive: false }),
      ],
      ['hw.reflash_firmware(1000)', (hw: HardwareManager) => hw.reflashFirmware(1000)],
      ['hw.get_tracking_id(1000)', (hw: HardwareManager) => hw.getTrackingId(1000)],
      [
        "hw.get_bandwidth_data(1000, '2019-01-01', '2019-02-01', 'public', 1000)",
        (hw: HardwareManager) =>
          hw.getBandwidthData(1000, {
            startDate: '2019-01-01',
            endDate: '2019-02-01',
            direction: 'public',
            rollup: 1000,
          }),
      ],
      ["hw.get_storage_details(1000, 'ISCSI')", (hw: HardwareManager) => hw.getStorageDetails(1000, 'ISCSI')],
      ['hw.get_storage_credentials(1000)', (hw: HardwareManager) => hw.getStorageCredentials(1000)],
      [
        "hw.get_hardware_item_prices('DALLAS13')",
        (hw: HardwareManager) => hw.getHardwareItemPrices('DALLAS13'),
      ],
      [
        "hw.authorize_storage(1000, 'SL01SEL301234-11')",
        (hw: HardwareManager) => hw.authorizeStorage(1000, 'SL01SEL301234-11'),
      ],
      [
        "hw.create_credential({'notes': 'notes', 'password': 'password', 'softwareId': 123, 'username': 'username', 'software': {'hardwareId': 123456, 'softwareLicense': {'softwareDescription': {'name': 'system'}}}})",
        (hw: HardwareManager) => hw.createCredential(CREDENTIAL),
      ],
      ['hw.get_notifications(1000)', (hw: HardwareManager) => hw.getNotifications(1000)],
      ['hw.add_notification(1000, 123456)', (hw: HardwareManager) => hw.addNotification(1000, 123456)],
      ['hw.remove_notification(123)', (hw: HardwareManager) => hw.removeNotification(123)],
    ] as const) {
      const { client, calls } = recordingClient({
        'Hardware_Server::getMetricTrackingObjectId': 1000,
        'Metric_Tracking_Object::getBandwidthData': [],
        'Product_Package::getAllObjects': [{ id: 200 }],
        'Account::getNetworkStorage': [{ id: 1234567, username: 'SL01SEL301234-11' }],
      });
      await run(new HardwareManager(client));
      expectSameCalls(name, calls);
    }
  });

  describe('getMaintenanceWindowsDetail (the clock frozen where the reference recorded it)', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(2026, 10, 20, 12));
    });
    afterEach(() => vi.useRealTimers());

    it('asks for the next 30 days of windows and answers the first', async () => {
      const { client, calls } = recordingClient({
        'Provisioning_Maintenance_Window::getMaintenanceWindows': [{ id: 1 }, { id: 2 }],
      });
      expect(await new HardwareManager(client).getMaintenanceWindowsDetail(1854895)).toEqual({ id: 1 });
      expectSameCalls('hw.get_maintenance_windows_detail(1854895)', calls);
    });
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const hw = new HardwareManager(client);
    await expectRefused(
      [
        [
          'nothing to update',
          () => hw.updateFirmware(1, { ipmi: false, raidController: false, bios: false, hardDrive: false }),
          /at least one/,
        ],
        ['not a flag', () => hw.reflashFirmware(1, { bios: 'yes' as never }), /bios/],
        ['bad period', () => hw.getBandwidthData(1, { startDate: '', endDate: 'x' }), /startDate/],
        ['no region', () => hw.getHardwareItemPrices(''), /location/],
        ['no username', () => hw.authorizeStorage(1, ''), /storage username/],
        ['no location', () => hw.getMaintenanceWindowsDetail(0), /location id/],
        ['no password', () => hw.createCredential({ ...CREDENTIAL, password: '' }), /password/],
        ['no software', () => hw.createCredential({ ...CREDENTIAL, softwareId: undefined }), /softwareId/],
        ['bad user', () => hw.addNotification(1, 0), /user id/],
        ['bad notification', () => hw.removeNotification(-2), /notification id/],
        ['bad mask', () => hw.getComponents(1, { mask: ' ' }), /mask/],
      ],
      calls,
    );
  });
});

describe('HardwareManager details, firmware, storage and notifications against the emulator', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  let hw: HardwareManager;

  beforeAll(async () => {
    emulator = await startTestEmulator({ reloadMs: 60_000 });
    hw = new HardwareManager(emulator.client);
  });
  afterAll(() => emulator.close());

  const servers = () => emulator.emulator.state.hardware.all();

  it('getInstance, sensors and bandwidth data', async () => {
    const server = servers()[0]!;
    const instance = await hw.getInstance(server.hostname);
    expect(instance.billingItem?.package?.keyName).toBe('BARE_METAL_SERVER');
    expect(instance.datacenter?.name).toBeTypeOf('string');
    const sensors = await hw.getSensors(server.id);
    expect(sensors.map((sensor) => sensor.sensorId)).toContain('CPU1 Temp');
    expect(sensors.every((sensor) => sensor.status === 'ok')).toBe(true);
    const data = await hw.getBandwidthData(server.id, {
      startDate: '2026-02-01',
      endDate: '2026-02-02',
      direction: 'private',
    });
    expect(data).toHaveLength(50);
    expect(await hw.getTrackingId(server.id)).not.toBe(await hw.getTrackingId(servers()[1]!.id));
  });

  it('updateFirmware starts a transaction and raises the chosen firmware versions; a second one is refused', async () => {
    const server = servers()[1]!;
    const before = await hw.getComponents(server.id);
    const biosVersions = (components: typeof before) =>
      components.find(
        (component) =>
          component.hardwareComponentModel?.hardwareGenericComponentModel?.hardwareComponentType?.keyName ===
          'MOTHERBOARD',
      )?.hardwareComponentModel?.firmwares;
    expect(biosVersions(before)).toHaveLength(1);
    expect(await hw.updateFirmware(server.id, { ipmi: false, raidController: false, hardDrive: false })).toBe(
      true,
    );
    const after = await hw.getComponents(server.id);
    expect(biosVersions(after)?.map((firmware) => firmware.version)).toEqual(['1.1.0', '1.0.0']);
    const busy = await hw.getHardware(server.id, { mask: 'activeTransaction[transactionGroup]' });
    expect(busy.activeTransaction?.transactionGroup?.name).toBe('Firmware Update');
    await expect(hw.reflashFirmware(server.id)).rejects.toThrow(/active transaction/);
  });

  it('authorizeStorage, then the storage details and credentials show the volume', async () => {
    const server = servers()[2]!;
    const volume = emulator.emulator.state.storageVolumes
      .all()
      .find((candidate) => candidate.kind === 'file' && !candidate.allowedHardwareIds.includes(server.id))!;
    expect(await hw.authorizeStorage(server.id, volume.username)).toBe(true);
    expect((await hw.getStorageDetails(server.id, 'NAS')).map((storage) => storage.username)).toContain(
      volume.username,
    );
    expect((await hw.getStorageCredentials(server.id))?.credential?.username).toBeTypeOf('string');
    await expect(hw.authorizeStorage(server.id, 'SL00NOBODY')).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
  });

  it('notifications: add, list, remove', async () => {
    const server = servers()[3]!;
    const user = emulator.emulator.state.users.all()[0]!;
    const added = await hw.addNotification(server.id, user.id);
    expect(added).toMatchObject({ hardwareId: server.id, userId: user.id });
    expect((await hw.getNotifications(server.id)).map((n) => n.id)).toEqual([added.id]);
    await expect(hw.addNotification(server.id, user.id)).rejects.toThrow(/already notified/);
    expect(await hw.removeNotification(added.id!)).toBe(true);
    expect(await hw.getNotifications(server.id)).toEqual([]);
  });

  it('createCredential adds a password to the server software; a wrong software id changes nothing', async () => {
    const server = servers()[4]!;
    const software = (await hw.getSoftwareComponents(server.id))[0]!;
    const template = {
      username: 'backup',
      password: 'S3cret!pass',
      notes: 'nightly backups',
      softwareId: software.id!,
      software: { hardwareId: server.id },
    };
    await expect(hw.createCredential({ ...template, softwareId: 7 })).rejects.toThrow(/7/);
    const created = await hw.createCredential(template);
    expect(created).toMatchObject({ username: 'backup', softwareId: software.id });
    const detail = await hw.getHardware(server.id);
    expect(detail.operatingSystem?.passwords?.map((password) => password.username)).toContain('backup');
  });

  it('maintenance windows of a datacenter, and item prices of a region', async () => {
    const server = servers()[0]!;
    const window = await hw.getMaintenanceWindowsDetail(server.datacenterId);
    expect(window?.beginDate).toBeTypeOf('string');
    await expect(hw.getMaintenanceWindowsDetail(4242)).rejects.toThrow(/4242/);
    expect(Array.isArray(await hw.getHardwareItemPrices('DALLAS13'))).toBe(true);
  });
});
