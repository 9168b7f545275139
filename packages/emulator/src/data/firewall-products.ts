// The firewalls package 0 (`ADDITIONAL_PRODUCTS`) sells: standard ones by port speed, dedicated VLAN ones.
import { ADDITIONAL_PRODUCTS_PACKAGE_ID } from './network-products';
import type { ProductItem, ProductPrice } from './products';

/** What an ordered firewall item makes. */
export interface FirewallEffect {
  kind: 'standard' | 'dedicated';
  /** A standard firewall's speed (Mbps): it must match the server's port speed. */
  speed?: number;
  highAvailability: boolean;
}

/** The port speeds a standard firewall is sold for (a bonded pair counts twice). */
const STANDARD_SPEEDS = [10, 100, 1000, 2000, 10000, 20000] as const;

/** Package 0's firewall items and their prices; ids apart from the subnets' (`network-products.ts`). */
export function firewallProducts(): { items: ProductItem[]; prices: ProductPrice[] } {
  const items: ProductItem[] = [];
  const prices: ProductPrice[] = [];
  const add = (
    keyName: string,
    description: string,
    categoryCode: string,
    firewall: FirewallEffect,
    monthly: number,
  ) => {
    const id = 5600 + items.length;
    items.push({
      id,
      packageId: ADDITIONAL_PRODUCTS_PACKAGE_ID,
      keyName,
      description,
      capacity: firewall.speed ?? 0,
      units: firewall.speed === undefined ? '' : 'Mbps',
      categoryCode,
      categoryName: categoryCode === 'firewall' ? 'Hardware & Software Firewalls' : 'VLAN Firewall',
      firewall,
    });
    prices.push({
      id: 33600 + prices.length,
      itemId: id,
      hourlyRecurringFee: '0',
      recurringFee: monthly.toFixed(2),
      categoryCode,
    });
  };
  for (const speed of STANDARD_SPEEDS) {
    add(
      `${speed}MBPS_HARDWARE_FIREWALL`,
      `${speed}Mbps Hardware Firewall`,
      'firewall',
      { kind: 'standard', speed, highAvailability: false },
      speed <= 100 ? 20 : speed <= 1000 ? 99 : 199,
    );
  }
  add(
    'HARDWARE_FIREWALL_DEDICATED',
    'Hardware Firewall (Dedicated)',
    'vlan_firewall',
    { kind: 'dedicated', highAvailability: false },
    499,
  );
  add(
    'HARDWARE_FIREWALL_HIGH_AVAILABILITY',
    'Hardware Firewall (High Availability)',
    'vlan_firewall',
    { kind: 'dedicated', highAvailability: true },
    999,
  );
  return { items, prices };
}
