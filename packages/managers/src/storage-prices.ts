import { invalid } from './check-input';

/*
 * Finding the prices of a storage order in a product package, as the reference's storage_utils: the package comes
 * with `items[prices[categories],attributes]`, and a price counts when it is a standard one (no location group),
 * of the wanted category and, when asked, with a capacity restriction covering the wanted value.
 */

/** A price as the package lists it (numbers may come as text). */
export interface StoragePrice {
  id?: number;
  locationGroupId?: number | string | null;
  capacityRestrictionType?: string;
  capacityRestrictionMinimum?: number | string;
  capacityRestrictionMaximum?: number | string;
  categories?: readonly { categoryCode?: string }[];
}

/** An item of a storage package. */
export interface StorageItem {
  keyName?: string;
  capacity?: number | string;
  capacityMinimum?: number | string;
  capacityMaximum?: number | string;
  itemCategory?: { categoryCode?: string };
  attributes?: readonly { value?: number | string }[];
  prices?: readonly StoragePrice[];
}

/** A storage product package with its items. */
export interface StoragePackage {
  id?: number;
  name?: string;
  items?: readonly StorageItem[];
}

/** A price of an order: its id. */
export interface PriceRef {
  id: number;
}

/** The IOPS per GB of the endurance tiers and the capacity of their tier items. */
export const ENDURANCE_TIERS: ReadonlyMap<number, number> = new Map([
  [0.25, 100],
  [2, 200],
  [4, 300],
  [10, 1000],
]);

/** The IOPS per GB of an endurance volume's `storageTierLevel`. */
const TIER_IOPS_PER_GB: Readonly<Record<string, number>> = {
  LOW_INTENSITY_TIER: 0.25,
  READHEAVY_TIER: 2,
  WRITEHEAVY_TIER: 4,
  '10_IOPS_PER_GB': 10,
};

/** The endurance tier (IOPS per GB) of a volume, from its `storageTierLevel`. */
export function volumeTier(storageTierLevel: unknown): number {
  const tier = typeof storageTierLevel === 'string' ? TIER_IOPS_PER_GB[storageTierLevel] : undefined;
  if (tier === undefined) {
    throw invalid(
      `could not find the tier (IOPS per GB) of a volume of tier level ${String(storageTierLevel)}`,
    );
  }
  return tier;
}

/** The first standard price among `prices` of `category` (and within the restriction, when given). */
function findPrice(
  prices: readonly StoragePrice[] | undefined,
  category: string,
  restriction?: { type: string; value: number },
): PriceRef | undefined {
  for (const price of prices ?? []) {
    if (price.locationGroupId) continue;
    if (restriction) {
      if (price.capacityRestrictionType !== restriction.type) continue;
      if (restriction.value < Number(price.capacityRestrictionMinimum)) continue;
      if (restriction.value > Number(price.capacityRestrictionMaximum)) continue;
    }
    if (!price.categories?.some((each) => each.categoryCode === category)) continue;
    if (price.id !== undefined) return { id: price.id };
  }
  return undefined;
}

/** The first price found by `find` over the package's items (that `accept` lets through), or an error. */
function firstPrice(
  pack: StoragePackage,
  what: string,
  find: (item: StorageItem) => PriceRef | undefined,
): PriceRef {
  for (const item of pack.items ?? []) {
    const price = find(item);
    if (price) return price;
  }
  throw invalid(`could not find a price for ${what} in package ${String(pack.id)}`);
}

function categoryOf(item: StorageItem): string | undefined {
  return item.itemCategory?.categoryCode;
}

/** Whether `value` is within the item's capacity range (`capacityMinimum`..`capacityMaximum`). */
function inRange(item: StorageItem, value: number): boolean {
  if (item.capacityMinimum === undefined || item.capacityMaximum === undefined) return false;
  return value >= Number(item.capacityMinimum) && value <= Number(item.capacityMaximum);
}

/** The price of a category, whatever the item (`storage_as_a_service`, `storage_block`, …). */
export function priceByCategory(pack: StoragePackage, category: string): PriceRef {
  return firstPrice(pack, `the category ${category}`, (item) => findPrice(item.prices, category));
}

/** Storage as a service: the space price of an endurance volume of `size` GB at `tier` IOPS per GB. */
export function saasEnduranceSpacePrice(pack: StoragePackage, size: number, tier: number): PriceRef {
  const keyName = `STORAGE_SPACE_FOR_${tier === 0.25 ? tier : Math.trunc(tier)}_IOPS_PER_GB`.replace(
    '.',
    '_',
  );
  return firstPrice(pack, `${size} GB of endurance space at ${tier} IOPS per GB`, (item) =>
    item.keyName?.includes(keyName) && inRange(item, size)
      ? findPrice(item.prices, 'performance_storage_space')
      : undefined,
  );
}

