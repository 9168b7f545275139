import type { TransportRequest } from '@sl/transport';
import type { SoftLayer_Product_Item_Price } from '@sl/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError } from '../src/manager-error';
import { OrderingManager } from '../src/ordering-manager';
import { expectSameCalls, recordingClient, SMALL_GUEST_ITEMS, startTestEmulator } from './support';

const GUEST_COMPLEX_TYPE = 'SoftLayer_Container_Product_Order_Virtual_Guest';

const ITEMS = [
  {
    id: 1,
    keyName: 'GUEST_CORE_2',
    capacity: '2',
    itemCategory: { categoryCode: 'guest_core' },
    prices: [{ id: 11, locationGroupId: null }],
  },
  {
    id: 2,
    keyName: 'OS_X',
    itemCategory: { categoryCode: 'os' },
    prices: [
      { id: 21, locationGroupId: 5 },
      {
        id: 22,
        locationGroupId: null,
        capacityRestrictionType: 'CORE',
        capacityRestrictionMinimum: '1',
        capacityRestrictionMaximum: '1',
      },
      {
        id: 23,
        locationGroupId: null,
        capacityRestrictionType: 'CORE',
        capacityRestrictionMinimum: '2',
        capacityRestrictionMaximum: '4',
      },
    ],
  },
  {
    id: 3,
    keyName: 'GPU_A',
    itemCategory: { categoryCode: 'gpu0' },
    prices: [
      { id: 31, locationGroupId: null, categories: [{ categoryCode: 'gpu0' }] },
      { id: 32, locationGroupId: null, categories: [{ categoryCode: 'gpu1' }] },
    ],
  },
];

/** Answers for a small catalog: one package (7), the items above, one preset (400), dal13. */
function catalogClient() {
  return recordingClient({
    'Product_Package::getAllObjects': [{ id: 7 }],
    'Product_Package::getItems': ITEMS,
    'Product_Package::getActivePresets': (request: TransportRequest) =>
      JSON.stringify(request.filter ?? {}).includes('B1') ? [{ id: 400, keyName: 'B1' }] : [],
    'Product_Package_Preset::getObject': {
      id: 400,
      prices: [{ item: { capacity: '4', itemCategory: { categoryCode: 'guest_core' } } }],
    },
    'Location::getDatacenters': [{ id: 1854795, name: 'dal13' }],
  });
}

