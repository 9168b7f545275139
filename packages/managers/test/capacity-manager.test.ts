import { untag } from '@sl/test-kit';
import type { TransportRequest } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapacityManager } from '../src/capacity-manager';
import { expectRefused, expectSameCalls, managerCase, recordingClient, startTestEmulator } from './support';

const CREATE_GUEST =
  "capacity.create_guest(3103, True, {'boot_mode': None, 'disks': (), 'domain': 'test.com', 'hostname': 'A1538172419', 'ipv6': True, 'local_disk': None, 'os_code': 'UBUNTU_LATEST_64', 'primary_disk': '25', 'private': False, 'private_subnet': None, 'public_subnet': None, 'ssh_keys': [1234]})";

const IPV6_ITEM = {
  id: 1,
  keyName: '1_IPV6_ADDRESS',
  capacity: '1',
  itemCategory: { categoryCode: 'pri_ipv6_addresses' },
  prices: [{ id: 664641, categories: [{ categoryCode: 'pri_ipv6_addresses' }] }],
};

/** `OrderingManager` sends the location as text, as the metadata types it (the reference sends the number). */
function withNumericLocation(calls: readonly TransportRequest[]): TransportRequest[] {
  return calls.map((call) => {
    if (call.method !== 'placeOrder') return call;
    const [container] = (call.args ?? []) as Array<{ orderContainers: Array<Record<string, unknown>> }>;
    const order = container!.orderContainers[0]!;
    expect(order.location).toBe('0');
    return { ...call, args: [{ orderContainers: [{ ...order, location: 0 }] }] };
  });
}

/** The regions read with the reference's mask: ours also asks for the locations' names, which its code reads. */
function withReferenceRegionMask(calls: readonly TransportRequest[]): TransportRequest[] {
  return calls.map((call) => {
    if (call.method !== 'getRegions') return call;
    expect(call.mask).toBe('mask[locations[location]]');
    return { ...call, mask: 'mask[locations]' };
  });
}

describe('CapacityManager asks what the reference asks', () => {
  it('reads', async () => {
    for (const [name, run] of [
      ['capacity.list()', (capacity: CapacityManager) => capacity.list()],
      ['capacity.get_object(3103)', (capacity: CapacityManager) => capacity.getObject(3103)],
      ['capacity.get_create_options()', (capacity: CapacityManager) => capacity.getCreateOptions()],
      ['capacity.get_available_routers()', (capacity: CapacityManager) => capacity.getAvailableRouters()],
      [
        "capacity.get_available_routers(dc='wdc07')",
        (capacity: CapacityManager) => capacity.getAvailableRouters({ dc: 'wdc07' }),
      ],
      ["capacity.resolve_ids('3103')", (capacity: CapacityManager) => capacity.resolveIds('3103')],
    ] as const) {
      const { client, calls } = recordingClient({
        'Product_Package::getAllObjects': [{ id: 200 }],
        'Product_Package::getRegions': [
          { keyname: 'WASHINGTON07', locations: [{ location: { name: 'wdc07' } }] },
        ],
        'Network_Pod::getAllObjects': [{ datacenterName: 'wdc07', backendRouterId: 1 }],
      });
      await run(new CapacityManager(client));
      expectSameCalls(name, withReferenceRegionMask(calls));
    }
  });

  it('create orders the flavor for the router', async () => {
    const { client, calls } = recordingClient({
      'Product_Package::getAllObjects': [{ id: 200 }],
      'Product_Package::getItems': [IPV6_ITEM],
    });
    await new CapacityManager(client).create('TEST', 1, '1_IPV6_ADDRESS', 5);
    expectSameCalls("capacity.create('TEST', 1, '1_IPV6_ADDRESS', 5)", withNumericLocation(calls));
  });

  it('createGuest verifies a guest of the group flavor in its datacenter, with an IPv6 address', async () => {
    const verified = untag(managerCase(CREATE_GUEST).calls.at(-1)!.args![0]) as {
      prices: unknown[];
      reservedCapacityId?: number;
    };
    const { reservedCapacityId: _id, ...template } = verified;
    const { client, calls } = recordingClient({
      'Virtual_ReservedCapacityGroup::getObject': {
        instances: [{ id: 1, billingItem: { id: 2, item: { id: 3, keyName: 'B1_1X2_1_YEAR_TERM' } } }],
        backendRouter: { id: 4, datacenter: { name: 'dal13' } },
      },
      'Virtual_Guest::generateOrderTemplate': { ...template, prices: template.prices.slice(0, -1) },
      'Product_Package::getAllObjects': [{ id: 200 }],
      'Product_Package::getItems': [IPV6_ITEM],
    });
    await new CapacityManager(client).createGuest(3103, true, {
      domain: 'test.com',
      hostname: 'A1538172419',
      ipv6: true,
      osCode: 'UBUNTU_LATEST_64',
      primaryDisk: '25',
      sshKeys: [1234],
    });
    expectSameCalls(CREATE_GUEST, calls);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const capacity = new CapacityManager(client);
    const guest = { hostname: 'h', domain: 'example.com', osCode: 'UBUNTU_LATEST', primaryDisk: 25 };
    await expectRefused(
      [
        ['no name', () => capacity.create('', 1, 'B1_1X2_1_YEAR_TERM', 1), /name/],
        ['no router', () => capacity.create('n', 0, 'B1_1X2_1_YEAR_TERM', 1), /backendRouterId/],
        ['no instances', () => capacity.create('n', 1, 'B1_1X2_1_YEAR_TERM', 0), /instances/],
        ['bad test', () => capacity.createGuest(1, 'yes' as never, guest), /test/],
        ['bad disk', () => capacity.createGuest(1, true, { ...guest, primaryDisk: 'big' }), /primaryDisk/],
        ['bad dc', () => capacity.getAvailableRouters({ dc: '' }), /dc/],
      ],
      calls,
    );
  });
});

