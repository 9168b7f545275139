// Location-based pricing: the pricing location groups (`SoftLayer_Location_Group_Pricing`, "Location Group N") a
// datacenter belongs to, and the regional prices some catalog items have there. A regional price is an extra price
// record of the item with `locationGroupId` set; the standard price (no group) stays the one clients order with, and
// the order service swaps in the regional price for an order in one of the group's datacenters, as the API does.
import { DATACENTERS, type DatacenterSpec } from './catalog';
import type { ProductItem, ProductPrice } from './products';

export interface PricingLocationGroup {
  id: number;
  name: string;
  description: string;
  /** The names of the datacenters in the group. */
  datacenters: readonly string[];
}

/**
 * The pricing groups. 503 is the group the storage package's regional prices name (`storage-package.ts`). Dallas
 * datacenters belong to none: they keep the standard prices.
 */
export const PRICING_LOCATION_GROUPS: readonly PricingLocationGroup[] = [
  {
    id: 503,
    name: 'Location Group 1',
    description: 'Location Group 1',
    datacenters: ['wdc07', 'sjc03', 'tor01'],
  },
  {
    id: 505,
    name: 'Location Group 2',
    description: 'Location Group 2',
    datacenters: ['lon06', 'fra02', 'ams03'],
  },
  { id: 507, name: 'Location Group 3', description: 'Location Group 3', datacenters: ['tok02', 'syd04'] },
  { id: 509, name: 'Location Group 4', description: 'Location Group 4', datacenters: ['sao01'] },
];

/** The regional price increase of each group for the items that have regional prices (503 has none of its own). */
const MARKUP: ReadonlyArray<readonly [groupId: number, factor: number]> = [
  [505, 1.1],
  [507, 1.2],
  [509, 1.3],
];

/** The first id of the regional prices (after the main catalog's 26000…). */
export const LOCATION_PRICE_ID_BASE = 27_000;

/**
 * The items with regional prices, by package id (835 PUBLIC_CLOUD_SERVER, 200 BARE_METAL_SERVER) and key name:
 * virtual server cores and RAM, bare metal servers.
 */
const REGIONAL_ITEMS: ReadonlyArray<readonly [packageId: number, pattern: RegExp]> = [
  [835, /^(GUEST_CORE_\d+|RAM_\d+_GB)$/],
  [200, /^INTEL_XEON_/],
];

/** A pricing group's `SoftLayer_Location_Group_Pricing` view, with its locations when asked. */
export function pricingGroupView(
  group: PricingLocationGroup,
  locationView?: (datacenter: DatacenterSpec) => Record<string, unknown>,
): Record<string, unknown> {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    locationGroupTypeId: 82,
    securityLevelId: null,
    ...(locationView
      ? {
          locations: group.datacenters
            .map((name) => DATACENTERS.find((datacenter) => datacenter.name === name))
            .filter((datacenter): datacenter is DatacenterSpec => datacenter !== undefined)
            .map(locationView),
        }
      : {}),
  };
}

/** The pricing groups of a datacenter (by name). */
export function pricingGroupsOf(datacenterName: string): PricingLocationGroup[] {
  return PRICING_LOCATION_GROUPS.filter((group) => group.datacenters.includes(datacenterName));
}

export function pricingGroupById(id: number): PricingLocationGroup | undefined {
  return PRICING_LOCATION_GROUPS.find((group) => group.id === id);
}

/**
 * The regional prices of the catalog's items, in item order then group order, ids from `LOCATION_PRICE_ID_BASE`:
 * the standard price's fees times the group's factor.
 */
export function regionalPrices(
  items: readonly ProductItem[],
  prices: readonly ProductPrice[],
): ProductPrice[] {
  const made: ProductPrice[] = [];
  let nextId = LOCATION_PRICE_ID_BASE;
  for (const item of items) {
    if (
      !REGIONAL_ITEMS.some(
        ([packageId, pattern]) => item.packageId === packageId && pattern.test(item.keyName),
      )
    ) {
      continue;
    }
    const standard = prices.find((price) => price.itemId === item.id && price.locationGroupId === undefined);
    if (!standard) continue;
    for (const [groupId, factor] of MARKUP) {
      made.push({
        id: nextId++,
        itemId: item.id,
        hourlyRecurringFee: (Number(standard.hourlyRecurringFee) * factor).toFixed(3),
        recurringFee: (Number(standard.recurringFee) * factor).toFixed(2),
        categoryCode: standard.categoryCode,
        ...(standard.categoryCodes ? { categoryCodes: standard.categoryCodes } : {}),
        locationGroupId: groupId,
      });
    }
  }
  return made;
}

/**
 * The price an order in a datacenter is charged: the item's regional price for one of the datacenter's pricing
 * groups when the ordered price is its standard one and it has such a price; otherwise the price as ordered.
 */
export function localizedPrice(
  price: ProductPrice,
  datacenterName: string | undefined,
  prices: readonly ProductPrice[],
): ProductPrice {
  if (datacenterName === undefined || price.locationGroupId !== undefined) return price;
  const groups = new Set(pricingGroupsOf(datacenterName).map((group) => group.id));
  if (groups.size === 0) return price;
  return (
    prices.find(
      (candidate) =>
        candidate.itemId === price.itemId &&
        candidate.locationGroupId !== undefined &&
        groups.has(candidate.locationGroupId) &&
        candidate.capacityRestriction === undefined,
    ) ?? price
  );
}

/** Whether a price may be ordered in a datacenter: a standard price anywhere, a regional one in its group only. */
export function priceFitsLocation(price: ProductPrice, datacenterName: string | undefined): boolean {
  if (price.locationGroupId === undefined || datacenterName === undefined) return true;
  return pricingGroupsOf(datacenterName).some((group) => group.id === price.locationGroupId);
}
