// Orders of VLANs (`SoftLayer_Container_Product_Order_Network_Vlan`, package NETWORK_VLAN): placing one adds an
// ordered VLAN (`OrderedVlanRecord`) on the datacenter's router of its network space, or on the router given.
import { faults } from '../api-fault';
import type { DatacenterSpec } from '../data/catalog';
import { allVlans } from '../data/network';
import { nextVlanNumber } from '../data/ordered-vlans';
import { type ProductPrice, productCatalog } from '../data/products';
import { NETWORK_VLAN_PACKAGE_RECORD, type VlanEffect } from '../data/vlan-products';
import { priceView } from '../models/product';
import { toInteger } from './arguments';
import { orderDatacenter } from './order-location';
import { recordOrder } from './order-receipt';
import type { MethodInput } from './service-definition';

const COMPLEX_TYPE = 'SoftLayer_Container_Product_Order_Network_Vlan';

/** Whether an order container orders a VLAN (by its complex type, as the API picks the container). */
export function isVlanOrder(container: Record<string, unknown>): boolean {
  return container.complexType === COMPLEX_TYPE;
}

interface CheckedVlanOrder {
  price: ProductPrice;
  effect: VlanEffect;
  datacenter: DatacenterSpec;
  router: { id: number; hostname: string };
  name: string;
}

function checkOrder(container: Record<string, unknown>): CheckedVlanOrder {
  if (toInteger(container.packageId) !== NETWORK_VLAN_PACKAGE_RECORD.id) {
    throw faults.invalidValue(
      `VLANs are ordered from package ${NETWORK_VLAN_PACKAGE_RECORD.id} (${NETWORK_VLAN_PACKAGE_RECORD.keyName}).`,
    );
  }
  const entries = Array.isArray(container.prices) ? container.prices : [];
  if (entries.length !== 1) throw faults.invalidValue('A VLAN order takes exactly one price.');
  const given = (entries[0] as { id?: unknown } | null)?.id;
  const price = productCatalog().priceById.get(toInteger(given) ?? -1);
  const item = price ? productCatalog().itemById.get(price.itemId) : undefined;
  const effect = (item as { vlan?: VlanEffect } | undefined)?.vlan;
  if (!price || !effect) {
    throw faults.invalidValue(
      `Price # ${JSON.stringify(given ?? null)} is not a VLAN price of package ${NETWORK_VLAN_PACKAGE_RECORD.id}.`,
    );
  }
  const datacenter = orderDatacenter(container.location);
  const routers = allVlans().filter(
    (vlan) => vlan.datacenter.id === datacenter.id && vlan.networkSpace === effect.networkSpace,
  );
  const routerId = container.routerId === undefined ? undefined : toInteger(container.routerId);
  const router = routerId === undefined ? routers[0] : routers.find((vlan) => vlan.routerId === routerId);
  if (!router) {
    throw faults.invalidValue(
      `Router ${JSON.stringify(container.routerId ?? null)} is not a ${effect.networkSpace.toLowerCase()} router of ${datacenter.name}.`,
    );
  }
  const name = typeof container.name === 'string' ? container.name : '';
  return {
    price,
    effect,
    datacenter,
    router: { id: router.routerId, hostname: router.routerHostname },
    name,
  };
}

/** Verifies (`place` false) or places a VLAN order; placing adds the VLAN, with no subnet yet. */
export function vlanOrder(
  container: Record<string, unknown>,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const checked = checkOrder(container);
  const order = {
    ...container,
    location: String(checked.datacenter.id),
    routerId: checked.router.id,
    prices: [priceView(checked.price)],
  };
  const details = { ...order, orderContainers: [order] };
  if (!place) return details;
  const { state, now } = input.context;
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    const id = state.allocateId('orderedVlan');
    state.orderedVlans.insert({
      id,
      vlanNumber: nextVlanNumber(state, checked.router.id),
      name: checked.name,
      networkSpace: checked.effect.networkSpace,
      datacenterId: checked.datacenter.id,
      routerId: checked.router.id,
      routerHostname: checked.router.hostname,
      // slcli sends its --billing choice as the value ('hourly', 'monthly'): any non-false value is hourly.
      hourly: ![false, undefined, null, 0, '', 'false', '0'].includes(
        container.useHourlyPricing as string | number | boolean | null | undefined,
      ),
      orderId,
      createdAt: now,
    });
    return recordOrder(input, orderId, { priceIds: [checked.price.id], details });
  });
}
