// The storage-as-a-service product package (759): what block and file volumes, their space, tier or IOPS,
// snapshot space and replication are ordered from. Prices carry the capacity restrictions the real package has
// (snapshot and replication prices per endurance tier or IOPS range, IOPS prices per volume size), and some items
// also have a location-group price, which clients skip for the standard one.
import type { ProductItem, ProductPackage, ProductPrice } from './products';
import { ENDURANCE_TIERS, STORAGE_PACKAGE } from './storage-catalog';

/** The capacity of each endurance tier's item (what snapshot and replication prices are restricted by). */
export const TIER_CAPACITY: Readonly<Record<string, number>> = {
  LOW_INTENSITY_TIER: 100,
  READHEAVY_TIER: 200,
  WRITEHEAVY_TIER: 300,
  '10_IOPS_PER_GB': 1000,
};

/** The size bands of performance space items (`20_99_GBS`, …), in GB. */
const PERFORMANCE_BANDS: readonly [number, number][] = [
  [20, 99],
  [100, 999],
  [1000, 1999],
  [2000, 3999],
  [4000, 7999],
  [8000, 12000],
];

/** The snapshot space sizes on offer, in GB. */
export const SNAPSHOT_SIZES: readonly number[] = [0, 5, 10, 20, 40, 80, 100, 250, 500, 1000, 2000, 4000];

/** The smallest and largest volume, in GB, and the IOPS range of performance volumes. */
export const VOLUME_SIZE = { min: 20, max: 12000 } as const;
export const PERFORMANCE_IOPS = { min: 100, max: 48000 } as const;

const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  storage_as_a_service: 'Storage as a Service',
  storage_block: 'Block Storage',
  storage_file: 'File Storage',
  performance_storage_space: 'Storage Space',
  storage_tier_level: 'Storage Tier Level',
  performance_storage_iops: 'Storage IOPS',
  storage_snapshot_space: 'Storage Snapshot Space',
  performance_storage_replication: 'Storage Replication',
};

/** The storage package's record in the catalog. */
export const STORAGE_PACKAGE_RECORD: ProductPackage = {
  id: STORAGE_PACKAGE.id,
  keyName: STORAGE_PACKAGE.keyName,
  name: 'Storage As A Service (StaaS)',
  typeKeyName: 'STORAGE_AS_A_SERVICE',
  isActive: 1,
};

/** The location group of the regional prices clients skip. */
const REGIONAL_GROUP = 503;

