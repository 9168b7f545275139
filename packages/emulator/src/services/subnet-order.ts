// Orders of package 0 (`SoftLayer_Container_Product_Order_Network_Subnet`): portable and static subnets, global IPs.
import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import { addressOfIpAddressId, subnetOfAddress } from '../data/network';
import { ADDITIONAL_PRODUCTS_PACKAGE_ID, type SubnetEffect } from '../data/network-products';
import { orderedNetwork } from '../data/ordered-subnets';
import { findVlan } from '../data/ordered-vlans';
import { type ProductPrice, productCatalog } from '../data/products';
import type { OrderedSubnetRecord } from '../data/records';
import { type EmulatorState, ID_BASES } from '../data/state';
import { priceView } from '../models/product';
import { toInteger } from './arguments';
import type { MethodInput } from './service-definition';

/** Whether an order container orders a subnet (by its complex type, as the API picks the container). */
export function isSubnetOrder(container: Record<string, unknown>): boolean {
  return container.complexType === 'SoftLayer_Container_Product_Order_Network_Subnet';
}

interface CheckedSubnetOrder {
  price: ProductPrice;
  effect: SubnetEffect;
  datacenterId: number;
  vlanId: number | null;
  endPointIpAddress: string | null;
}

/** Reads and checks a subnet order: one package 0 price of a subnet item, and the endpoint its kind needs. */
function checkOrder(container: Record<string, unknown>, state: EmulatorState): CheckedSubnetOrder {
  const catalog = productCatalog();
  if (toInteger(container.packageId) !== ADDITIONAL_PRODUCTS_PACKAGE_ID) {
    throw faults.invalidValue('Subnets are ordered from package 0 (ADDITIONAL_PRODUCTS).');
  }
  const entries = Array.isArray(container.prices) ? container.prices : [];
  if (entries.length !== 1) throw faults.invalidValue('A subnet order takes exactly one price.');
  const given = (entries[0] as { id?: unknown } | null)?.id;
  const price = catalog.priceById.get(toInteger(given) ?? -1);
  const effect = price ? catalog.itemById.get(price.itemId)?.subnet : undefined;
  if (!price || !effect) {
    throw faults.invalidValue(`Price # ${JSON.stringify(given ?? null)} does not exist in package 0.`);
  }
  if (effect.kind === 'global') {
    return { price, effect, datacenterId: DATACENTERS[0]!.id, vlanId: null, endPointIpAddress: null };
  }
  if (effect.kind === 'static' && effect.version === 4) {
    const id = toInteger(container.endPointIpAddressId);
    const address = id === undefined ? undefined : addressOfIpAddressId(id);
    const subnet = address === undefined ? undefined : subnetOfAddress(address);
    if (!address || !subnet) {
      throw faults.invalidValue(
        'A static subnet is routed to an IP address of the account (endPointIpAddressId).',
      );
    }
    return { price, effect, datacenterId: subnet.datacenter.id, vlanId: null, endPointIpAddress: address };
  }
  const vlanId = toInteger(container.endPointVlanId);
  const vlan = vlanId === undefined ? undefined : findVlan(state, vlanId);
  if (!vlan)
    throw faults.invalidValue('A portable subnet is ordered on a VLAN of the account (endPointVlanId).');
  if (vlan.networkSpace !== effect.addressSpace) {
    throw faults.invalidValue(
      `A ${effect.addressSpace.toLowerCase()} subnet cannot go on the ${vlan.networkSpace.toLowerCase()} VLAN ${vlan.id}.`,
    );
  }
  return { price, effect, datacenterId: vlan.datacenter.id, vlanId: vlan.id, endPointIpAddress: null };
}

/** Verifies (`place` false) or places a subnet order; placing adds the subnet (or global IP) to the account. */
export function subnetOrder(
  container: Record<string, unknown>,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const checked = checkOrder(container, input.context.state);
  const details = { ...container, prices: [priceView(checked.price)] };
  if (!place) return details;
  const { state, now, user } = input.context;
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    const id = state.allocateId('orderedSubnet');
    const { effect } = checked;
    const record: OrderedSubnetRecord = {
      id,
      kind: effect.kind,
      addressSpace: effect.addressSpace,
      version: effect.version,
      ...orderedNetwork(
        id - ID_BASES.orderedSubnet,
        effect.kind,
        effect.addressSpace,
        effect.version,
        effect.quantity,
      ),
      datacenterId: checked.datacenterId,
      vlanId: checked.vlanId,
      endPointIpAddress: checked.endPointIpAddress,
      orderId,
      createdAt: now,
    };
    state.orderedSubnets.insert(record);
    state.orders.insert({
      id: orderId,
      createdAt: now,
      userId: user.id,
      priceIds: [checked.price.id],
      guestIds: [],
      status: 'APPROVED',
    });
    return {
      orderId,
      orderDate: formatApiDate(now),
      orderDetails: details,
      placedOrder: {
        id: orderId,
        accountId: state.accountId,
        createDate: formatApiDate(now),
        status: 'APPROVED',
        userRecordId: user.id,
        items: [
          {
            id: orderId * 10,
            itemId: checked.price.itemId,
            itemPriceId: checked.price.id,
            description: productCatalog().itemById.get(checked.price.itemId)?.description,
            recurringFee: checked.price.recurringFee,
          },
        ],
      },
    };
  });
}
