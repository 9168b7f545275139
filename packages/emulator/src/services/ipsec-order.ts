// Orders of an IPsec VPN tunnel (`SoftLayer_Container_Product_Order_Network_Tunnel_Ipsec`, package 0): placing one
// adds a tunnel context in the datacenter, billed monthly.
import { faults } from '../api-fault';
import type { DatacenterSpec } from '../data/catalog';
import { contextName, DEFAULT_PHASE_SETTINGS, internalPeerAddress } from '../data/ipsec';
import { ADDITIONAL_PRODUCTS_PACKAGE_ID, IPSEC_ITEM_KEY_NAME } from '../data/network-products';
import { type ProductPrice, productCatalog } from '../data/products';
import { priceView } from '../models/product';
import { toInteger } from './arguments';
import { orderDatacenter } from './order-location';
import { recordOrder } from './order-receipt';
import type { MethodInput } from './service-definition';

const COMPLEX_TYPE = 'SoftLayer_Container_Product_Order_Network_Tunnel_Ipsec';

/** Whether an order container orders an IPsec VPN (by its complex type, as the API picks the container). */
export function isIpsecOrder(container: Record<string, unknown>): boolean {
  return container.complexType === COMPLEX_TYPE;
}

/** The package 0 price of the IPsec item and the datacenter of an order, checked. */
function checkOrder(container: Record<string, unknown>): { price: ProductPrice; datacenter: DatacenterSpec } {
  const catalog = productCatalog();
  if (toInteger(container.packageId) !== ADDITIONAL_PRODUCTS_PACKAGE_ID) {
    throw faults.invalidValue('An IPsec VPN is ordered from package 0 (ADDITIONAL_PRODUCTS).');
  }
  const entries = Array.isArray(container.prices) ? container.prices : [];
  if (entries.length !== 1) throw faults.invalidValue('An IPsec VPN order takes exactly one price.');
  const given = (entries[0] as { id?: unknown } | null)?.id;
  const price = catalog.priceById.get(toInteger(given) ?? -1);
  if (!price || catalog.itemById.get(price.itemId)?.keyName !== IPSEC_ITEM_KEY_NAME) {
    throw faults.invalidValue(
      `Price # ${JSON.stringify(given ?? null)} is not an IPsec VPN price (${IPSEC_ITEM_KEY_NAME}) of package 0.`,
    );
  }
  const datacenter = orderDatacenter(container.location);
  return { price, datacenter };
}

/** Verifies (`place` false) or places an IPsec VPN order; placing adds the tunnel context. */
export function ipsecOrder(
  container: Record<string, unknown>,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const { price, datacenter } = checkOrder(container);
  const details = { ...container, location: String(datacenter.id), prices: [priceView(price)] };
  if (!place) return details;
  const { state, now } = input.context;
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    const id = state.allocateId('ipsecContext');
    state.ipsecContexts.insert({
      id,
      name: contextName(datacenter.name, id),
      friendlyName: null,
      datacenterId: datacenter.id,
      internalPeerIpAddress: internalPeerAddress(datacenter.id, id),
      customerPeerIpAddress: null,
      presharedKey: null,
      advancedConfigurationFlag: 0,
      ...DEFAULT_PHASE_SETTINGS,
      internalSubnetIds: [],
      customerSubnetIds: [],
      serviceSubnetIds: [],
      staticRouteSubnetIds: [],
      configurationRequests: [],
      orderId,
      createdAt: now,
      modifiedAt: now,
    });
    const receipt = recordOrder(input, orderId, { priceIds: [price.id], details });
    const placed = receipt.placedOrder as Record<string, unknown>;
    placed.items = [
      {
        id: orderId * 10,
        itemId: price.itemId,
        itemPriceId: price.id,
        description: productCatalog().itemById.get(price.itemId)?.description,
        recurringFee: price.recurringFee,
      },
    ];
    return receipt;
  });
}
