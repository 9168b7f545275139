// The product catalog for ordering: one public virtual server package and one bare metal package, with items,
// prices and presets. Static: every account sees the same catalog.
import { OPERATING_SYSTEMS } from './catalog';
import { type FirewallEffect, firewallProducts } from './firewall-products';
import { LICENSE_PACKAGE_RECORD, licensePackageProducts } from './license-products';
import { regionalPrices } from './location-prices';
import { networkProducts, type SubnetEffect } from './network-products';
import { STORAGE_PACKAGE_RECORD, storagePackageProducts } from './storage-package';
import { NETWORK_VLAN_PACKAGE_RECORD, vlanPackageProducts } from './vlan-products';

export interface ProductPrice {
  id: number;
  itemId: number;
  hourlyRecurringFee: string;
  recurringFee: string;
  categoryCode: string;
  /** The packages the price is referenced from (`packageReferences`), when it matters (static subnets). */
  packageKeyNames?: string[];
  /** Every category the price is good for, when more than its item's (a data disk: guest_disk1 … guest_disk4). */
  categoryCodes?: readonly string[];
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
  /** `attributeTypeKeyName`s of the item's attributes (`IS_PRIVATE_NETWORK_ONLY`, `NON_LACP`). */
  attributes?: readonly string[];
  /** The items bundled with it (a dedicated host flavor's RAM and disk): key name, capacity, category. */
  bundle?: ReadonlyArray<{ keyName: string; capacity: number; categoryCode: string }>;
  /** What the item sets on a guest: cores, memory (MB), an OS code, a disk size or a port speed. */
  /** Items sold by range (storage space, IOPS): the smallest and largest amount. */
  capacityMinimum?: number;
  capacityMaximum?: number;
  /** Attributes read by their value (a storage tier's IOPS per GB), shown without a type key name. */
  attributeValues?: readonly string[];
  effect?: { cores?: number; memoryMb?: number; osCode?: string; diskGb?: number; portSpeed?: number };
  /** What a package 0 item orders: a subnet or a global IP (`network-products.ts`). */
  subnet?: SubnetEffect;
  /** What a package 0 firewall item orders (`firewall-products.ts`). */
  firewall?: FirewallEffect;
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
  /** The key names of the items whose prices make the preset (default: its cores, RAM and disk items). */
  itemKeys?: readonly string[];
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
/** The legacy cloud server package, whose SAN disk prices name the data disks' categories (`Second Disk`, …). */
export const CLOUD_SERVER_PACKAGE_ID = 46;
/** The dedicated host package: flavors of whole hosts (cores, with RAM and disk bundled). */
export const DEDICATED_HOST_PACKAGE_ID = 813;
/** The reserved capacity package: instances of a flavor for a 1 or 3 year term. */
export const RESERVED_CAPACITY_PACKAGE_ID = 1059;
/** The dedicated host flavors: cores, RAM (GB), disk (GB). */
export const DEDICATED_HOST_FLAVORS: ReadonlyArray<readonly [string, number, number, number]> = [
  ['56_CORES_X_242_RAM_X_1_4_TB', 56, 242, 1200],
  ['56_CORES_X_484_RAM_X_1_5_TB', 56, 484, 1500],
];
const DATA_DISK_CATEGORIES = ['guest_disk1', 'guest_disk2', 'guest_disk3', 'guest_disk4'];

const CATEGORY_NAMES: Record<string, string> = {
  guest_core: 'Computing Instance',
  ram: 'RAM',
  os: 'Operating System',
  guest_disk0: 'First Disk',
  guest_disk1: 'Second Disk',
  guest_disk2: 'Third Disk',
  guest_disk3: 'Fourth Disk',
  guest_disk4: 'Fifth Disk',
  disk1: 'Second Hard Drive',
  disk2: 'Third Hard Drive',
  disk3: 'Fourth Hard Drive',
  disk4: 'Fifth Hard Drive',
  disk5: 'Sixth Hard Drive',
  disk_controller: 'Disk Controller',
  dedicated_virtual_hosts: 'Dedicated Virtual Host',
  reserved_capacity: 'Reserved Capacity',
  port_speed: 'Uplink Port Speeds',
  bandwidth: 'Public Bandwidth',
  pri_ip_addresses: 'Primary IP Addresses',
  remote_management: 'Remote Management',
  server: 'Server',
};

/**
 * A virtual server package's items: cores, RAM, operating systems, the first disk (unless the package sells its
 * disks otherwise), port speeds, bandwidth, a primary IP and remote management.
 */
function addVirtualServerItems(add: AddItem, packageId: number, firstDisk: boolean): void {
  for (const cores of [1, 2, 4, 8, 16, 32]) {
    add(
      {
        packageId,
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
        packageId,
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
        packageId,
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
  for (const gb of firstDisk ? [25, 100] : []) {
    add(
      {
        packageId,
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
        packageId,
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
      packageId,
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
      packageId,
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
      packageId,
      keyName: 'REBOOT_REMOTE_CONSOLE',
      description: 'Reboot / Remote Console',
      capacity: 0,
      units: '',
      categoryCode: 'remote_management',
    },
    0,
    0,
  );
}

function buildCatalog(): ProductCatalog {
  const items: ProductItem[] = [];
  const prices: ProductPrice[] = [];
  let nextItemId = 1000;
  let nextPriceId = 26000;
  const add = (
    item: Omit<ProductItem, 'id' | 'categoryName'>,
    hourly: number,
    monthly: number,
    categoryCodes?: readonly string[],
  ): void => {
    const id = nextItemId++;
    items.push({ ...item, id, categoryName: categoryName(item.categoryCode) });
    prices.push({
      id: nextPriceId++,
      itemId: id,
      hourlyRecurringFee: hourly.toFixed(3),
      recurringFee: monthly.toFixed(2),
      categoryCode: item.categoryCode,
      ...(categoryCodes ? { categoryCodes } : {}),
    });
  };
  const vs = VIRTUAL_PACKAGE_ID;
  addVirtualServerItems(add, vs, true);
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

  addBareMetalItems(add);
  for (const [cores, gb] of [
    [1, 2],
    [2, 4],
    [4, 8],
    [8, 16],
  ] as const) {
    for (const years of [1, 3]) {
      add(
        {
          packageId: RESERVED_CAPACITY_PACKAGE_ID,
          keyName: `B1_${cores}X${gb}_${years}_YEAR_TERM`,
          description: `B1.${cores}x${gb} (${years} Year Term)`,
          capacity: cores,
          units: 'CORE',
          categoryCode: 'reserved_capacity',
          effect: { cores, memoryMb: gb * 1024 },
        },
        cores * (years === 1 ? 0.018 : 0.014),
        0,
      );
    }
  }
  add(
    {
      packageId: VIRTUAL_PACKAGE_ID,
      keyName: '1_IPV6_ADDRESS',
      description: '1 IPv6 Address',
      capacity: 1,
      units: 'N/A',
      categoryCode: 'pri_ipv6_addresses',
    },
    0,
    0,
  );
  for (const [keyName, cores, ramGb, diskGb] of DEDICATED_HOST_FLAVORS) {
    add(
      {
        packageId: DEDICATED_HOST_PACKAGE_ID,
        keyName,
        description: `${cores} Cores X ${ramGb} RAM X ${diskGb / 1000} TB`,
        capacity: cores,
        units: 'CORE',
        categoryCode: 'dedicated_virtual_hosts',
        bundle: [
          { keyName: `${ramGb}_GB_RAM`, capacity: ramGb, categoryCode: 'dedicated_host_ram' },
          { keyName: `${diskGb}_GB_LOCAL_DISK`, capacity: diskGb, categoryCode: 'dedicated_host_disk' },
        ],
      },
      cores * 0.1,
      cores * 70,
    );
  }

  // Data disks of the legacy cloud server package: one standard price good for every data disk slot.
  for (const gb of [25, 100, 250, 500]) {
    add(
      {
        packageId: CLOUD_SERVER_PACKAGE_ID,
        keyName: `GUEST_DISK_${gb}_GB_SAN`,
        description: `${gb} GB (SAN)`,
        capacity: gb,
        units: 'GB',
        categoryCode: 'guest_disk1',
        effect: { diskGb: gb },
      },
      gb * 0.00005,
      gb * 0.0325,
      DATA_DISK_CATEGORIES,
    );
  }

  // A public IPv6 address for a guest (slcli's `vs create --ipv6`); last, so that no other id moves.
  add(
    {
      packageId: vs,
      keyName: '1_IPV6_ADDRESS',
      description: '1 IPv6 Address',
      capacity: 1,
      units: '',
      categoryCode: 'pri_ipv6_addresses',
    },
    0,
    0,
  );
  // The legacy CLOUD_SERVER package sells the same items as PUBLIC_CLOUD_SERVER, each at its own price, with the
  // data disks above for its disks; after every other item, so that no other id moves.
  addVirtualServerItems(add, CLOUD_SERVER_PACKAGE_ID, false);

  const presets: ProductPreset[] = [
    [1, 2],
    [2, 4],
    [4, 8],
    [8, 16],
    [16, 64],
  ].map(
    ([cores, gb], index): ProductPreset => ({
      id: 400 + index,
      packageId: vs,
      keyName: `B1_${cores}X${gb}X25`,
      name: `B1.${cores}x${gb}x25`,
      description: `B1.${cores}x${gb}x25: ${cores} vCPU, ${gb} GB RAM, 25 GB disk`,
      cores: cores as number,
      memoryMb: (gb as number) * 1024,
      diskGb: 25,
    }),
  );

  presets.push(...BARE_METAL_PRESETS);

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
    {
      id: DEDICATED_HOST_PACKAGE_ID,
      keyName: 'DEDICATED_HOST',
      name: 'Dedicated Host',
      typeKeyName: 'DEDICATED_HOST',
      isActive: 1,
    },
    {
      id: RESERVED_CAPACITY_PACKAGE_ID,
      keyName: 'RESERVED_CAPACITY',
      name: 'Reserved Capacity',
      typeKeyName: 'RESERVED_CAPACITY',
      isActive: 1,
    },
    {
      id: CLOUD_SERVER_PACKAGE_ID,
      keyName: 'CLOUD_SERVER',
      name: 'Cloud Server',
      typeKeyName: 'VIRTUAL_SERVER_INSTANCE',
      isActive: 1,
    },
  ];
  const network = networkProducts();
  packages.push(...network.packages);
  items.push(...network.items);
  prices.push(...network.prices);
  const firewalls = firewallProducts();
  items.push(...firewalls.items);
  prices.push(...firewalls.prices);
  const storage = storagePackageProducts();
  packages.push(STORAGE_PACKAGE_RECORD);
  items.push(...storage.items);
  prices.push(...storage.prices);
  const licenses = licensePackageProducts();
  packages.push(LICENSE_PACKAGE_RECORD);
  items.push(...licenses.items);
  prices.push(...licenses.prices);
  const vlans = vlanPackageProducts();
  packages.push(NETWORK_VLAN_PACKAGE_RECORD);
  items.push(...vlans.items);
  prices.push(...vlans.prices);
  // Regional prices last (ids from 27000): every other price keeps its id, and an item's standard price comes first.
  prices.push(...regionalPrices(items, prices));
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

type AddItem = (
  item: Omit<ProductItem, 'id' | 'categoryName'>,
  hourly: number,
  monthly: number,
  categoryCodes?: readonly string[],
) => void;

/** Bare metal presets: a server (cores and memory) with two drives, ordered with the package's other items. */
const BARE_METAL_PRESETS: readonly ProductPreset[] = [
  [
    'S1270_8GB_2X1TBSATA_NORAID',
    'Single Intel Xeon E3-1270 v3, 8 GB, 2 x 1 TB SATA',
    4,
    8,
    'INTEL_XEON_1270_3_50',
  ],
  [
    'D2620V4_64GB_2X1TB_SATA_RAID_1',
    'Dual Intel Xeon E5-2620 v4, 64 GB, 2 x 1 TB SATA RAID 1',
    16,
    64,
    'INTEL_XEON_2620_2_10',
  ],
  [
    'BL2_4210_128GB_2X960GB_SSD',
    'Dual Intel Xeon Silver 4210, 128 GB, 2 x 960 GB SSD',
    20,
    128,
    'INTEL_XEON_4210_2_20',
  ],
].map(([keyName, description, cores, gb, server], index) => ({
  id: 790 + index,
  packageId: BARE_METAL_PACKAGE_ID,
  keyName: keyName as string,
  name: keyName as string,
  description: description as string,
  cores: cores as number,
  memoryMb: (gb as number) * 1024,
  diskGb: 1000,
  itemKeys: [server as string],
}));

/**
 * The bare metal package's items besides its servers: operating systems, bandwidth (0 GB for hourly or private
 * servers, 500 GB monthly), port speeds (bonded public and private, private only, and a non-bonded one), and the
 * items every server order carries.
 */
function addBareMetalItems(add: AddItem): void {
  const packageId = BARE_METAL_PACKAGE_ID;
  for (const [keyName, description, cores] of [
    ['INTEL_XEON_1270_3_50', 'Single Intel Xeon E3-1270 v3 (4 Cores, 3.50 GHz)', 4],
    ['INTEL_XEON_2620_2_10', 'Dual Intel Xeon E5-2620 v4 (16 Cores, 2.10 GHz)', 16],
  ] as const) {
    add(
      { packageId, keyName, description, capacity: cores, units: 'CORE', categoryCode: 'server' },
      0.4 * cores,
      60 * cores,
    );
  }
  for (const os of OPERATING_SYSTEMS) {
    add(
      {
        packageId,
        keyName: `OS_${os.referenceCode}`,
        description: `${os.name} ${os.version}`,
        capacity: 0,
        units: 'N/A',
        categoryCode: 'os',
        effect: { osCode: os.referenceCode },
      },
      0,
      0,
    );
  }
  add(
    {
      packageId,
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
      packageId,
      keyName: 'BANDWIDTH_500_GB',
      description: '500 GB Bandwidth Allotment',
      capacity: 500,
      units: 'GB',
      categoryCode: 'bandwidth',
    },
    0,
    0,
  );
  // Private-only ports first: an upgrade to a speed takes the last port item of that speed (public and private).
  for (const speed of [10, 100, 1000]) {
    add(
      {
        packageId,
        keyName: `${speed}_MBPS_PRIVATE_NETWORK_UPLINKS`,
        description: `${speed} Mbps Private Network Uplinks`,
        capacity: speed,
        units: 'Mbps',
        categoryCode: 'port_speed',
        attributes: ['IS_PRIVATE_NETWORK_ONLY'],
        effect: { portSpeed: speed },
      },
      0,
      0,
    );
    add(
      {
        packageId,
        keyName: `${speed}_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS`,
        description: `${speed} Mbps Public & Private Network Uplinks`,
        capacity: speed,
        units: 'Mbps',
        categoryCode: 'port_speed',
        effect: { portSpeed: speed },
      },
      speed === 1000 ? 0.04 : 0,
      speed === 1000 ? 25 : 0,
    );
  }
  add(
    {
      packageId,
      keyName: '1000_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS_NON_LACP',
      description: '1 Gbps Public & Private Network Uplinks (Non Bonded)',
      capacity: 1000,
      units: 'Mbps',
      categoryCode: 'port_speed',
      attributes: ['NON_LACP'],
      effect: { portSpeed: 1000 },
    },
    0.04,
    25,
  );
  add(
    {
      packageId,
      keyName: '1_IP_ADDRESS',
      description: '1 IP Address',
      capacity: 1,
      units: 'N/A',
      categoryCode: 'pri_ip_addresses',
    },
    0,
    0,
  );
  add(
    {
      packageId,
      keyName: 'UNLIMITED_SSL_VPN_USERS_1_PPTP_VPN_USER_PER_ACCOUNT',
      description: 'Unlimited SSL VPN Users & 1 PPTP VPN User per account',
      capacity: 0,
      units: 'N/A',
      categoryCode: 'vpn_management',
    },
    0,
    0,
  );
  add(
    {
      packageId,
      keyName: 'REBOOT_KVM_OVER_IP',
      description: 'Reboot / KVM over IP',
      capacity: 0,
      units: 'N/A',
      categoryCode: 'remote_management',
    },
    0,
    0,
  );
  // Upgrade items: memory, drives (one price good for every drive slot), disk controllers.
  for (const gb of [16, 32, 64, 128, 256]) {
    add(
      {
        packageId,
        keyName: `RAM_${gb}_GB_DDR4_2133_ECC_NON_REG`,
        description: `${gb} GB RAM`,
        capacity: gb,
        units: 'GB',
        categoryCode: 'ram',
        effect: { memoryMb: gb * 1024 },
      },
      0.0077 * gb,
      5.125 * gb,
    );
  }
  for (const [keyName, description, gb] of [
    ['HARD_DRIVE_1_00_TB_SATA_2', '1.00 TB SATA', 1000],
    ['HARD_DRIVE_2_00_TB_SATA_2', '2.00 TB SATA', 2000],
    ['HARD_DRIVE_960GB_SSD', '960 GB SSD (3 DWPD)', 960],
  ] as const) {
    add(
      {
        packageId,
        keyName,
        description,
        capacity: gb,
        units: 'GB',
        categoryCode: 'disk1',
        effect: { diskGb: gb },
      },
      gb * 0.000023,
      gb * 0.015,
      ['disk1', 'disk2', 'disk3', 'disk4', 'disk5'],
    );
  }
  for (const [keyName, description] of [
    ['DISK_CONTROLLER_RAID', 'RAID'],
    ['DISK_CONTROLLER_NONRAID', 'Non-RAID'],
  ] as const) {
    add(
      { packageId, keyName, description, capacity: 0, units: 'N/A', categoryCode: 'disk_controller' },
      0.068,
      50,
    );
  }
  add(
    {
      packageId,
      keyName: '1_IPV6_ADDRESS',
      description: '1 IPv6 Address',
      capacity: 1,
      units: 'N/A',
      categoryCode: 'pri_ipv6_addresses',
    },
    0,
    0,
  );
}

/** The name of an item category (`First Disk` for `guest_disk0`), or its code when it has none. */
export function categoryName(code: string): string {
  return CATEGORY_NAMES[code] ?? code;
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
