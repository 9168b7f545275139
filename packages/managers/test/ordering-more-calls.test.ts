import type { SoftLayer_Product_Package } from '@sl/types';
import { describe, expect, it } from 'vitest';
import { OrderingManager } from '../src/ordering-manager';
import { expectReferenceCalls, expectSameCalls, managerCase, recordingClient } from './support';

/* The manager-calls-more.json cases of the ordering methods we had before the quotes: each asks what the reference asked. */

const ITEM_KEYS = [
  'BANDWIDTH_0_GB_2',
  '10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS',
  'OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT',
];
const HARDWARE_TYPE = 'SoftLayer_Container_Product_Order_Hardware_Server';
const EXTRAS = { hardware: [{ hostname: 'test', domain: 'example.com' }] };

/** The reference's fixtures as far as these cases read them: package 200, dal13, three items, preset 799. */
function catalogClient() {
  return recordingClient({
    'Product_Package::getAllObjects': [{ id: 200 }],
    'Location::getDatacenters': [{ id: 1854895, name: 'dal13', regions: [{ keyname: 'DALLAS13' }] }],
    'Product_Package::getItems': ITEM_KEYS.map((keyName, index) => ({
      id: index + 1,
      keyName,
      itemCategory: { categoryCode: 'other' },
      prices: [{ id: [1800, 272, 37650][index], locationGroupId: null, categories: [] }],
    })),
    'Product_Package::getActivePresets': [{ id: 799, keyName: 'M1_64X512X25' }],
    'Product_Package::getAccountRestrictedActivePresets': [],
    'Product_Package_Preset::getObject': { id: 799, prices: [] },
    'Product_Package::getConfiguration': [],
  });
}

/**
 * A case's calls as we make them on purpose: the location id as text (the metadata types it so; the API reads
 * either) and the preset's prices read with their items' categories (the reference reads `itemCategory` without
 * asking for it).
 */
function ourOrderCalls(name: string) {
  return structuredClone(managerCase(name).calls).map((call) => {
    if (call.method === 'getObject' && call.service === 'SoftLayer_Product_Package_Preset') {
      return { ...call, mask: 'mask[prices[item[itemCategory]]]' };
    }
    const args = call.args as Array<{ orderContainers?: Array<{ location?: unknown }> }> | undefined;
    for (const container of args?.[0]?.orderContainers ?? []) {
      container.location = String((container.location as { $int: string }).$int);
    }
    return call;
  });
}

const PACKAGES: SoftLayer_Product_Package[] = [
  { id: 200, name: 'Bare Metal Server', description: 'Bare Metal Server', isActive: 1 },
  { id: 201, name: 'Outlet Bare Metal', description: 'OUTLET servers', isActive: 1 },
  { id: 202, name: 'Retired', description: 'Retired', isActive: 0 },
];