describe('OrderingManager asks what the reference asks', () => {
  it('listPackages', async () => {
    const { client, calls } = recordingClient();
    await new OrderingManager(client).listPackages();
    expectSameCalls('ordering.list_packages()', calls);
  });

  it('getPackageByKey', async () => {
    const { client, calls } = recordingClient({ 'Product_Package::getAllObjects': [{ id: 200 }] });
    expect(await new OrderingManager(client).getPackageByKey('BARE_METAL_SERVER')).toEqual({ id: 200 });
    expectSameCalls("ordering.get_package_by_key('BARE_METAL_SERVER')", calls);
  });

  it('getLocationId by datacenter name', async () => {
    const { client, calls } = recordingClient({ 'Location::getDatacenters': [{ id: 1854795 }] });
    expect(await new OrderingManager(client).getLocationId('dal13')).toBe(1854795);
    expectSameCalls("ordering.get_location_id('dal13')", calls);
  });

  it('getLocationId by region key name, a number as it is, NONE as 0', async () => {
    const { client, calls } = recordingClient({ 'Location::getDatacenters': [{ id: 1854795 }] });
    const ordering = new OrderingManager(client);
    expect(await ordering.getLocationId('DALLAS13')).toBe(1854795);
    expect(calls[0]?.filter).toEqual({ regions: { keyname: { operation: 'DALLAS13' } } });
    expect(await ordering.getLocationId(1854795)).toBe(1854795);
    expect(await ordering.getLocationId('none')).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('listPackages keeps only active packages', async () => {
    const { client } = recordingClient({
      'Product_Package::getAllObjects': [
        { id: 1, isActive: 1 },
        { id: 2, isActive: 0 },
      ],
    });
    expect(await new OrderingManager(client).listPackages()).toEqual([{ id: 1, isActive: 1 }]);
  });

  it('getPresetByKey asks both preset lists with the key name filter', async () => {
    const { client, calls } = catalogClient();
    expect(await new OrderingManager(client).getPresetByKey('PKG', 'B1')).toEqual({ id: 400, keyName: 'B1' });
    expect(calls.map((call) => call.method)).toEqual([
      'getAllObjects',
      'getAccountRestrictedActivePresets',
      'getActivePresets',
    ]);
    const filter = {
      activePresets: { keyName: { operation: '_= B1' } },
      accountRestrictedActivePresets: { keyName: { operation: '_= B1' } },
    };
    expect(calls[1]).toMatchObject({ id: 7, filter });
    expect(calls[2]).toMatchObject({ id: 7, filter });
  });

  it('getPriceIdList picks the standard price fitting the cores ordered, and one price per GPU slot', async () => {
    const { client, calls } = catalogClient();
    const ordering = new OrderingManager(client);
    expect(await ordering.getPriceIdList('PKG', ['GUEST_CORE_2', 'OS_X', 'GPU_A', 'GPU_A'])).toEqual([
      11, 23, 31, 32,
    ]);
    expect(calls[1]).toMatchObject({
      method: 'getItems',
      id: 7,
      mask: 'id, description, capacity, itemCategory, keyName, prices[categories]',
    });
    expect(await ordering.getPriceIdList('PKG', ['OS_X'], { core: 1 })).toEqual([22]);
    await expect(ordering.getPriceIdList('PKG', ['OS_X'], { core: 16 })).rejects.toThrow(
      'Item OS_X of package PKG has no standard price for 16 cores',
    );
    await expect(ordering.getPriceIdList('PKG', ['NOPE'])).rejects.toThrow(
      'Item NOPE does not exist for package PKG',
    );
  });

  it('getItemPriceId and getItemCapacity follow the reference', () => {
    const prices: SoftLayer_Product_Item_Price[] = [
      { id: 1, termLength: 12 },
      { id: 2, capacityRestrictionType: 'PROCESSOR' },
      { id: 3, locationGroupId: 9 },
    ];
    expect(OrderingManager.getItemPriceId(undefined, prices)).toBe(2);
    expect(OrderingManager.getItemPriceId(8, prices)).toBe(2);
    expect(OrderingManager.getItemPriceId(undefined, prices, 12)).toBe(1);
    expect(OrderingManager.getItemPriceId(undefined, [{ id: 3, locationGroupId: 9 }])).toBeUndefined();
    const items = [
      { keyName: 'GUEST_CORE_2', capacity: 2 },
      { keyName: 'INTEL_XEON', description: 'Xeon (12 Cores, 2.2 GHz)' },
      { keyName: 'INTEL_PLAIN', description: 'no parenthesis' },
    ];
    expect(OrderingManager.getItemCapacity(items, ['GUEST_CORE_2'])).toBe('2');
    expect(OrderingManager.getItemCapacity(items, ['GUEST_CORE_2', 'INTEL_XEON'])).toBe('12');
    expect(OrderingManager.getItemCapacity(items, ['INTEL_PLAIN'])).toBeUndefined();
  });

  it('generateOrder builds the order from key names, wrapped in orderContainers like the reference', async () => {
    const { client, calls } = catalogClient();
    const order = await new OrderingManager(client).generateOrder('PKG', 'dal13', ['OS_X'], {
      complexType: GUEST_COMPLEX_TYPE,
      preset: 'B1',
      hourly: false,
      quantity: 2,
      extras: { virtualGuests: [{ hostname: 'a', domain: 'b.example' }], packageId: 1 },
    });
    expect(order).toEqual({
      orderContainers: [
        {
          virtualGuests: [{ hostname: 'a', domain: 'b.example' }],
          packageId: 7,
          quantity: 2,
          location: '1854795',
          useHourlyPricing: false,
          complexType: GUEST_COMPLEX_TYPE,
          presetId: 400,
          prices: [{ id: 23 }],
        },
      ],
    });
    expect(calls.map((call) => `${call.service.replace('SoftLayer_', '')}::${call.method}`)).toEqual([
      'Product_Package::getAllObjects',
      'Location::getDatacenters',
      'Product_Package::getAllObjects',
      'Product_Package::getAccountRestrictedActivePresets',
      'Product_Package::getActivePresets',
      'Product_Package_Preset::getObject',
      'Product_Package::getAllObjects',
      'Product_Package::getItems',
    ]);
    expect(calls[5]).toMatchObject({ id: 400, mask: 'mask[prices[item[itemCategory]]]' });
  });

  it('verifyOrder and placeOrder send the generated order', async () => {
    const { client, calls } = catalogClient();
    const ordering = new OrderingManager(client);
    await ordering.verifyOrder('PKG', 1854795, ['GUEST_CORE_2'], { complexType: GUEST_COMPLEX_TYPE });
    await ordering.placeOrder('PKG', 1854795, ['GUEST_CORE_2'], { complexType: GUEST_COMPLEX_TYPE });
    const sent = calls.filter((call) => call.service === 'SoftLayer_Product_Order');
    expect(sent.map((call) => call.method)).toEqual(['verifyOrder', 'placeOrder']);
    for (const call of sent) {
      expect(call.args).toEqual([
        {
          orderContainers: [
            {
              packageId: 7,
              quantity: 1,
              location: '1854795',
              useHourlyPricing: true,
              complexType: GUEST_COMPLEX_TYPE,
              prices: [{ id: 11 }],
            },
          ],
        },
      ]);
    }
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const ordering = new OrderingManager(client);
    const base = { complexType: GUEST_COMPLEX_TYPE };
    await expect(ordering.verifyOrder('PKG', 'dal13', ['A'], { complexType: '' })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    await expect(ordering.placeOrder('', 'dal13', ['A'], base)).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    await expect(ordering.placeOrder('PKG', '', ['A'], base)).rejects.toBeInstanceOf(ManagerError);
    await expect(ordering.placeOrder('PKG', 'dal13', [''], base)).rejects.toBeInstanceOf(ManagerError);
    await expect(ordering.placeOrder('PKG', 'dal13', ['A'], { ...base, quantity: 0 })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    await expect(ordering.placeOrder('PKG', -1, ['A'], base)).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    await expect(ordering.getPackageByKey(' ')).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(ordering.getPackagesOfType([])).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    expect(calls).toEqual([]);
  });
});

describe('OrderingManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('lists packages, finds one by key and by type, and names a package that does not exist', async () => {
    const ordering = new OrderingManager(setup.client);
    const packages = await ordering.listPackages();
    expect(packages.map((pkg) => pkg.keyName)).toEqual([
      'PUBLIC_CLOUD_SERVER',
      'BARE_METAL_SERVER',
      'DEDICATED_HOST',
      'RESERVED_CAPACITY',
      'CLOUD_SERVER',
      'ADDITIONAL_PRODUCTS',
      'LBAAS',
      'STORAGE_AS_A_SERVICE_STAAS',
      'SOFTWARE_LICENSE_PACKAGE',
      'NETWORK_VLAN',
    ]);
    expect(packages[0]).toMatchObject({ type: { keyName: 'VIRTUAL_SERVER_INSTANCE' } });
    expect(await ordering.getPackageByKey('PUBLIC_CLOUD_SERVER', { mask: 'id,keyName' })).toEqual({
      id: 835,
      keyName: 'PUBLIC_CLOUD_SERVER',
    });
    expect(await ordering.getPackageIdByType('BARE_METAL_CPU')).toBe(200);
    expect(await ordering.getPackageByType('NO_SUCH_TYPE')).toBeUndefined();
    await expect(ordering.getPackageByKey('NO_SUCH_PACKAGE')).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
      message: 'Package NO_SUCH_PACKAGE does not exist',
    });
  });

  it('finds a datacenter id by name or region, and names one it cannot find', async () => {
    const ordering = new OrderingManager(setup.client);
    expect(await ordering.getLocationId('dal13')).toBe(1854795);
    expect(await ordering.getLocationId('DALLAS13')).toBe(1854795);
    await expect(ordering.getLocationId('xyz99')).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
      message: 'Unable to find location: xyz99',
    });
    const regions = await ordering.packageLocations('PUBLIC_CLOUD_SERVER');
    expect(regions.map((region) => region.keyname)).toContain('DALLAS13');
    const dal13 = await ordering.getRegions(835, { location: 'dal13' });
    expect(dal13.map((region) => region.keyname)).toEqual(['DALLAS13']);
  });

  it('lists the items, categories and presets of the virtual guest package', async () => {
    const ordering = new OrderingManager(setup.client);
    const items = await ordering.listItems('PUBLIC_CLOUD_SERVER');
    expect(items.map((item) => item.keyName)).toEqual(expect.arrayContaining([...SMALL_GUEST_ITEMS]));
    // The standard price first, then one per priced location group (the emulator's regional prices).
    expect(items[0]).toMatchObject({ itemCategory: { categoryCode: 'guest_core' } });
    expect(items[0]?.prices?.map((price) => [price.id, price.locationGroupId])).toEqual([
      [26000, null],
      [27000, 505],
      [27001, 507],
      [27002, 509],
    ]);
    const categories = await ordering.listCategories('PUBLIC_CLOUD_SERVER');
    expect(categories.map((category) => category.itemCategory?.categoryCode)).toContain('guest_core');
    const presets = await ordering.listPresets('PUBLIC_CLOUD_SERVER');
    expect(presets.map((preset) => preset.keyName)).toContain('B1_2X4X25');
    expect(presets[0]?.prices?.length).toBeGreaterThan(0);
    expect(await ordering.getPresetByKey('PUBLIC_CLOUD_SERVER', 'b1_2x4x25')).toMatchObject({
      keyName: 'B1_2X4X25',
    });
    await expect(ordering.getPresetByKey('PUBLIC_CLOUD_SERVER', 'B9_NONE')).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
      message: 'Preset B9_NONE does not exist in package PUBLIC_CLOUD_SERVER',
    });
    const priceIds = await ordering.getPriceIdList('PUBLIC_CLOUD_SERVER', ['GUEST_CORE_1', 'RAM_1_GB']);
    const byKey = new Map(items.map((item) => [item.keyName, item.prices?.[0]?.id]));
    expect(priceIds).toEqual([byKey.get('GUEST_CORE_1'), byKey.get('RAM_1_GB')]);
  });

  it('verifies an order for a small guest built from key names, then places it: the guest appears', async () => {
    const ordering = new OrderingManager(setup.client);
    const options = {
      complexType: GUEST_COMPLEX_TYPE,
      extras: { virtualGuests: [{ hostname: 'ordered1', domain: 'managers.example' }] },
    };
    const verified = await ordering.verifyOrder('PUBLIC_CLOUD_SERVER', 'dal13', SMALL_GUEST_ITEMS, options);
    expect(verified.prices).toHaveLength(SMALL_GUEST_ITEMS.length);
    expect(verified.prices?.map((price) => price.item?.keyName)).toEqual(SMALL_GUEST_ITEMS);
    const find = () =>
      setup.client.call('Account', 'getVirtualGuests', {
        mask: 'id,hostname,maxCpu,maxMemory,datacenter.name',
        filter: { virtualGuests: { hostname: { operation: 'ordered1' } } },
      });
    expect(await find()).toEqual([]);

    const receipt = await ordering.placeOrder('PUBLIC_CLOUD_SERVER', 'DALLAS13', SMALL_GUEST_ITEMS, options);
    expect(receipt.orderId).toEqual(expect.any(Number));
    const guests = await find();
    expect(guests).toHaveLength(1);
    expect(guests[0]).toMatchObject({ maxCpu: 1, maxMemory: 1024, datacenter: { name: 'dal13' } });
    const order = await ordering.getOrderDetail(receipt.orderId!, { mask: 'id,status,items' });
    expect(order).toMatchObject({ id: receipt.orderId, status: 'APPROVED' });
    expect(order.items).toHaveLength(SMALL_GUEST_ITEMS.length);
  });

  it('orders from a preset: its cores and memory, with the other items by key name', async () => {
    const ordering = new OrderingManager(setup.client);
    const receipt = await ordering.placeOrder(
      'PUBLIC_CLOUD_SERVER',
      'fra02',
      ['OS_DEBIAN_12_64', '100_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS'],
      {
        complexType: GUEST_COMPLEX_TYPE,
        preset: 'B1_2X4X25',
        extras: { virtualGuests: [{ hostname: 'ordered2', domain: 'managers.example' }] },
      },
    );
    expect(receipt.orderDetails?.presetId).toBe(400 + 1);
    const guests = await setup.client.call('Account', 'getVirtualGuests', {
      mask: 'id,maxCpu,maxMemory,datacenter.name',
      filter: { virtualGuests: { hostname: { operation: 'ordered2' } } },
    });
    expect(guests).toMatchObject([{ maxCpu: 2, maxMemory: 4096, datacenter: { name: 'fra02' } }]);
  });

  it('a wrong item key name is a ManagerError naming it, and nothing is ordered', async () => {
    const ordering = new OrderingManager(setup.client);
    const count = setup.emulator.state.guests.all().length;
    const options = {
      complexType: GUEST_COMPLEX_TYPE,
      extras: { virtualGuests: [{ hostname: 'never', domain: 'managers.example' }] },
    };
    const error = await ordering
      .placeOrder('PUBLIC_CLOUD_SERVER', 'dal13', ['GUEST_CORE_1', 'RAM_3_GB'], options)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ManagerError);
    expect(error).toMatchObject({
      code: 'SL_NOT_FOUND',
      message: 'Item RAM_3_GB does not exist for package PUBLIC_CLOUD_SERVER',
    });
    await expect(
      ordering.verifyOrder('PUBLIC_CLOUD_SERVER', 'nowhere', SMALL_GUEST_ITEMS, options),
    ).rejects.toThrow('Unable to find location: nowhere');
    expect(setup.emulator.state.guests.all().length).toBe(count);
  });
});
