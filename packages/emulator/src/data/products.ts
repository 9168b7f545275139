// The product catalog for ordering: one public virtual server package and one bare metal package, with items,
// prices and presets. Static: every account sees the same catalog.
import { OPERATING_SYSTEMS } from './catalog';
import { STORAGE_PACKAGE_RECORD, storagePackageProducts } from './storage-package';

export interface ProductPrice {
  id: number;
  itemId: number;
  hourlyRecurringFee: string;
  recurringFee: string;
  categoryCode: string;
  /** A price only for some capacity (`STORAGE_TIER_LEVEL`, `IOPS`, `STORAGE_SPACE` from minimum to maximum). */
  capacityRestriction?: { type: string; minimum: number; maximum: number };
  /** A regional price's location group (clients take the standard price, without one). */
  locationGroupId?: number;
}

export interface ProductItem {
  id: number;
  packageId: number;
  keyName: string;
  description: string;
  capacity: number;
  units: string;
  categoryCode: string;
  categoryName: string;
  /** What the item sets on a guest: cores, memory (MB), an OS code, a disk size or a port speed. */
  /** Items sold by range (storage space, IOPS): the smallest and largest amount. */
  capacityMinimum?: number;
  capacityMaximum?: number;
  attributes?: { value: string }[];
  effect?: { cores?: number; memoryMb?: number; osCode?: string; diskGb?: number; portSpeed?: number };
}

export interface ProductPreset {
  id: number;
  packageId: number;
  keyName: string;
  name: string;
  description: string;
  cores: number;
  memoryMb: number;
  diskGb: number;
}

export interface ProductPackage {
  id: number;
  keyName: string;
  name: string;
  typeKeyName: string;
  isActive: number;
}

export interface ProductCatalog {
  packages: ProductPackage[];
  items: ProductItem[];
  prices: ProductPrice[];
  presets: ProductPreset[];
  itemById: Map<number, ProductItem>;
  priceById: Map<number, ProductPrice>;
  presetById: Map<number, ProductPreset>;
}

export const VIRTUAL_PACKAGE_ID = 835;
export const BARE_METAL_PACKAGE_ID = 200;

const CATEGORY_NAMES: Record<string, string> = {
  guest_core: 'Computing Instance',
  ram: 'RAM',
  os: 'Operating System',
  guest_disk0: 'First Disk',
  port_speed: 'Uplink Port Speeds',
  bandwidth: 'Public Bandwidth',
  pri_ip_addresses: 'Primary IP Addresses',
  remote_management: 'Remote Management',
  server: 'Server',
};

