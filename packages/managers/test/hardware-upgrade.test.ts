import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HardwareManager } from '../src/hardware-manager';
import {
  expectReferenceCalls,
  expectRefused,
  expectSameCalls,
  managerCase,
  recordingClient,
  startTestEmulator,
} from './support';

/** The reference fixture's upgrade prices (SoftLayer_Hardware_Server.getUpgradeItemPrices). */
const PRICES = [
  {
    id: 21525,
    categories: [{ categoryCode: 'port_speed', id: 26 }],
    item: { capacity: '10000', description: '10 Gbps Redundant Public & Private Network Uplinks' },
  },
  {
    id: 209391,
    categories: [{ categoryCode: 'ram', id: 3 }],
    item: { capacity: '32', description: '32 GB RAM' },
  },
  {
    id: 22482,
    categories: [{ categoryCode: 'disk_controller', id: 11 }],
    item: { capacity: '0', description: 'RAID' },
  },
  {
    id: 50357,
    categories: [{ categoryCode: 'bandwidth', id: 10 }],
    item: { capacity: '500', description: '500 GB Bandwidth Allotment' },
  },
  {
    id: 49759,
    categories: [{ categoryCode: 'disk2', id: 6 }],
    item: { capacity: '1000', description: '1.00 TB SATA' },
  },
  {
    id: 49759,
    categories: [{ categoryCode: 'disk1', id: 5 }],
    item: { capacity: '1000', description: '1.00 TB SATA' },
  },
];

function answers() {
  return {
    'Hardware_Server::getUpgradeItemPrices': PRICES,
    'Hardware_Server::getObject': {
      id: 1000,
      datacenter: { id: 50 },
      billingItem: {
        id: 6327,
        package: { id: 911 },
        nextInvoiceChildren: [{ categoryCode: 'disk1' }, { categoryCode: 'disk3' }],
      },
    },
    'Provisioning_Maintenance_Window::getMaintenanceWindows': [{ id: 198351 }, { id: 189747 }],
    'Product_Order::placeOrder': { orderId: 1 },
  };
}

describe('HardwareManager.upgrade asks what the reference asks (the clock frozen where it recorded)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('memory', async () => {
    const { client, calls } = recordingClient(answers());
    await new HardwareManager(client).upgrade(1000, { memory: 32 });
    expectSameCalls('hw.upgrade(1000, memory=32)', calls);
  });

  it('a disk: the prices and the server read once (the reference reads both again)', async () => {
    const name = "hw.upgrade(1000, disk=[{'description': 'add_disk', 'capacity': 1000, 'number': 2}])";
    const { client, calls } = recordingClient(answers());
    await new HardwareManager(client).upgrade(1000, {
      disk: [{ description: 'add_disk', capacity: 1000, number: 2 }],
    });
    const reference = managerCase(name).calls;
    expect(reference.map((call) => call.method)).toEqual([
      'getUpgradeItemPrices',
      'getObject',
      'getMaintenanceWindows',
      'getUpgradeItemPrices',
      'getObject',
      'placeOrder',
    ]);
    expectReferenceCalls(calls, [...reference.slice(0, 3), reference[5]!], name);
  });

  it('refuses what it cannot order: an occupied slot to add to, an empty one to resize, a missing price', async () => {
    const hw = (client: ReturnType<typeof recordingClient>['client']) => new HardwareManager(client);
    const occupied = recordingClient(answers());
    await expect(
      hw(occupied.client).upgrade(1000, { disk: [{ description: 'add_disk', capacity: 1000, number: 1 }] }),
    ).rejects.toThrow(/already has a drive/);
    const empty = recordingClient(answers());
    await expect(
      hw(empty.client).upgrade(1000, { disk: [{ description: 'resize_disk', capacity: 1000, number: 2 }] }),
    ).rejects.toThrow(/has no drive/);
    const missing = recordingClient(answers());
    await expect(hw(missing.client).upgrade(1000, { memory: 48 })).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
    for (const { calls } of [occupied, empty, missing]) {
      expect(calls.map((call) => call.method)).not.toContain('placeOrder');
    }
  });
});

describe('HardwareManager.upgrade input and end to end', () => {
  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const hw = new HardwareManager(client);
    await expectRefused(
      [
        ['nothing', () => hw.upgrade(1, {}), /give memory/],
        ['bad memory', () => hw.upgrade(1, { memory: -4 }), /memory/],
        ['bad nic', () => hw.upgrade(1, { nicSpeed: 'fast' }), /nicSpeed/],
        [
          'bad disk',
          () => hw.upgrade(1, { disk: [{ description: 'grow' as 'add_disk', capacity: 1, number: 2 }] }),
          /add_disk/,
        ],
        ['bad test', () => hw.upgrade(1, { memory: 32, test: 1 as never }), /test/],
      ],
      calls,
    );
  });

  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('upgrades memory, port speed and adds a drive; test only verifies', async () => {
    const hw = new HardwareManager(emulator.client);
    const server = emulator.emulator.state.hardware.all()[0]!;
    const before = { ...server };
    await hw.upgrade(server.id, { memory: 256, nicSpeed: 100, test: true });
    expect(emulator.emulator.state.hardware.get(server.id)?.memoryGb).toBe(before.memoryGb);
    await hw.upgrade(server.id, {
      memory: 256,
      nicSpeed: 100,
      driveController: 'Non-RAID',
      disk: [{ description: 'add_disk', capacity: 960, number: 2 }],
    });
    const after = await hw.getHardware(server.id, { mask: 'memoryCapacity,networkComponents[speed]' });
    expect(after.memoryCapacity).toBe(256);
    expect(after.networkComponents?.map((component) => component.speed)).toEqual([100, 100]);
    const drives = await hw.getHardDrives(server.id);
    expect(
      drives.map((drive) => drive.hardwareComponentModel?.hardwareGenericComponentModel?.capacity),
    ).toEqual([2000, 2000, 960]);
    await expect(
      hw.upgrade(server.id, { disk: [{ description: 'add_disk', capacity: 960, number: 2 }] }),
    ).rejects.toThrow(/already has a drive/);
    await expect(hw.upgrade(server.id, { memory: 3 })).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    expect(emulator.emulator.state.hardware.get(server.id)?.memoryGb).toBe(256);
  });
});
