import type { OrderedVlanRecord } from '../data/ordered-vlan-record';
import { NETWORK_VLAN_PACKAGE_RECORD, vlanPackageProducts } from '../data/vlan-products';
import { vlanBillingItemId } from './billing-ids';
import type { BillingSubject } from './shared-views';

/** What an ordered VLAN is billed as (package NETWORK_VLAN, at its item's price). */
export function vlanBillingSubject(record: OrderedVlanRecord): BillingSubject {
  const { items, prices } = vlanPackageProducts();
  const item = items.find((candidate) => candidate.vlan.networkSpace === record.networkSpace);
  const price = prices.find((candidate) => candidate.itemId === item?.id);
  return {
    billingItemId: vlanBillingItemId(record.id),
    categoryCode: 'network_vlan',
    description: item?.description ?? 'Network Vlan',
    hourly: record.hourly,
    monthlyFee: Number(price?.recurringFee ?? 0),
    createdAt: record.createdAt,
    datacenterId: record.datacenterId,
    orderId: record.orderId,
    presetKeyName: null,
    packageId: NETWORK_VLAN_PACKAGE_RECORD.id,
    packageKeyName: NETWORK_VLAN_PACKAGE_RECORD.keyName,
    children: [],
  };
}
