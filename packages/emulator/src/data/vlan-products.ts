// The `NETWORK_VLAN` package: a public or a private VLAN, ordered on its own
// (`SoftLayer_Container_Product_Order_Network_Vlan`).
import type { ProductItem, ProductPackage, ProductPrice } from './products';

export const NETWORK_VLAN_PACKAGE_RECORD: ProductPackage = {
  id: 1_108,
  keyName: 'NETWORK_VLAN',
  name: 'Network VLAN',
  typeKeyName: 'ADDITIONAL_SERVICES_NETWORK_VLAN',
  isActive: 1,
};

/** What ordering a NETWORK_VLAN item makes. */
export interface VlanEffect {
  networkSpace: 'PUBLIC' | 'PRIVATE';
}

/** The package's two items and their prices (hourly and monthly); ids apart from the other packages'. */
export function vlanPackageProducts(): {
  items: Array<ProductItem & { vlan: VlanEffect }>;
  prices: ProductPrice[];
} {
  const rows = [
    ['PUBLIC_NETWORK_VLAN', 'Public Network Vlan', 'network_vlan', 'PUBLIC', 0.04, 25],
    ['PRIVATE_NETWORK_VLAN', 'Private Network Vlan', 'network_vlan', 'PRIVATE', 0.03, 20],
  ] as const;
  const items = rows.map(([keyName, description, categoryCode, networkSpace], index) => ({
    id: 9_301 + index,
    packageId: NETWORK_VLAN_PACKAGE_RECORD.id,
    keyName,
    description,
    capacity: 0,
    units: '',
    categoryCode,
    categoryName: 'Network Vlan',
    vlan: { networkSpace },
  }));
  const prices = rows.map(([, , categoryCode, , hourly, monthly], index) => ({
    id: 93_301 + index,
    itemId: 9_301 + index,
    hourlyRecurringFee: hourly.toFixed(3),
    recurringFee: monthly.toFixed(2),
    categoryCode,
    packageKeyNames: ['NETWORK_VLAN'],
  }));
  return { items, prices };
}
