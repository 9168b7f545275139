// What slcli's `vs placementgroup`, `vs capacity` and `object-storage credential` need from the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { xmlrpcCall } from './call-api';

describe('emulator support for slcli nested groups', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('Virtual_PlacementGroup::getAvailableRouters without a mask gives each router its topLevelLocation', async () => {
    const { value } = await xmlrpcCall(emulator, 'SoftLayer_Virtual_PlacementGroup', 'getAvailableRouters');
    const routers = value as Array<{
      hostname: string;
      topLevelLocation?: { name: string; longName: string };
    }>;
    expect(routers.length).toBeGreaterThan(0);
    for (const router of routers) expect(router.hostname).toContain(router.topLevelLocation?.name ?? '?');
  });

  it('a reserved capacity verifyOrder answers its total and location, also as its one container', async () => {
    const pkg = await xmlrpcCall(emulator, 'SoftLayer_Product_Package', 'getAllObjects', {
      mask: 'id',
      filter: { keyName: { operation: 'RESERVED_CAPACITY' } },
    });
    const packageId = (pkg.value as Array<{ id: number }>)[0]?.id as number;
    const items = await xmlrpcCall(emulator, 'SoftLayer_Product_Package', 'getItems', { id: packageId });
    const item = (
      items.value as Array<{ keyName: string; prices: Array<{ id: number; hourlyRecurringFee: string }> }>
    )[0];
    const { value } = await xmlrpcCall(
      emulator,
      'SoftLayer_Product_Order',
      'verifyOrder',
      {},
      {
        complexType: 'SoftLayer_Container_Product_Order_Virtual_ReservedCapacity',
        packageId,
        name: 'rc1',
        backendRouterId: 3000002,
        quantity: 2,
        prices: [{ id: item?.prices[0]?.id as number }],
      },
    );
    const order = value as {
      postTaxRecurring: string;
      orderContainers: Array<{ name: string; locationObject: { name: string } }>;
    };
    expect(Number(order.postTaxRecurring)).toBeCloseTo(Number(item?.prices[0]?.hourlyRecurringFee) * 2);
    expect(order.orderContainers[0]).toMatchObject({ name: 'rc1', locationObject: { name: 'dal10' } });
  });

  it('credentialCreate makes the same keys on every run of the same account', async () => {
    const other = await startEmulator({ rateLimit: 0 });
    try {
      const create = (target: Emulator) =>
        xmlrpcCall(target, 'SoftLayer_Network_Storage_Hub_Cleversafe_Account', 'credentialCreate', {
          id: 1230001,
        });
      const [first, second] = await Promise.all([create(emulator), create(other)]);
      const keys = ({ value }: { value: unknown }) => {
        const { id, username, password } = value as Record<string, unknown>;
        return { id, username, password };
      };
      expect(keys(first)).toEqual(keys(second));
      expect((first.value as { username: string }).username).toMatch(/^[0-9a-f]{20}$/);
    } finally {
      await other.close();
    }
  });
});
