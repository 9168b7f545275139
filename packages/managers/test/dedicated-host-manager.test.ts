import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DedicatedHostManager } from '../src/dedicated-host-manager';
import { ManagerError } from '../src/manager-error';
import { VsManager } from '../src/vs-manager';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('DedicatedHostManager asks what the reference asks', () => {
  it('every method', async () => {
    for (const [name, run] of [
      ['dh.list_instances()', (dh: DedicatedHostManager) => dh.listInstances()],
      [
        "dh.list_instances(tags=['tag1', 'tag2'], hostname='dedicatedhost01', datacenter='dal13', order=85857762, owner='sl307608-dcabero')",
        (dh: DedicatedHostManager) =>
          dh.listInstances({
            tags: ['tag1', 'tag2'],
            hostname: 'dedicatedhost01',
            datacenter: 'dal13',
            order: 85857762,
            owner: 'sl307608-dcabero',
          }),
      ],
      ['dh.get_host(656700)', (dh: DedicatedHostManager) => dh.getHost(656700)],
      ['dh.list_guests(656700)', (dh: DedicatedHostManager) => dh.listGuests(656700)],
      ['dh.cancel_host(656700)', (dh: DedicatedHostManager) => dh.cancelHost(656700)],
      ['dh.cancel_guests(656700)', (dh: DedicatedHostManager) => dh.cancelGuests(656700)],
      ['dh.get_create_options()', (dh: DedicatedHostManager) => dh.getCreateOptions()],
      ["dh.resolve_ids('656700')", (dh: DedicatedHostManager) => dh.resolveIds('656700')],
    ] as const) {
      const { client, calls } = recordingClient({
        'Product_Package::getAllObjects': [{ id: 813, items: [], regions: [] }],
        'Virtual_DedicatedHost::getGuests': [
          { id: 200, fullyQualifiedDomainName: 'vs-test1.test.sftlyr.ws' },
          { id: 202, fullyQualifiedDomainName: 'vs-test2.test.sftlyr.ws' },
        ],
      });
      await run(new DedicatedHostManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('router options and orders read the package, then stop at a flavor it does not have', async () => {
    for (const [name, run] of [
      [
        "dh.get_router_options(datacenter='wdc01', flavor='56_CORES_X_242_RAM_X_1_4_TB')",
        (dh: DedicatedHostManager) => dh.getRouterOptions('wdc01', '56_CORES_X_242_RAM_X_1_4_TB'),
      ],
      [
        "dh.verify_order(hostname='test', domain='test.com', location='wdc01', hourly=True, flavor='56_CORES_X_242_RAM_X_1_4_TB')",
        (dh: DedicatedHostManager) =>
          dh.verifyOrder({
            hostname: 'test',
            domain: 'test.com',
            location: 'wdc01',
            hourly: true,
            flavor: '56_CORES_X_242_RAM_X_1_4_TB',
          }),
      ],
    ] as const) {
      const { client, calls } = recordingClient({
        'Product_Package::getAllObjects': [
          { id: 813, items: [], regions: [{ location: { location: { id: 1, name: 'wdc01' } } }] },
        ],
      });
      const error = await run(new DedicatedHostManager(client)).catch((thrown: unknown) => thrown);
      expect(error).toMatchObject({ code: 'SL_NOT_FOUND', message: expect.stringMatching(/valid item/) });
      expectSameCalls(name, calls);
    }
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const dh = new DedicatedHostManager(client);
    const order = { hostname: 'h', domain: 'example.com', location: 'dal13', hourly: true, flavor: 'F' };
    await expectRefused(
      [
        ['no hostname', () => dh.verifyOrder({ ...order, hostname: '' }), /hostname/],
        ['bad hourly', () => dh.placeOrder({ ...order, hourly: 'yes' as never }), /hourly/],
        ['no flavor', () => dh.getRouterOptions('dal13', ''), /flavor/],
        ['bad tags', () => dh.listInstances({ tags: [''] }), /tags/],
        ['bad cpus', () => dh.listGuests(1, { cpus: Number.NaN }), /cpus/],
        ['no host', () => dh.getHost(' '), /identifier/],
      ],
      calls,
    );
  });
});

describe('DedicatedHostManager against the emulator', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('orders a host, puts guests on it, lists them, cancels them and then the host', async () => {
    const dh = new DedicatedHostManager(emulator.client);
    const vs = new VsManager(emulator.client);
    const options = await dh.getCreateOptions();
    expect(options.dedicatedHost.map((flavor) => flavor.key)).toContain('56_CORES_X_242_RAM_X_1_4_TB');
    expect(options.locations.map((location) => location.key)).toContain('dal13');
    const routers = await dh.getRouterOptions('dal13', '56_CORES_X_242_RAM_X_1_4_TB');
    expect(routers.map((router) => router.hostname)).toEqual(['bcr01a.dal13']);

    const order = {
      hostname: 'dh-e2e',
      domain: 'example.com',
      location: 'dal13',
      hourly: true,
      flavor: '56_CORES_X_242_RAM_X_1_4_TB',
      router: 'bcr01a.dal13',
    };
    const before = emulator.emulator.state.dedicatedHosts.size;
    await dh.verifyOrder(order);
    expect(emulator.emulator.state.dedicatedHosts.size).toBe(before);
    const receipt = await dh.placeOrder(order);
    const hostId = receipt.orderDetails?.hardware?.[0]?.id as number;
    expect(emulator.emulator.state.dedicatedHosts.size).toBe(before + 1);

    const guest = await vs.orderGuest({
      hostname: 'on-host',
      domain: 'example.com',
      cpus: 2,
      memory: 2048,
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal13',
      hostId,
      dedicated: true,
    });
    const guestId = guest.orderDetails?.virtualGuests?.[0]?.id as number;
    const host = await dh.getHost('dh-e2e');
    expect(host).toMatchObject({ name: 'dh-e2e', cpuCount: 56, memoryCapacity: 242, guestCount: 1 });
    expect(host.guests?.map((each) => each.id)).toEqual([guestId]);
    expect((await dh.listGuests(hostId, { hostname: 'on-*' })).map((each) => each.id)).toEqual([guestId]);
    const listed = await dh.listInstances({ hostname: 'dh-e2e', datacenter: 'dal13' });
    expect(listed.map((each) => each.allocationStatus?.cpuAllocated)).toEqual([2]);

    await expect(dh.cancelHost(hostId)).rejects.toThrow(/cancel the guests/);
    expect(await dh.cancelGuests(hostId)).toEqual([
      { id: guestId, fqdn: 'on-host.example.com', status: 'Cancelled' },
    ]);
    expect(await dh.cancelHost('dh-e2e')).toBe(true);
    await expect(dh.getHost('dh-e2e')).rejects.toBeInstanceOf(ManagerError);
  });

  it('an unknown router, flavor or datacenter orders nothing', async () => {
    const dh = new DedicatedHostManager(emulator.client);
    const before = emulator.emulator.state.dedicatedHosts.size;
    const order = {
      hostname: 'nope',
      domain: 'example.com',
      location: 'dal13',
      hourly: true,
      flavor: '56_CORES_X_242_RAM_X_1_4_TB',
    };
    await expect(dh.placeOrder({ ...order, router: 'bcr09z.dal13' })).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
    await expect(dh.placeOrder({ ...order, flavor: 'TINY' })).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    await expect(dh.placeOrder({ ...order, location: 'atlantis' })).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
    expect(emulator.emulator.state.dedicatedHosts.size).toBe(before);
  });
});