/** The package's items and prices (ids from 9000 and 190000). */
export function storagePackageProducts(): { items: ProductItem[]; prices: ProductPrice[] } {
  const items: ProductItem[] = [];
  const prices: ProductPrice[] = [];
  let nextItemId = 9000;
  let nextPriceId = 190_000;
  const item = (
    spec: Omit<ProductItem, 'id' | 'packageId' | 'categoryName' | 'units'> & { units?: string },
  ) => {
    const made: ProductItem = {
      units: 'N/A',
      ...spec,
      id: nextItemId++,
      packageId: STORAGE_PACKAGE.id,
      categoryName: CATEGORY_NAMES[spec.categoryCode] ?? spec.categoryCode,
    };
    items.push(made);
    return made;
  };
  const price = (
    of: ProductItem,
    monthly: number,
    extra: Pick<ProductPrice, 'capacityRestriction' | 'locationGroupId'> = {},
  ) => {
    prices.push({
      id: nextPriceId++,
      itemId: of.id,
      hourlyRecurringFee: (monthly / 730).toFixed(4),
      recurringFee: monthly.toFixed(2),
      categoryCode: of.categoryCode,
      ...extra,
    });
  };
  const base = item({
    keyName: 'STORAGE_AS_A_SERVICE',
    description: 'Storage as a Service',
    capacity: 0,
    categoryCode: 'storage_as_a_service',
  });
  price(base, 0, { locationGroupId: REGIONAL_GROUP });
  price(base, 0);
  price(
    item({
      keyName: 'BLOCK_STORAGE_2',
      description: 'Block Storage',
      capacity: 0,
      categoryCode: 'storage_block',
    }),
    0,
  );
  price(
    item({
      keyName: 'FILE_STORAGE_2',
      description: 'File Storage',
      capacity: 0,
      categoryCode: 'storage_file',
    }),
    0,
  );
  for (const tier of ENDURANCE_TIERS) {
    const iops = String(tier.iopsPerGb).replace('.', '_');
    const space = item({
      keyName: `STORAGE_SPACE_FOR_${iops}_IOPS_PER_GB`,
      description: `Storage space for ${tier.iopsPerGb} IOPS per GB`,
      capacity: 0,
      capacityMinimum: VOLUME_SIZE.min,
      capacityMaximum: VOLUME_SIZE.max,
      units: 'GB',
      categoryCode: 'performance_storage_space',
    });
    price(space, tier.pricePerGb * 100, { locationGroupId: REGIONAL_GROUP });
    price(space, tier.pricePerGb * 100);
    const level = item({
      keyName: tier.keyName,
      description: `${tier.iopsPerGb} IOPS per GB`,
      capacity: TIER_CAPACITY[tier.keyName] ?? 0,
      categoryCode: 'storage_tier_level',
      attributeValues: [String(TIER_CAPACITY[tier.keyName])],
    });
    price(level, 0);
  }
  for (const [min, max] of PERFORMANCE_BANDS) {
    price(
      item({
        keyName: `${min}_${max}_GBS`,
        description: `${min} - ${max} GBs`,
        capacity: 0,
        capacityMinimum: min,
        capacityMaximum: max,
        units: 'GB',
        categoryCode: 'performance_storage_space',
      }),
      min * 0.1,
    );
  }
  const iopsItem = item({
    keyName: `${PERFORMANCE_IOPS.min}_${PERFORMANCE_IOPS.max}_IOPS`,
    description: `${PERFORMANCE_IOPS.min} - ${PERFORMANCE_IOPS.max} IOPS`,
    capacity: 0,
    capacityMinimum: PERFORMANCE_IOPS.min,
    capacityMaximum: PERFORMANCE_IOPS.max,
    units: 'IOPS',
    categoryCode: 'performance_storage_iops',
  });
  for (const [min, max] of PERFORMANCE_BANDS) {
    price(iopsItem, 7, { capacityRestriction: { type: 'STORAGE_SPACE', minimum: min, maximum: max } });
  }
  const tierRestrictions = Object.values(TIER_CAPACITY).map((capacity) => ({
    type: 'STORAGE_TIER_LEVEL',
    minimum: capacity,
    maximum: capacity,
  }));
  const iopsRestriction = { type: 'IOPS', minimum: PERFORMANCE_IOPS.min, maximum: PERFORMANCE_IOPS.max };
  for (const size of SNAPSHOT_SIZES.slice(1)) {
    const snapshot = item({
      keyName: `${size}_GB_STORAGE_SPACE`,
      description: `${size} GB Storage Space`,
      capacity: size,
      units: 'GB',
      categoryCode: 'storage_snapshot_space',
    });
    for (const restriction of [...tierRestrictions, iopsRestriction]) {
      price(snapshot, size * 0.1, { capacityRestriction: restriction });
    }
  }
  const tierReplication = item({
    keyName: 'REPLICATION_FOR_TIERBASED_PERFORMANCE',
    description: 'Replication for tier-based performance',
    capacity: 0,
    categoryCode: 'performance_storage_replication',
  });
  for (const restriction of tierRestrictions) price(tierReplication, 0, { capacityRestriction: restriction });
  price(
    item({
      keyName: 'REPLICATION_FOR_IOPSBASED_PERFORMANCE',
      description: 'Replication for IOPS-based performance',
      capacity: 0,
      categoryCode: 'performance_storage_replication',
    }),
    0,
    { capacityRestriction: iopsRestriction },
  );
  return { items, prices };
}