describe('OrderingManager asks what the reference asks (manager-calls-more.json)', () => {
  it('ordering.filter_outlet_packages([…]) and ordering.get_only_active_packages([…]) ask nothing', () => {
    const { calls } = recordingClient();
    expect(OrderingManager.filterOutletPackages(PACKAGES).map((pkg) => pkg.id)).toEqual([200, 202]);
    expect(OrderingManager.getOnlyActivePackages(PACKAGES).map((pkg) => pkg.id)).toEqual([200, 201]);
    expectSameCalls(
      "ordering.filter_outlet_packages([{'id': 200, 'name': 'Bare Metal Server', 'description': 'Bare Metal Server', 'isActive': 1}, {'id': 201, 'name': 'Outlet Bare Metal', 'description': 'OUTLET servers', 'isActive': 1}, {'id': 202, 'name': 'Retired', 'description': 'Retired', 'isActive': 0}])",
      calls,
    );
    expectSameCalls(
      "ordering.get_only_active_packages([{'id': 200, 'name': 'Bare Metal Server', 'description': 'Bare Metal Server', 'isActive': 1}, {'id': 201, 'name': 'Outlet Bare Metal', 'description': 'OUTLET servers', 'isActive': 1}, {'id': 202, 'name': 'Retired', 'description': 'Retired', 'isActive': 0}])",
      calls,
    );
  });

  it('ordering.get_item_price_id(…) and ordering.get_item_capacity(…) ask nothing', () => {
    const { calls } = recordingClient();
    const prices = [
      { id: 1, locationGroupId: '' as unknown as number, termLength: 0 },
      {
        id: 2,
        locationGroupId: '' as unknown as number,
        capacityRestrictionType: 'CORE',
        capacityRestrictionMinimum: '1',
        capacityRestrictionMaximum: '8',
      },
      { id: 3, locationGroupId: 509 },
    ];
    expect(OrderingManager.getItemPriceId('4', prices)).toBe(2);
    expect(
      OrderingManager.getItemCapacity(
        [{ keyName: 'GUEST_CORE_4', capacity: '4' as unknown as number }],
        ['GUEST_CORE_4'],
      ),
    ).toBe('4');
    expectSameCalls(
      "ordering.get_item_price_id('4', [{'id': 1, 'locationGroupId': '', 'termLength': 0}, {'id': 2, 'locationGroupId': '', 'capacityRestrictionType': 'CORE', 'capacityRestrictionMinimum': '1', 'capacityRestrictionMaximum': '8'}, {'id': 3, 'locationGroupId': 509}])",
      calls,
    );
    expectSameCalls(
      "ordering.get_item_capacity([{'keyName': 'GUEST_CORE_4', 'capacity': '4'}], ['GUEST_CORE_4'])",
      calls,
    );
  });

  it.each([
    [
      "ordering.get_packages_of_type(['BARE_METAL_CPU'])",
      (o: OrderingManager) => o.getPackagesOfType(['BARE_METAL_CPU']),
    ],
    [
      "ordering.get_package_by_type('BARE_METAL_CPU', mask='mask[id,name]')",
      (o: OrderingManager) => o.getPackageByType('BARE_METAL_CPU', { mask: 'mask[id,name]' }),
    ],
    [
      "ordering.get_package_id_by_type('BARE_METAL_CPU')",
      (o: OrderingManager) => o.getPackageIdByType('BARE_METAL_CPU'),
    ],
    ['ordering.get_order_detail(1234)', (o: OrderingManager) => o.getOrderDetail(1234)],
    [
      "ordering.list_categories('BARE_METAL_SERVER')",
      (o: OrderingManager) => o.listCategories('BARE_METAL_SERVER'),
    ],
    ["ordering.list_items('BARE_METAL_SERVER')", (o: OrderingManager) => o.listItems('BARE_METAL_SERVER')],
    [
      "ordering.list_presets('BARE_METAL_SERVER')",
      (o: OrderingManager) => o.listPresets('BARE_METAL_SERVER'),
    ],
    [
      "ordering.get_preset_by_key('BARE_METAL_SERVER', 'M1_64X512X25')",
      (o: OrderingManager) => o.getPresetByKey('BARE_METAL_SERVER', 'M1_64X512X25'),
    ],
    ['ordering.get_preset_prices(799)', (o: OrderingManager) => o.getPresetPrices(799)],
    ['ordering.get_item_prices(200)', (o: OrderingManager) => o.getItemPrices(200)],
    [
      "ordering.get_price_id_list('BARE_METAL_SERVER', ['BANDWIDTH_0_GB_2', '10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS', 'OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT'])",
      (o: OrderingManager) => o.getPriceIdList('BARE_METAL_SERVER', ITEM_KEYS),
    ],
    [
      "ordering.package_locations('BARE_METAL_SERVER')",
      (o: OrderingManager) => o.packageLocations('BARE_METAL_SERVER'),
    ],
    ['ordering.get_items(200)', (o: OrderingManager) => o.getItems(200)],
    [
      "ordering.get_items(200, storage_filter={'items': {'prices': {'categories': {'categoryCode': {'operation': 'storage_as_a_service'}}}}})",
      (o: OrderingManager) =>
        o.getItems(200, {
          filter: {
            items: { prices: { categories: { categoryCode: { operation: 'storage_as_a_service' } } } },
          },
        }),
    ],
  ])('%s', async (name, run) => {
    const { client, calls } = catalogClient();
    await run(new OrderingManager(client));
    expectSameCalls(name, calls);
  });

  it('ordering.get_regions(200): the reference sends an empty text as the filter, we send none', async () => {
    const { client, calls } = catalogClient();
    await new OrderingManager(client).getRegions(200);
    const reference = structuredClone(managerCase('ordering.get_regions(200)').calls);
    expect(reference[0]?.filter).toBe('');
    delete reference[0]!.filter;
    expectReferenceCalls(calls, reference, 'ordering.get_regions(200)');
  });

  it.each([
    [
      "ordering.generate_order('BARE_METAL_SERVER', 'dal13', ['BANDWIDTH_0_GB_2', '10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS', 'OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT'], complex_type='SoftLayer_Container_Product_Order_Hardware_Server', extras={'hardware': [{'hostname': 'test', 'domain': 'example.com'}]})",
      (o: OrderingManager) =>
        o.generateOrder('BARE_METAL_SERVER', 'dal13', ITEM_KEYS, {
          complexType: HARDWARE_TYPE,
          extras: EXTRAS,
        }),
    ],
    [
      "ordering.verify_order('BARE_METAL_SERVER', 'DALLAS13', ['BANDWIDTH_0_GB_2', '10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS', 'OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT'], complex_type='SoftLayer_Container_Product_Order_Hardware_Server', hourly=False, preset_keyname='M1_64X512X25', extras={'hardware': [{'hostname': 'test', 'domain': 'example.com'}]}, quantity=2)",
      (o: OrderingManager) =>
        o.verifyOrder('BARE_METAL_SERVER', 'DALLAS13', ITEM_KEYS, {
          complexType: HARDWARE_TYPE,
          hourly: false,
          preset: 'M1_64X512X25',
          extras: EXTRAS,
          quantity: 2,
        }),
    ],
    [
      "ordering.place_order('BARE_METAL_SERVER', 'dal13', ['BANDWIDTH_0_GB_2', '10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS', 'OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT'], complex_type='SoftLayer_Container_Product_Order_Hardware_Server', extras={'hardware': [{'hostname': 'test', 'domain': 'example.com'}]})",
      (o: OrderingManager) =>
        o.placeOrder('BARE_METAL_SERVER', 'dal13', ITEM_KEYS, { complexType: HARDWARE_TYPE, extras: EXTRAS }),
    ],
  ])('%s (location as text, preset prices with their categories)', async (name, run) => {
    const { client, calls } = catalogClient();
    await run(new OrderingManager(client));
    expectReferenceCalls(calls, ourOrderCalls(name), name);
  });
});