function buildCatalog(): ProductCatalog {
  const items: ProductItem[] = [];
  const prices: ProductPrice[] = [];
  let nextItemId = 1000;
  let nextPriceId = 26000;
  const add = (item: Omit<ProductItem, 'id' | 'categoryName'>, hourly: number, monthly: number): void => {
    const id = nextItemId++;
    items.push({ ...item, id, categoryName: CATEGORY_NAMES[item.categoryCode] ?? item.categoryCode });
    prices.push({
      id: nextPriceId++,
      itemId: id,
      hourlyRecurringFee: hourly.toFixed(3),
      recurringFee: monthly.toFixed(2),
      categoryCode: item.categoryCode,
    });
  };
  const vs = VIRTUAL_PACKAGE_ID;
  for (const cores of [1, 2, 4, 8, 16, 32]) {
    add(
      {
        packageId: vs,
        keyName: `GUEST_CORE_${cores}`,
        description: `${cores} x 2.0 GHz or higher Cores`,
        capacity: cores,
        units: 'CORE',
        categoryCode: 'guest_core',
        effect: { cores },
      },
      0.025 * cores,
      18 * cores,
    );
  }
  for (const gb of [1, 2, 4, 8, 16, 32, 64]) {
    add(
      {
        packageId: vs,
        keyName: `RAM_${gb}_GB`,
        description: `${gb} GB`,
        capacity: gb,
        units: 'GB',
        categoryCode: 'ram',
        effect: { memoryMb: gb * 1024 },
      },
      0.015 * gb,
      10 * gb,
    );
  }
  for (const os of OPERATING_SYSTEMS) {
    add(
      {
        packageId: vs,
        keyName: `OS_${os.referenceCode}`,
        description: `${os.name} ${os.version}`,
        capacity: 0,
        units: '',
        categoryCode: 'os',
        effect: { osCode: os.referenceCode },
      },
      os.manufacturer === 'Microsoft' ? 0.04 : 0,
      os.manufacturer === 'Microsoft' ? 25 : 0,
    );
  }
  for (const gb of [25, 100]) {
    add(
      {
        packageId: vs,
        keyName: `GUEST_DISK_${gb}_GB_SAN`,
        description: `${gb} GB (SAN)`,
        capacity: gb,
        units: 'GB',
        categoryCode: 'guest_disk0',
        effect: { diskGb: gb },
      },
      gb === 25 ? 0 : 0.005,
      gb === 25 ? 0 : 3.25,
    );
  }
  for (const speed of [100, 1000]) {
    add(
      {
        packageId: vs,
        keyName: `${speed}_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS`,
        description: `${speed} Mbps Public & Private Network Uplinks`,
        capacity: speed,
        units: 'Mbps',
        categoryCode: 'port_speed',
        effect: { portSpeed: speed },
      },
      speed === 100 ? 0 : 0.01,
      speed === 100 ? 0 : 8,
    );
  }
  add(
    {
      packageId: vs,
      keyName: 'BANDWIDTH_0_GB_2',
      description: '0 GB Bandwidth Allotment',
      capacity: 0,
      units: 'GB',
      categoryCode: 'bandwidth',
    },
    0,
    0,
  );
  add(
    {
      packageId: vs,
      keyName: '1_IP_ADDRESS',
      description: '1 IP Address',
      capacity: 1,
      units: '',
      categoryCode: 'pri_ip_addresses',
    },
    0,
    0,
  );
  add(
    {
      packageId: vs,
      keyName: 'REBOOT_REMOTE_CONSOLE',
      description: 'Reboot / Remote Console',
      capacity: 0,
      units: '',
      categoryCode: 'remote_management',
    },
    0,
    0,
  );
  add(
    {
      packageId: BARE_METAL_PACKAGE_ID,
      keyName: 'INTEL_XEON_4210_2_20',
      description: 'Dual Intel Xeon Silver 4210',
      capacity: 20,
      units: 'CORE',
      categoryCode: 'server',
    },
    1.2,
    780,
  );

  const presets: ProductPreset[] = [
    [1, 2],
    [2, 4],
    [4, 8],
    [8, 16],
    [16, 64],
  ].map(([cores, gb], index) => ({
    id: 400 + index,
    packageId: vs,
    keyName: `B1_${cores}X${gb}X25`,
    name: `B1.${cores}x${gb}x25`,
    description: `B1.${cores}x${gb}x25: ${cores} vCPU, ${gb} GB RAM, 25 GB disk`,
    cores: cores as number,
    memoryMb: (gb as number) * 1024,
    diskGb: 25,
  }));

  const packages: ProductPackage[] = [
    {
      id: vs,
      keyName: 'PUBLIC_CLOUD_SERVER',
      name: 'Public Virtual Server',
      typeKeyName: 'VIRTUAL_SERVER_INSTANCE',
      isActive: 1,
    },
    {
      id: BARE_METAL_PACKAGE_ID,
      keyName: 'BARE_METAL_SERVER',
      name: 'Bare Metal Server',
      typeKeyName: 'BARE_METAL_CPU',
      isActive: 1,
    },
  ];
  const storage = storagePackageProducts();
  packages.push(STORAGE_PACKAGE_RECORD);
  items.push(...storage.items);
  prices.push(...storage.prices);
  return {
    packages,
    items,
    prices,
    presets,
    itemById: new Map(items.map((item) => [item.id, item])),
    priceById: new Map(prices.map((price) => [price.id, price])),
    presetById: new Map(presets.map((preset) => [preset.id, preset])),
  };
}

let catalog: ProductCatalog | undefined;

/** The catalog, built once. */
export function productCatalog(): ProductCatalog {
  catalog ??= buildCatalog();
  return catalog;
}

/** The price of an item by key name in the virtual server package. */
export function priceForItemKey(keyName: string): ProductPrice | undefined {
  const { items, prices } = productCatalog();
  const item = items.find((candidate) => candidate.keyName === keyName);
  return item ? prices.find((price) => price.itemId === item.id) : undefined;
}