/** Storage as a service: the price of an endurance tier. */
export function saasEnduranceTierPrice(pack: StoragePackage, tier: number): PriceRef {
  const capacity = ENDURANCE_TIERS.get(tier);
  return firstPrice(pack, `the endurance tier ${tier}`, (item) =>
    categoryOf(item) === 'storage_tier_level' && Number(item.capacity) === capacity
      ? findPrice(item.prices, 'storage_tier_level')
      : undefined,
  );
}

/** Storage as a service: the space price of a performance volume of `size` GB. */
export function saasPerformanceSpacePrice(pack: StoragePackage, size: number): PriceRef {
  return firstPrice(pack, `${size} GB of performance space`, (item) =>
    categoryOf(item) === 'performance_storage_space' &&
    inRange(item, size) &&
    item.keyName === `${Number(item.capacityMinimum)}_${Number(item.capacityMaximum)}_GBS`
      ? findPrice(item.prices, 'performance_storage_space')
      : undefined,
  );
}

/** Storage as a service: the price of `iops` IOPS on a volume of `size` GB. */
export function saasPerformanceIopsPrice(pack: StoragePackage, size: number, iops: number): PriceRef {
  return firstPrice(pack, `${iops} IOPS on ${size} GB`, (item) =>
    categoryOf(item) === 'performance_storage_iops' && inRange(item, iops)
      ? findPrice(item.prices, 'performance_storage_iops', { type: 'STORAGE_SPACE', value: size })
      : undefined,
  );
}

/** The restriction of a snapshot or replication price: the endurance tier's, or the IOPS. */
function tierOrIops(level: { tier?: number; iops?: number }): { type: string; value: number } {
  return level.tier !== undefined
    ? { type: 'STORAGE_TIER_LEVEL', value: ENDURANCE_TIERS.get(level.tier) ?? Number.NaN }
    : { type: 'IOPS', value: level.iops ?? Number.NaN };
}

/** Storage as a service: the price of `size` GB of snapshot space for a volume of this tier or IOPS. */
export function saasSnapshotSpacePrice(
  pack: StoragePackage,
  size: number,
  level: { tier?: number; iops?: number },
): PriceRef {
  return firstPrice(pack, `${size} GB of snapshot space`, (item) =>
    Number(item.capacity) === size
      ? findPrice(item.prices, 'storage_snapshot_space', tierOrIops(level))
      : undefined,
  );
}

/** Storage as a service: the replication price for a volume of this tier or IOPS. */
export function saasReplicationPrice(
  pack: StoragePackage,
  level: { tier?: number; iops?: number },
): PriceRef {
  const keyName =
    level.tier !== undefined
      ? 'REPLICATION_FOR_TIERBASED_PERFORMANCE'
      : 'REPLICATION_FOR_IOPSBASED_PERFORMANCE';
  return firstPrice(pack, 'replication', (item) =>
    item.keyName === keyName
      ? findPrice(item.prices, 'performance_storage_replication', tierOrIops(level))
      : undefined,
  );
}

/** The enterprise package's categories of space. */
const ENTERPRISE_SPACE: Readonly<Record<'endurance' | 'snapshot' | 'replication', string>> = {
  endurance: 'performance_storage_space',
  snapshot: 'storage_snapshot_space',
  replication: 'performance_storage_replication',
};

/** Enterprise (endurance) package: the price of `size` GB of space of a kind at `tier` IOPS per GB. */
export function enterpriseSpacePrice(
  pack: StoragePackage,
  kind: keyof typeof ENTERPRISE_SPACE,
  size: number,
  tier: number,
): PriceRef {
  const level = ENDURANCE_TIERS.get(tier) ?? Number.NaN;
  return firstPrice(pack, `${size} GB of ${kind} space`, (item) =>
    Number(item.capacity) === size
      ? findPrice(item.prices, ENTERPRISE_SPACE[kind], { type: 'STORAGE_TIER_LEVEL', value: level })
      : undefined,
  );
}

/** Enterprise (endurance) package: the price of an endurance tier (an item whose attribute is the tier's). */
export function enterpriseTierPrice(pack: StoragePackage, tier: number): PriceRef {
  const level = ENDURANCE_TIERS.get(tier);
  return firstPrice(pack, `the endurance tier ${tier}`, (item) =>
    item.attributes?.some((attribute) => Number(attribute.value) === level)
      ? findPrice(item.prices, 'storage_tier_level')
      : undefined,
  );
}

/** Performance package: the space price of `size` GB. */
export function performanceSpacePrice(pack: StoragePackage, size: number): PriceRef {
  return firstPrice(pack, `${size} GB of performance space`, (item) =>
    Number(item.capacity) === size ? findPrice(item.prices, 'performance_storage_space') : undefined,
  );
}

/** Performance package: the price of `iops` IOPS on `size` GB. */
export function performanceIopsPrice(pack: StoragePackage, size: number, iops: number): PriceRef {
  return firstPrice(pack, `${iops} IOPS on ${size} GB`, (item) =>
    Number(item.capacity) === iops
      ? findPrice(item.prices, 'performance_storage_iops', { type: 'STORAGE_SPACE', value: size })
      : undefined,
  );
}
