// Data the reference reads by location: regional item prices and the pricing groups of datacenters, orders charged at
// the regional price, image templates' per-datacenter children, and a replica pair's replication schedule.
import type { XmlRpcValue } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCATION_PRICE_ID_BASE } from '../src/data/location-prices';
import { productCatalog } from '../src/data/products';
import { type Emulator, startEmulator } from '../src/index';
import { type CallOptions, xmlrpcCall as call, faultOf as fault } from './call-api';
import { slcliFor } from './slcli';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: 0 });
});
afterAll(async () => {
  await emulator.close();
});

async function value<T>(service: string, method: string, options: CallOptions = {}, ...args: XmlRpcValue[]) {
  return (await call(emulator, service, method, options, ...args)).value as T;
}

interface Price {
  id: number;
  recurringFee: string;
  locationGroupId: number | null;
  item?: { keyName: string };
  pricingLocationGroup?: { id: number; locations: Array<{ name: string }> };
}

describe('location-based prices', () => {
  it('keeps the standard prices: regional ones are extra records from 27000 with a location group', () => {
    const { prices } = productCatalog();
    const regional = prices.filter((price) => price.id >= LOCATION_PRICE_ID_BASE && price.id < 28_000);
    expect(regional.length).toBeGreaterThan(0);
    expect(regional.every((price) => price.locationGroupId !== undefined)).toBe(true);
    // The standard price of GUEST_CORE_4 is unchanged, and first among its item's prices.
    const core4 = productCatalog().items.find(
      (item) => item.keyName === 'GUEST_CORE_4' && item.packageId === 835,
    )!;
    const ofCore4 = prices.filter((price) => price.itemId === core4.id);
    expect(ofCore4[0]).toMatchObject({ id: 26002, recurringFee: '72.00' });
    expect(ofCore4[0]?.locationGroupId).toBeUndefined();
    expect(ofCore4.slice(1).map((price) => [price.locationGroupId, price.recurringFee])).toEqual([
      [505, '79.20'],
      [507, '86.40'],
      [509, '93.60'],
    ]);
  });

  it("a datacenter's priceGroups name its pricing location group; Dallas has none", async () => {
    const datacenters = await value<
      Array<{ name: string; priceGroups: Array<{ id: number; description: string }> }>
    >('SoftLayer_Location', 'getDatacenters', { mask: 'mask[priceGroups]' });
    const groups = Object.fromEntries(
      datacenters.map((dc) => [dc.name, dc.priceGroups.map((group) => group.id)]),
    );
    expect(groups.ams03).toEqual([505]);
    expect(groups.tok02).toEqual([507]);
    expect(groups.wdc07).toEqual([503]);
    expect(groups.dal13).toEqual([]);
    expect(datacenters.find((dc) => dc.name === 'sao01')?.priceGroups[0]?.description).toBe(
      'Location Group 4',
    );
  });

  it('getItemPrices filtered by the pricing group location answers the regional prices, each with its item', async () => {
    const prices = await value<Price[]>('SoftLayer_Product_Package', 'getItemPrices', {
      id: 835,
      mask: 'filteredMask[pricingLocationGroup[locations]]',
      filter: { itemPrices: { pricingLocationGroup: { locations: { name: { operation: 'ams03' } } } } },
    });
    expect(prices.length).toBe(13);
    expect(prices.every((price) => price.locationGroupId === 505)).toBe(true);
    expect(prices.find((price) => price.item?.keyName === 'GUEST_CORE_4')).toMatchObject({
      id: expect.any(Number),
      recurringFee: '79.20',
      pricingLocationGroup: { id: 505 },
    });
    expect(prices[0]?.pricingLocationGroup?.locations.map((location) => location.name)).toEqual([
      'lon06',
      'fra02',
      'ams03',
    ]);
    const dallas = await value<Price[]>('SoftLayer_Product_Package', 'getItemPrices', {
      id: 835,
      mask: 'filteredMask[pricingLocationGroup[locations]]',
      filter: { itemPrices: { pricingLocationGroup: { locations: { name: { operation: 'dal13' } } } } },
    });
    expect(dallas).toEqual([]);
  });

  /** The standard price of OS_UBUNTU_22_64 in the virtual server package (no regional price). */
  const UBUNTU = (() => {
    const { items, prices } = productCatalog();
    const item = items.find((each) => each.keyName === 'OS_UBUNTU_22_64' && each.packageId === 835)!;
    return prices.find((price) => price.itemId === item.id)!.id;
  })();

  const order = (location: string, priceIds: number[]): XmlRpcValue => ({
    complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest',
    packageId: 835,
    location,
    useHourlyPricing: false,
    prices: [...priceIds, UBUNTU].map((id) => ({ id })),
    virtualGuests: [{ hostname: 'priced', domain: 'example.com' }],
  });

  it('verifyOrder charges the regional price of a standard price in a priced datacenter', async () => {
    // GUEST_CORE_4 (26002) and RAM_16_GB (26010): regional in ams03, standard in dal13.
    const inAmsterdam = await value<{ prices: Price[] }>(
      'SoftLayer_Product_Order',
      'verifyOrder',
      {},
      order('AMSTERDAM03', [26002, 26010]),
    );
    expect(inAmsterdam.prices.map((price) => [price.locationGroupId, price.recurringFee])).toEqual([
      [505, '79.20'],
      [505, '176.00'],
      [null, '0.00'],
    ]);
    const inDallas = await value<{ prices: Price[] }>(
      'SoftLayer_Product_Order',
      'verifyOrder',
      {},
      order('DALLAS13', [26002, 26010]),
    );
    expect(inDallas.prices.map((price) => price.id)).toEqual([26002, 26010, UBUNTU]);
  });

  it('refuses a regional price outside its location group', async () => {
    const regional = productCatalog().prices.find((price) => price.locationGroupId === 505)!;
    const failure = await fault(
      call(emulator, 'SoftLayer_Product_Order', 'verifyOrder', {}, order('DALLAS13', [regional.id])),
    );
    expect(failure.faultString).toContain('location-based price');
  });
});