describe('CapacityManager against the emulator', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('reserves capacity, creates guests in it until it is full', async () => {
    const capacity = new CapacityManager(emulator.client);
    const flavors = (await capacity.getCreateOptions()).map((item) => item.keyName);
    expect(flavors).toContain('B1_1X2_1_YEAR_TERM');
    const regions = await capacity.getAvailableRouters({ dc: 'dal13' });
    const pods = regions
      .flatMap((region) => region.locations ?? [])
      .flatMap((location) => location.location?.pods ?? []);
    const routerId = pods[0]?.backendRouterId as number;
    expect(pods.map((pod) => pod.backendRouterName)).toEqual(['bcr01a.dal13']);

    const before = emulator.emulator.state.reservedCapacityGroups.size;
    await capacity.create('rc-e2e', routerId, 'B1_1X2_1_YEAR_TERM', 1, { test: true });
    expect(emulator.emulator.state.reservedCapacityGroups.size).toBe(before);
    await capacity.create('rc-e2e', routerId, 'B1_1X2_1_YEAR_TERM', 1);
    const group = (await capacity.list()).find((each) => each.name === 'rc-e2e')!;
    expect(group).toMatchObject({ instanceCount: 1, availableInstanceCount: 1, occupiedInstanceCount: 0 });

    const guest = { hostname: 'rc-guest', domain: 'example.com', osCode: 'UBUNTU_LATEST', primaryDisk: 25 };
    await capacity.createGuest('rc-e2e', true, guest);
    await capacity.createGuest('rc-e2e', false, guest);
    const detail = await capacity.getObject('rc-e2e');
    expect(detail.instances?.[0]?.guest?.hostname).toBe('rc-guest');
    expect(detail.instances?.[0]?.billingItem?.item?.keyName).toBe('B1_1X2_1_YEAR_TERM');
    const guests = emulator.emulator.state.guests.size;
    await expect(capacity.createGuest('rc-e2e', false, { ...guest, hostname: 'rc-guest2' })).rejects.toThrow(
      /no free instance/,
    );
    expect(emulator.emulator.state.guests.size).toBe(guests);
  });

  it('an unknown router or flavor reserves nothing', async () => {
    const capacity = new CapacityManager(emulator.client);
    const before = emulator.emulator.state.reservedCapacityGroups.size;
    await expect(capacity.create('bad', 42, 'B1_1X2_1_YEAR_TERM', 1)).rejects.toThrow(/backendRouterId/);
    await expect(capacity.create('bad', 3_000_002, 'NO_SUCH_FLAVOR', 1)).rejects.toThrow();
    expect(emulator.emulator.state.reservedCapacityGroups.size).toBe(before);
  });
});
