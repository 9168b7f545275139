// Package 0 (`ADDITIONAL_PRODUCTS`): the subnets and global IPs `SoftLayer_Product_Order` sells outside servers.
import type { ProductItem, ProductPackage, ProductPrice } from './products';

/** The package every non-server item is in. */
export const ADDITIONAL_PRODUCTS_PACKAGE_ID = 0;

/** The package of IBM Cloud Load Balancers (`LoadBalancerManager.lbaasOrderOptions`). */
export const LBAAS_PACKAGE_ID = 805;

/** The item of an IPsec VPN tunnel in package 0. */
export const IPSEC_ITEM_KEY_NAME = 'IPSEC_STANDARD';

/** What an ordered subnet item makes. */
export interface SubnetEffect {
  kind: 'portable' | 'static' | 'global';
  addressSpace: 'PUBLIC' | 'PRIVATE';
  version: 4 | 6;
  quantity: number;
}

const CATEGORY_NAMES: Record<string, string> = {
  global_ipv4: 'Global IPv4',
  global_ipv6: 'Global IPv6',
  sov_sec_ip_addresses_pub: 'Public Secondary IP Addresses',
  sov_sec_ip_addresses_priv: 'Private Secondary IP Addresses',
  static_sec_ip_addresses: 'Public Static IP Addresses',
  static_ipv6_addresses: 'Public IPv6 Addresses',
};

/** Package 0 with its subnet items, and the LBAAS package; ids apart from the server packages'. */
export function networkProducts(): {
  packages: ProductPackage[];
  items: ProductItem[];
  prices: ProductPrice[];
} {
  const items: ProductItem[] = [];
  const prices: ProductPrice[] = [];
  let nextItemId = 5000;
  let nextPriceId = 33000;
  const add = (
    keyName: string,
    description: string,
    categoryCode: string,
    subnet: SubnetEffect,
    monthly: number,
    packageKeyNames = ['ADDITIONAL_PRODUCTS'],
  ): void => {
    const id = nextItemId++;
    items.push({
      id,
      packageId: ADDITIONAL_PRODUCTS_PACKAGE_ID,
      keyName,
      description,
      capacity: subnet.quantity,
      units: subnet.kind === 'global' ? '' : 'IPs',
      categoryCode,
      categoryName: CATEGORY_NAMES[categoryCode] ?? categoryCode,
      subnet,
    });
    for (const packageKeyName of packageKeyNames) {
      prices.push({
        id: nextPriceId++,
        itemId: id,
        hourlyRecurringFee: '0',
        recurringFee: monthly.toFixed(2),
        categoryCode,
        packageKeyNames: [packageKeyName],
      });
    }
  };
  add(
    'GLOBAL_IPV4',
    'Global IPv4',
    'global_ipv4',
    { kind: 'global', addressSpace: 'PUBLIC', version: 4, quantity: 0 },
    10,
  );
  add(
    'GLOBAL_IPV6',
    'Global IPv6',
    'global_ipv6',
    { kind: 'global', addressSpace: 'PUBLIC', version: 6, quantity: 0 },
    10,
  );
  for (const quantity of [4, 8, 16, 32]) {
    add(
      `${quantity}_PORTABLE_PUBLIC_IP_ADDRESSES`,
      `${quantity} Portable Public IP Addresses`,
      'sov_sec_ip_addresses_pub',
      { kind: 'portable', addressSpace: 'PUBLIC', version: 4, quantity },
      quantity * 2,
    );
    add(
      `${quantity}_PORTABLE_PRIVATE_IP_ADDRESSES`,
      `${quantity} Portable Private IP Addresses`,
      'sov_sec_ip_addresses_priv',
      { kind: 'portable', addressSpace: 'PRIVATE', version: 4, quantity },
      0,
    );
    // Static subnets are priced in two packages; an order takes the STATIC_IP_ADDRESSES one.
    add(
      `${quantity}_PUBLIC_STATIC_IP_ADDRESSES`,
      `${quantity} Static Public IP Addresses`,
      'static_sec_ip_addresses',
      { kind: 'static', addressSpace: 'PUBLIC', version: 4, quantity },
      quantity * 2,
      ['ADDITIONAL_PRODUCTS', 'STATIC_IP_ADDRESSES'],
    );
  }
  add(
    '64_BLOCK_PORTABLE_PUBLIC_IPV6_ADDRESSES',
    '/64 Block Portable Public IPv6 Addresses',
    'static_ipv6_addresses',
    { kind: 'portable', addressSpace: 'PUBLIC', version: 6, quantity: 64 },
    0,
  );
  add(
    '64_BLOCK_STATIC_PUBLIC_IPV6_ADDRESSES',
    '/64 Block Static Public IPv6 Addresses',
    'static_ipv6_addresses',
    { kind: 'static', addressSpace: 'PUBLIC', version: 6, quantity: 64 },
    0,
  );
  // IBM Cloud Load Balancers are billed by the hour for uptime and for data processed (`LBAAS`).
  for (const [keyName, description, hourly] of [
    ['LOAD_BALANCER_UPTIME', 'Load Balancer Uptime', 0.028],
    ['LOAD_BALANCER_DATA_PROCESSED', 'Load Balancer Data Processed', 0.008],
  ] as const) {
    const id = nextItemId++;
    items.push({
      id,
      packageId: LBAAS_PACKAGE_ID,
      keyName,
      description,
      capacity: 0,
      units: keyName.endsWith('UPTIME') ? 'HOUR' : 'GB',
      categoryCode: 'load_balancer_as_a_service',
      categoryName: 'Load Balancer As A Service',
    });
    prices.push({
      id: nextPriceId++,
      itemId: id,
      hourlyRecurringFee: hourly.toFixed(3),
      recurringFee: '0',
      categoryCode: 'load_balancer_as_a_service',
    });
  }
  // An IPsec VPN tunnel (`SoftLayer_Container_Product_Order_Network_Tunnel_Ipsec`), billed monthly.
  const ipsecItemId = nextItemId++;
  items.push({
    id: ipsecItemId,
    packageId: ADDITIONAL_PRODUCTS_PACKAGE_ID,
    keyName: IPSEC_ITEM_KEY_NAME,
    description: 'IPSEC - Standard',
    capacity: 0,
    units: '',
    categoryCode: 'network_tunnel',
    categoryName: 'Network Tunnel',
  });
  prices.push({
    id: nextPriceId++,
    itemId: ipsecItemId,
    hourlyRecurringFee: '0',
    recurringFee: '50.00',
    categoryCode: 'network_tunnel',
  });
  return {
    packages: [
      {
        id: ADDITIONAL_PRODUCTS_PACKAGE_ID,
        keyName: 'ADDITIONAL_PRODUCTS',
        name: 'Additional Products',
        typeKeyName: 'ADDITIONAL_SERVICES',
        isActive: 1,
      },
      {
        id: LBAAS_PACKAGE_ID,
        keyName: 'LBAAS',
        name: 'IBM Cloud Load Balancer',
        typeKeyName: 'NETWORK_LOAD_BALANCER',
        isActive: 1,
      },
    ],
    items,
    prices,
  };
}