describe('image template children', () => {
  const TYPE = 'SoftLayer_Virtual_Guest_Block_Device_Template_Group';
  const MASK = 'mask[id,firstChild,children[id,parentId,blockDevicesDiskSpaceTotal,datacenter[name]]]';
  interface Child {
    id: number;
    parentId: number;
    blockDevicesDiskSpaceTotal: number;
    datacenter: { name: string };
  }
  const children = async (id: number) =>
    (await value<{ children: Child[] }>(TYPE, 'getObject', { id, mask: MASK })).children;

  it('a child per datacenter, with its datacenter and disk space; addLocations/removeLocations follow', async () => {
    const image = 5000009;
    const before = await children(image);
    expect(before.map((child) => child.datacenter.name)).toEqual(['fra02']);
    expect(before[0]).toMatchObject({ parentId: image, blockDevicesDiskSpaceTotal: 25 * 1024 ** 3 });
    const locations = await value<Array<{ id: number; name: string }>>(TYPE, 'getStorageLocations', {
      id: image,
    });
    const ams03 = locations.find((location) => location.name === 'ams03')!;
    expect(await value(TYPE, 'addLocations', { id: image }, [{ id: ams03.id }])).toBe(true);
    const added = await children(image);
    expect(added.map((child) => child.datacenter.name)).toEqual(['fra02', 'ams03']);
    expect(added[0]?.id).toBe(before[0]?.id);
    const fra02 = locations.find((location) => location.name === 'fra02')!;
    expect(await value(TYPE, 'removeLocations', { id: image }, [{ id: fra02.id }])).toBe(true);
    expect((await children(image)).map((child) => child.datacenter.name)).toEqual(['ams03']);
  });

  it('a public image has a child in every datacenter; children have no children', async () => {
    const all = await children(5000001);
    expect(all.length).toBe(14);
    const image = await value<{ firstChild: { parentId: number; children: unknown[] } }>(TYPE, 'getObject', {
      id: 5000001,
      mask: 'mask[firstChild[id,parentId,children]]',
    });
    expect(image.firstChild).toMatchObject({ parentId: 5000001, children: [] });
  });
});

describe('replication schedule', () => {
  it("a replica ordered on the origin's DAILY schedule replicates on REPLICATION_DAILY, seen from both volumes", async () => {
    const STORAGE = 'SoftLayer_Network_Storage';
    const origin = 42000006;
    const mask =
      'mask[id,replicationSchedule[type],replicationPartners[id,replicationSchedule[type[keyname]]]]';
    const before = await value<{ replicationSchedule?: unknown }>(STORAGE, 'getObject', { id: origin, mask });
    expect(before.replicationSchedule).toBeUndefined();
    const slcli = slcliFor(emulator);
    try {
      await slcli.json('block', 'replica-order', String(origin), '-d', 'dal10', '-s', 'DAILY');
    } finally {
      slcli.dispose();
    }
    const replica = emulator.state.storageVolumes.all().find((each) => each.replicaOfId === origin)!;
    expect(replica.replicationScheduleType).toBe('DAILY');
    const fromReplica = await value<{ replicationSchedule: { name: string; type: { keyname: string } } }>(
      STORAGE,
      'getObject',
      { id: replica.id, mask },
    );
    expect(fromReplica.replicationSchedule.type.keyname).toBe('REPLICATION_DAILY');
    expect(fromReplica.replicationSchedule.name).toBe(`${replica.username}_REPLICATION_DAILY`);
    const fromOrigin = await value<{
      replicationSchedule: { type: { keyname: string } };
      replicationPartners: Array<{ id: number; replicationSchedule: { type: { keyname: string } } }>;
    }>(STORAGE, 'getObject', { id: origin, mask });
    expect(fromOrigin.replicationSchedule.type.keyname).toBe('REPLICATION_DAILY');
    expect(fromOrigin.replicationPartners).toMatchObject([
      { id: replica.id, replicationSchedule: { volumeId: origin, type: { keyname: 'REPLICATION_DAILY' } } },
    ]);
  });
});
