import type { OrderedSubnetRecord } from '../data/records';
import { subnetBillingItemId } from './billing-ids';
import type { BillingSubject } from './shared-views';

/** What an ordered subnet or global IP is billed as (package 0, monthly). */
export function subnetBillingSubject(record: OrderedSubnetRecord): BillingSubject {
  const global = record.kind === 'global';
  const size = record.version === 4 ? 2 ** (32 - record.cidr) : 0;
  const description = global
    ? `Global IPv${record.version}`
    : record.version === 6
      ? `/64 Block ${record.kind === 'static' ? 'Static' : 'Portable'} Public IPv6 Addresses`
      : `${size} ${record.addressSpace === 'PUBLIC' ? 'Public' : 'Private'} ${record.kind === 'static' ? 'Static' : 'Portable'} IP Addresses`;
  return {
    billingItemId: subnetBillingItemId(record.id),
    categoryCode: global ? `global_ipv${record.version}` : 'sov_sec_ip_addresses_pub',
    description,
    hourly: false,
    monthlyFee: global ? 10 : record.version === 6 ? 0 : size * 2,
    createdAt: record.createdAt,
    datacenterId: record.datacenterId,
    orderId: record.orderId,
    presetKeyName: null,
    packageId: 0,
    packageKeyName: 'ADDITIONAL_PRODUCTS',
    children: [],
  };
}
