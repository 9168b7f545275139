import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import type { DedicatedHostRecord } from '../data/dedicated-host-record';
import { DEDICATED_HOST_PACKAGE_ID, productCatalog } from '../data/products';
import { backendRouterById, backendRouters, routerView } from '../data/routers';
import { hostGuests } from '../models/dedicated-host';
import { priceView } from '../models/product';
import { checkDomain, checkHostname, objectArg, toFlag, toInteger } from './arguments';
import { type MethodInput, rows, type ServiceDefinition, value } from './service-definition';

const TYPE = 'SoftLayer_Virtual_DedicatedHost';

/** `SoftLayer_Virtual_DedicatedHost`: the account's dedicated hosts, their guests, and the routers to order one on. */
export const dedicatedHostService: ServiceDefinition = {
  name: TYPE,
  type: TYPE,
  find: (id, context) => context.state.dedicatedHosts.get(id),
  methods: {
    // Cancels the host at once; the API refuses while guests run on it.
    deleteObject: (input) => {
      const host = input.row as DedicatedHostRecord;
      if (hostGuests(host, input.context).length > 0) {
        throw faults.publicError(`Unable to cancel ${host.name}: cancel the guests on it first.`);
      }
      input.context.state.mutate(() => input.context.state.dedicatedHosts.delete(host.id));
      return value(true);
    },
    // (host template with datacenter.id): the backend routers of that datacenter a host can be ordered on.
    getAvailableRouters: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Virtual_DedicatedHost template');
      const datacenterId = toInteger((template.datacenter as { id?: unknown } | undefined)?.id);
      if (datacenterId === undefined || !DATACENTERS.some((dc) => dc.id === datacenterId)) {
        throw faults.invalidValue('The template must name a datacenter (datacenter.id).');
      }
      return rows(
        'SoftLayer_Hardware',
        backendRouters()
          .filter((router) => router.datacenterId === datacenterId)
          .map(routerView),
      );
    },
  },
};

export function isDedicatedHostOrder(container: Record<string, unknown>): boolean {
  return container.complexType === 'SoftLayer_Container_Product_Order_Virtual_DedicatedHost';
}

/** Reads and checks a dedicated host order: the flavor's price, the region, the host names and its router. */
function parseHostOrder(container: Record<string, unknown>) {
  const catalog = productCatalog();
  if (toInteger(container.packageId) !== DEDICATED_HOST_PACKAGE_ID) {
    throw faults.invalidValue(
      `A dedicated host order must be for package ${DEDICATED_HOST_PACKAGE_ID} (DEDICATED_HOST).`,
    );
  }
  const location = String(container.location ?? '');
  const datacenter = DATACENTERS.find(
    (dc) =>
      dc.region === location.toUpperCase() ||
      dc.name === location.toLowerCase() ||
      String(dc.id) === location,
  );
  if (!datacenter) throw faults.invalidValue(`Invalid location "${location}".`);
  const priceIds = (Array.isArray(container.prices) ? container.prices : []).map((entry) =>
    toInteger((entry as { id?: unknown } | null)?.id),
  );
  const prices = priceIds.map((id) => (id === undefined ? undefined : catalog.priceById.get(id)));
  const flavorPrice = prices.find(
    (price) => price && catalog.itemById.get(price.itemId)?.categoryCode === 'dedicated_virtual_hosts',
  );
  if (prices.length !== 1 || !flavorPrice) {
    throw faults.invalidValue('A dedicated host order takes exactly one price: the host flavor.');
  }
  const flavor = catalog.itemById.get(flavorPrice.itemId)!;
  const hosts = (Array.isArray(container.hardware) ? container.hardware : []).map((entry) => {
    const template = (entry ?? {}) as Record<string, unknown>;
    const routerId = toInteger(
      (template.primaryBackendNetworkComponent as { router?: { id?: unknown } } | undefined)?.router?.id,
    );
    const router = routerId === undefined ? undefined : backendRouterById(routerId);
    if (!router || router.datacenterId !== datacenter.id) {
      throw faults.invalidValue(`Router ${String(routerId)} is not a backend router of ${datacenter.name}.`);
    }
    return {
      name: checkHostname(template.hostname),
      domain: checkDomain(template.domain),
      routerId: router.id,
    };
  });
  if (hosts.length !== 1) throw faults.missingParameter('The order must name one host (hardware).');
  const bundle = (code: string) => flavor.bundle?.find((item) => item.categoryCode === code)?.capacity ?? 0;
  return {
    container,
    price: flavorPrice,
    datacenterId: datacenter.id,
    cpuCount: flavor.capacity,
    memoryCapacityGb: bundle('dedicated_host_ram'),
    diskCapacityGb: bundle('dedicated_host_disk'),
    hourly: container.useHourlyPricing === undefined ? true : toFlag(container.useHourlyPricing),
    host: hosts[0]!,
  };
}

/** `verifyOrder` / `placeOrder` of a dedicated host: the priced order, and once placed a new empty host. */
export function dedicatedHostOrder(
  container: Record<string, unknown>,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const order = parseHostOrder(container);
  const priced = { ...container, prices: [priceView(order.price)] };
  if (!place) return priced;
  const { state, now } = input.context;
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    const host = state.dedicatedHosts.insert({
      id: state.allocateId('dedicatedHost'),
      name: order.host.name,
      datacenterId: order.datacenterId,
      backendRouterId: order.host.routerId,
      cpuCount: order.cpuCount,
      memoryCapacityGb: order.memoryCapacityGb,
      diskCapacityGb: order.diskCapacityGb,
      hourly: order.hourly,
      createdAt: now,
      modifiedAt: now,
      orderId,
      ownerUserId: input.context.user.id,
      tags: [],
    });
    state.orders.insert({
      id: orderId,
      createdAt: now,
      userId: input.context.user.id,
      priceIds: [order.price.id],
      guestIds: [],
      status: 'APPROVED',
    });
    return {
      orderId,
      orderDate: formatApiDate(now),
      orderDetails: {
        ...priced,
        hardware: [{ id: host.id, hostname: host.name, domain: order.host.domain }],
      },
      placedOrder: {
        id: orderId,
        status: 'APPROVED',
        createDate: formatApiDate(now),
        accountId: state.accountId,
      },
    };
  });
}
