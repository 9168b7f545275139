import type { SoftLayer_Product_Item } from '@sl/types';
import { checkFlag, checkPositive, invalid } from './check-input';

/*
 * What `NetworkManager.addSubnet` needs to order a subnet: the item category, size and description to look for in
 * package 0 (where every non-server item is), the price of the item, and the endpoint of the order.
 */

/** The kinds of subnet `addSubnet` orders. */
export type SubnetOrderType = 'private' | 'public' | 'static' | 'global';

const TYPES: readonly string[] = ['private', 'public', 'static', 'global'];

/** What `subnetOrder` reads. */
export interface SubnetOrderInput {
  quantity?: number;
  endpointId?: number;
  version?: 4 | 6;
  testOrder?: boolean;
}

/** A checked subnet request: which item matches, and the endpoint property of the order. */
export interface SubnetOrderRequest {
  version: 4 | 6;
  category: string;
  /** For messages: `a public IPv4 subnet of 4 addresses`. */
  describe: string;
  matches: (item: SoftLayer_Product_Item) => boolean;
  endpoint: { endPointVlanId?: number; endPointIpAddressId?: number };
}

/** The item category of a subnet type and version, and for IPv6 the word its description holds (the reference's). */
function categoryOf(type: SubnetOrderType, version: 4 | 6): { category: string; description: string } {
  if (version === 4) {
    const category = {
      global: 'global_ipv4',
      public: 'sov_sec_ip_addresses_pub',
      static: 'static_sec_ip_addresses',
      private: 'sov_sec_ip_addresses_priv',
    }[type];
    return { category, description: '' };
  }
  if (type === 'global') return { category: 'global_ipv6', description: 'Global' };
  const description = { public: 'Portable', static: 'Static', private: '' }[type];
  return { category: 'static_ipv6_addresses', description };
}

/**
 * Checks a subnet order's arguments: a known type, version 4 or 6, and (but for `global`) a quantity and an
 * endpoint id; the reference sends `None` for what is missing.
 */
export function subnetOrder(
  type: SubnetOrderType,
  input: SubnetOrderInput,
  method: string,
): SubnetOrderRequest {
  if (!TYPES.includes(type)) {
    throw invalid(
      `${method}: the subnet type must be one of ${TYPES.join(', ')}, got ${JSON.stringify(type)}`,
    );
  }
  if (input === null || typeof input !== 'object') throw invalid(`${method}: the options must be an object`);
  const version = input.version ?? 4;
  if (version !== 4 && version !== 6) {
    throw invalid(`${method}: version must be 4 or 6, got ${JSON.stringify(version)}`);
  }
  checkFlag(input.testOrder, `${method}: testOrder`);
  const global = type === 'global';
  if (global && (input.quantity !== undefined || input.endpointId !== undefined)) {
    throw invalid(`${method}: a global IP takes no quantity or endpoint`);
  }
  const quantity = global ? 0 : checkPositive(input.quantity, 'the quantity', method);
  const endpointId = global ? undefined : checkPositive(input.endpointId, 'the endpoint id', method);
  const { category, description } = categoryOf(type, version);
  const endpoint =
    endpointId === undefined
      ? {}
      : type === 'static'
        ? { endPointIpAddressId: endpointId }
        : { endPointVlanId: endpointId };
  return {
    version,
    category,
    describe: global
      ? `global IPv${version} address`
      : `${type} IPv${version} subnet of ${quantity} addresses`,
    matches: (item) =>
      item.itemCategory?.categoryCode === category &&
      String(item.capacity) === String(quantity) &&
      (version === 4 || (item.description ?? '').includes(description)),
    endpoint,
  };
}

/**
 * The price id to order a subnet item with: for IPv4 static subnets the price of the `STATIC_IP_ADDRESSES` package
 * (the last price that names it, as the reference), else the item's first price.
 */
export function subnetPrice(
  item: SoftLayer_Product_Item,
  type: SubnetOrderType,
  version: 4 | 6,
): number | undefined {
  if (version === 4 && type === 'static') {
    let found: number | undefined;
    for (const price of item.prices ?? []) {
      for (const reference of price.packageReferences ?? []) {
        if ((reference.package?.keyName ?? '').includes('STATIC')) found = price.id;
      }
    }
    return found;
  }
  return item.prices?.[0]?.id;
}
