import { faults } from '../api-fault';
import { productCatalog, RESERVED_CAPACITY_PACKAGE_ID } from '../data/products';
import { backendRouterById, routerView } from '../data/routers';
import { priceView } from '../models/product';
import { toFlag, toInteger } from './arguments';
import { recordOrder } from './order-receipt';
import type { MethodInput, ServiceDefinition } from './service-definition';

const TYPE = 'SoftLayer_Virtual_ReservedCapacityGroup';

/** `SoftLayer_Virtual_ReservedCapacityGroup`: reserved instances behind a backend router. */
export const reservedCapacityService: ServiceDefinition = {
  name: TYPE,
  type: TYPE,
  find: (id, context) => context.state.reservedCapacityGroups.get(id),
  methods: {},
};

export function isReservedCapacityOrder(container: Record<string, unknown>): boolean {
  return container.complexType === 'SoftLayer_Container_Product_Order_Virtual_ReservedCapacity';
}

/** `verifyOrder` / `placeOrder` of reserved capacity: a flavor's price, a name, a router, a quantity. */
export function reservedCapacityOrder(
  container: Record<string, unknown>,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const catalog = productCatalog();
  if (toInteger(container.packageId) !== RESERVED_CAPACITY_PACKAGE_ID) {
    throw faults.invalidValue(
      `A reserved capacity order must be for package ${RESERVED_CAPACITY_PACKAGE_ID}.`,
    );
  }
  const name = typeof container.name === 'string' ? container.name.trim() : '';
  if (name === '') throw faults.missingParameter('A reserved capacity group needs a name.');
  const routerId = toInteger(container.backendRouterId);
  if (routerId === undefined || !backendRouterById(routerId)) {
    throw faults.invalidValue(`Invalid backendRouterId "${String(container.backendRouterId)}".`);
  }
  const quantity = toInteger(container.quantity) ?? 1;
  if (quantity < 1 || quantity > 100)
    throw faults.invalidValue('The quantity must be from 1 to 100 instances.');
  const prices = (Array.isArray(container.prices) ? container.prices : []).map((entry) =>
    catalog.priceById.get(toInteger((entry as { id?: unknown } | null)?.id) ?? -1),
  );
  const price = prices[0];
  const item = price ? catalog.itemById.get(price.itemId) : undefined;
  if (prices.length !== 1 || !price || item?.packageId !== RESERVED_CAPACITY_PACKAGE_ID) {
    throw faults.invalidValue('A reserved capacity order takes exactly one price: the flavor and term.');
  }
  // As the API answers: the recurring total (the hourly fee of every instance) and the router's datacenter, the
  // verified order also as its one container.
  const view = priceView(price);
  const total = String(Number((Number(view.hourlyRecurringFee ?? 0) * quantity).toFixed(4)));
  const router = routerView(backendRouterById(routerId)!);
  const priced = { ...container, prices: [view], postTaxRecurring: total, locationObject: router.datacenter };
  if (!place) return { ...priced, orderContainers: [priced] };
  const { state, now } = input.context;
  if (state.reservedCapacityGroups.all().some((group) => group.name === name)) {
    throw faults.publicError(`A reserved capacity group named ${name} already exists.`);
  }
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    state.reservedCapacityGroups.insert({
      id: state.allocateId('reservedCapacity'),
      name,
      backendRouterId: routerId,
      flavorKeyName: item.keyName,
      instanceCount: quantity,
      hourly: container.useHourlyPricing === undefined ? true : toFlag(container.useHourlyPricing),
      createdAt: now,
      orderId,
    });
    return recordOrder(input, orderId, { priceIds: [price.id], details: priced });
  });
}
