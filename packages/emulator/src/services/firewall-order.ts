// Orders of package 0 firewalls: `SoftLayer_Container_Product_Order_Network_Protection_Firewall` (a server's standard
// firewall) and `…_Firewall_Dedicated` (a VLAN's dedicated firewall).
import { faults } from '../api-fault';
import { formatApiDate } from '../data/dates';
import type { FirewallEffect } from '../data/firewall-products';
import type { FirewallRecord } from '../data/firewall-record';
import { ADDITIONAL_PRODUCTS_PACKAGE_ID } from '../data/network-products';
import { findVlan } from '../data/ordered-vlans';
import { type ProductPrice, productCatalog } from '../data/products';
import { priceView } from '../models/product';
import { toInteger } from './arguments';
import type { MethodInput } from './service-definition';

const STANDARD = 'SoftLayer_Container_Product_Order_Network_Protection_Firewall';
const DEDICATED = 'SoftLayer_Container_Product_Order_Network_Protection_Firewall_Dedicated';

/** Whether an order container orders a firewall (by its complex type). */
export function isFirewallOrder(container: Record<string, unknown>): boolean {
  return container.complexType === STANDARD || container.complexType === DEDICATED;
}

interface CheckedFirewallOrder {
  price: ProductPrice;
  effect: FirewallEffect;
  kind: FirewallRecord['kind'];
  serverId: number | null;
  vlanId: number | null;
}

function orderedId(list: unknown, what: string): number | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  if (list.length !== 1) throw faults.invalidValue(`A firewall order protects one server (${what}).`);
  const id = toInteger((list[0] as { id?: unknown } | null)?.id);
  if (id === undefined) throw faults.invalidValue(`${what}[0].id must be the id of a server.`);
  return id;
}

/** Reads and checks a firewall order: one package 0 firewall price, and what it protects. */
function checkOrder(container: Record<string, unknown>, input: MethodInput): CheckedFirewallOrder {
  const { state } = input.context;
  if (toInteger(container.packageId) !== ADDITIONAL_PRODUCTS_PACKAGE_ID) {
    throw faults.invalidValue('Firewalls are ordered from package 0 (ADDITIONAL_PRODUCTS).');
  }
  const entries = Array.isArray(container.prices) ? container.prices : [];
  if (entries.length !== 1) throw faults.invalidValue('A firewall order takes exactly one price.');
  const given = (entries[0] as { id?: unknown } | null)?.id;
  const price = productCatalog().priceById.get(toInteger(given) ?? -1);
  const effect = price ? productCatalog().itemById.get(price.itemId)?.firewall : undefined;
  if (!price || !effect) {
    throw faults.invalidValue(
      `Price # ${JSON.stringify(given ?? null)} is not a firewall price of package 0.`,
    );
  }
  if (container.complexType === DEDICATED) {
    if (effect.kind !== 'dedicated')
      throw faults.invalidValue('A dedicated firewall order takes a VLAN firewall price.');
    const vlanId = toInteger(container.vlanId);
    const vlan = vlanId === undefined ? undefined : findVlan(state, vlanId);
    if (!vlan)
      throw faults.invalidValue(
        `A dedicated firewall protects a VLAN of the account (vlanId ${JSON.stringify(container.vlanId ?? null)}).`,
      );
    if (
      state.firewalls.filter(
        (record) => record.kind !== 'guest' && record.kind !== 'hardware' && record.vlanId === vlan.id,
      ).length > 0
    ) {
      throw faults.publicError(`VLAN ${vlan.vlanNumber} (${vlan.id}) already has a firewall.`);
    }
    return { price, effect, kind: 'vlan', serverId: null, vlanId: vlan.id };
  }
  if (effect.kind !== 'standard')
    throw faults.invalidValue('A server firewall order takes a standard firewall price.');
  const guestId = orderedId(container.virtualGuests, 'virtualGuests');
  const hardwareId = orderedId(container.hardware, 'hardware');
  if ((guestId === undefined) === (hardwareId === undefined)) {
    throw faults.missingParameter(
      'A server firewall order names one virtual guest (virtualGuests) or one server (hardware).',
    );
  }
  const kind = guestId === undefined ? 'hardware' : 'guest';
  const serverId = (guestId ?? hardwareId) as number;
  const guest = kind === 'guest' ? state.guests.get(serverId) : undefined;
  const server = kind === 'hardware' ? state.hardware.get(serverId) : undefined;
  if (!guest && !server) throw faults.objectNotFound(serverId);
  if (guest?.privateNetworkOnly)
    throw faults.publicError(`Virtual guest ${serverId} has no public network to firewall.`);
  const speed = guest ? 1000 : 10000;
  if (effect.speed !== speed) {
    throw faults.invalidValue(
      `The ${effect.speed}Mbps firewall does not match the server's ${speed}Mbps public port.`,
    );
  }
  if (state.firewalls.filter((record) => record.kind === kind && record.serverId === serverId).length > 0) {
    throw faults.publicError(
      `${kind === 'guest' ? 'Virtual guest' : 'Server'} ${serverId} already has a firewall.`,
    );
  }
  return { price, effect, kind, serverId, vlanId: null };
}

/** Verifies (`place` false) or places a firewall order; placing adds the firewall, with no rules yet. */
export function firewallOrder(
  container: Record<string, unknown>,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const checked = checkOrder(container, input);
  const details = { ...container, prices: [priceView(checked.price)] };
  if (!place) return details;
  const { state, now, user } = input.context;
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    const id = state.allocateId('firewall');
    state.firewalls.insert({
      id,
      kind: checked.kind,
      serverId: checked.serverId,
      vlanId: checked.vlanId,
      highAvailability: checked.effect.highAvailability,
      name: null,
      username: null,
      password: null,
      rules: [],
      orderId,
      createdAt: now,
      modifiedAt: now,
    });
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
