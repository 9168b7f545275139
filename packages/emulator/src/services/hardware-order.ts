// Orders of bare metal servers (`SoftLayer_Container_Product_Order_Hardware_Server`): checked against the bare metal
// package, and, when placed, servers that provision for `provisioningMs` before they are ready.
import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import { localizedPrice, priceFitsLocation } from '../data/location-prices';
import { BARE_METAL_PACKAGE_ID, type ProductPrice, productCatalog } from '../data/products';
import { createRandom, randomUuid } from '../data/random';
import type { HardwareRecord } from '../data/records';
import { priceView } from '../models/product';
import { checkDomain, checkHostname, toFlag, toInteger } from './arguments';
import { recordOrder } from './order-receipt';
import { priceNotInLocation } from './price-location';
import type { MethodInput } from './service-definition';

/** The categories every server order must have a price of (the server itself may come from the preset). */
const REQUIRED_CATEGORIES = [
  'os',
  'bandwidth',
  'port_speed',
  'pri_ip_addresses',
  'remote_management',
  'vpn_management',
];

export function isHardwareOrder(container: Record<string, unknown>): boolean {
  return container.complexType === 'SoftLayer_Container_Product_Order_Hardware_Server';
}

interface HardwareOrder {
  container: Record<string, unknown>;
  prices: ProductPrice[];
  datacenterId: number;
  cores: number;
  memoryGb: number;
  osCode: string;
  portSpeed: number;
  privateOnly: boolean;
  hourly: boolean;
  servers: Array<{ hostname: string; domain: string }>;
}

/** Reads and checks a server order; a fault naming the first thing wrong. */
function parseHardwareOrder(container: Record<string, unknown>): HardwareOrder {
  const catalog = productCatalog();
  const packageId = toInteger(container.packageId);
  if (packageId !== BARE_METAL_PACKAGE_ID) {
    throw faults.invalidValue(
      `A server order must be for package ${BARE_METAL_PACKAGE_ID} (BARE_METAL_SERVER).`,
    );
  }
  const location = String(container.location ?? '');
  const datacenter = DATACENTERS.find(
    (dc) =>
      String(dc.id) === location ||
      dc.name === location.toLowerCase() ||
      dc.region === location.toUpperCase(),
  );
  if (!datacenter) throw faults.invalidValue(`Invalid location "${location}": not a datacenter.`);
  const prices = (Array.isArray(container.prices) ? container.prices : []).map((entry) => {
    const given = (entry as { id?: unknown } | null)?.id;
    const price = catalog.priceById.get(toInteger(given) ?? -1);
    if (!price || catalog.itemById.get(price.itemId)?.packageId !== BARE_METAL_PACKAGE_ID) {
      throw faults.invalidValue(
        `Price # ${JSON.stringify(given ?? null)} does not exist in package ${packageId}.`,
      );
    }
    if (!priceFitsLocation(price, datacenter.name)) throw priceNotInLocation(price, datacenter.name);
    // A standard price is charged at the item's regional price where the datacenter has one.
    return localizedPrice(price, datacenter.name, catalog.prices);
  });
  const presetId = toInteger(container.presetId);
  const preset = presetId === undefined ? undefined : catalog.presetById.get(presetId);
  if (presetId !== undefined && preset?.packageId !== BARE_METAL_PACKAGE_ID)
    throw faults.objectNotFound(presetId);
  const items = prices.map((price) => catalog.itemById.get(price.itemId)!);
  const categories = new Set(items.map((item) => item.categoryCode));
  for (const required of [...REQUIRED_CATEGORIES, ...(preset ? [] : ['server'])]) {
    if (!categories.has(required))
      throw faults.invalidValue(`The order is missing a price of category ${required}.`);
  }
  const server = items.find((item) => item.categoryCode === 'server');
  const portItem = items.find((item) => item.categoryCode === 'port_speed')!;
  const servers = (Array.isArray(container.hardware) ? container.hardware : []).map((entry) => {
    const template = (entry ?? {}) as Record<string, unknown>;
    return { hostname: checkHostname(template.hostname), domain: checkDomain(template.domain) };
  });
  if (servers.length === 0)
    throw faults.missingParameter('The order must name the servers to create (hardware).');
  const quantity = toInteger(container.quantity) ?? servers.length;
  if (quantity !== servers.length) {
    throw faults.invalidValue(
      `The quantity (${quantity}) must match the number of servers (${servers.length}).`,
    );
  }
  return {
    container,
    prices,
    datacenterId: datacenter.id,
    cores: preset?.cores ?? server?.capacity ?? 4,
    memoryGb: preset ? preset.memoryMb / 1024 : 32,
    osCode: items.find((item) => item.effect?.osCode)?.effect?.osCode ?? 'UBUNTU_22_64',
    portSpeed: portItem.effect?.portSpeed ?? 100,
    privateOnly: (portItem.attributes ?? []).includes('IS_PRIVATE_NETWORK_ONLY'),
    hourly: container.useHourlyPricing === undefined ? true : toFlag(container.useHourlyPricing),
    servers,
  };
}

/** Adds the ordered servers, provisioning from now. Call inside `mutate`. */
function createServers(order: HardwareOrder, input: MethodInput): HardwareRecord[] {
  const { state, now } = input.context;
  let ipIndex = 60_000;
  for (const server of state.hardware.all()) {
    if (server.datacenterId === order.datacenterId) ipIndex = Math.max(ipIndex, server.ipIndex + 1);
  }
  return order.servers.map((server, index) => {
    const id = state.allocateId('hardware');
    const random = createRandom(id ^ state.seed);
    const endsAt = now + Math.max(0, input.settings.provisioningMs);
    return state.hardware.insert({
      id,
      hostname: server.hostname,
      domain: server.domain,
      cores: order.cores,
      memoryGb: order.memoryGb,
      datacenterId: order.datacenterId,
      ipIndex: ipIndex + index,
      osCode: order.osCode,
      hourly: order.hourly,
      createdAt: now,
      provisionedAt: endsAt,
      tags: [],
      globalIdentifier: randomUuid(random),
      rootPassword: `${random.hex(8)}Q${random.int(10, 99)}`,
      transaction: {
        id: state.allocateId('transaction'),
        kind: 'provision',
        groupName: 'Server Provision',
        startedAt: now,
        endsAt,
      },
      lastReloadId: null,
      publicSpeed: order.privateOnly ? 0 : order.portSpeed,
      privateSpeed: order.portSpeed,
    });
  });
}

/** The order as the API prices it, with the servers (their ids once placed). */
function details(order: HardwareOrder, created: readonly HardwareRecord[]): Record<string, unknown> {
  return {
    ...order.container,
    location: DATACENTERS.find((dc) => dc.id === order.datacenterId)?.name,
    prices: order.prices.map((price) => priceView(price)),
    hardware:
      created.length > 0
        ? created.map((server) => ({
            id: server.id,
            hostname: server.hostname,
            domain: server.domain,
            fullyQualifiedDomainName: `${server.hostname}.${server.domain}`,
            globalIdentifier: server.globalIdentifier,
          }))
        : order.servers,
  };
}

/** `verifyOrder` of a server order: the priced order, nothing created. */
export function verifyHardwareOrder(container: Record<string, unknown>): Record<string, unknown> {
  return details(parseHardwareOrder(container), []);
}

/** `placeOrder` of a server order: the servers exist (provisioning) and the order is recorded; the receipt. */
export function placeHardwareOrder(
  container: Record<string, unknown>,
  input: MethodInput,
  inShape: (details: Record<string, unknown>) => Record<string, unknown>,
): Record<string, unknown> {
  const order = parseHardwareOrder(container);
  const { state } = input.context;
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    const servers = createServers(order, input);
    return recordOrder(input, orderId, {
      priceIds: order.prices.map((price) => price.id),
      details: inShape(details(order, servers)),
    });
  });
}

/** The categories a server upgrade can change. */
const UPGRADE_CATEGORIES = /^(ram|port_speed|bandwidth|disk_controller|disk\d)$/;

/**
 * `Hardware_Server::getUpgradeItemPrices`: the bare metal package's memory, port speed, bandwidth, disk controller and
 * drive prices, one entry per category (a drive price appears once for each slot, with the same id, as the API lists
 * them).
 */
export function hardwareUpgradePrices(): Array<Record<string, unknown>> {
  const catalog = productCatalog();
  return catalog.prices
    .filter((price) => catalog.itemById.get(price.itemId)?.packageId === BARE_METAL_PACKAGE_ID)
    .flatMap((price) =>
      (price.categoryCodes ?? [price.categoryCode])
        .filter((code) => UPGRADE_CATEGORIES.test(code))
        .map((code) => {
          const view = priceView({ ...price, categoryCode: code, categoryCodes: [code] });
          return view;
        }),
    );
}

export function isHardwareUpgrade(container: Record<string, unknown>): boolean {
  return container.complexType === 'SoftLayer_Container_Product_Order_Hardware_Server_Upgrade';
}

/**
 * A server upgrade order: memory, port speeds, bandwidth, disk controller and drives of existing servers, applied at
 * once when placed (the API applies them in the maintenance window). Every price and server is checked first.
 */
export function hardwareUpgrade(
  container: Record<string, unknown>,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const catalog = productCatalog();
  const { state } = input.context;
  const servers = (Array.isArray(container.hardware) ? container.hardware : []).map((entry) => {
    const id = toInteger((entry as { id?: unknown } | null)?.id);
    const server = id === undefined ? undefined : state.hardware.get(id);
    if (!server) throw faults.objectNotFound(id ?? 'undefined');
    return server;
  });
  if (servers.length === 0)
    throw faults.missingParameter('The upgrade must name the server (hardware[].id).');
  const changes = (Array.isArray(container.prices) ? container.prices : []).map((entry) => {
    const given = entry as { id?: unknown; categories?: Array<{ categoryCode?: unknown }> } | null;
    const price = catalog.priceById.get(toInteger(given?.id) ?? -1);
    const item = price ? catalog.itemById.get(price.itemId) : undefined;
    const codes = price?.categoryCodes ?? (price ? [price.categoryCode] : []);
    const wanted = given?.categories?.[0]?.categoryCode;
    const category = typeof wanted === 'string' ? wanted : codes[0];
    if (
      !price ||
      !item ||
      item.packageId !== BARE_METAL_PACKAGE_ID ||
      !category ||
      !codes.includes(category)
    ) {
      throw faults.invalidValue(`Price # ${JSON.stringify(given?.id ?? null)} is not an upgrade option.`);
    }
    if (!UPGRADE_CATEGORIES.test(category)) {
      throw faults.invalidValue(`Price # ${price.id} (${category}) is not an upgrade option.`);
    }
    return { price, item, category };
  });
  if (changes.length === 0) throw faults.missingParameter('The upgrade names no prices.');
  const priced = {
    ...container,
    prices: changes.map(({ price, category }) =>
      priceView({ ...price, categoryCode: category, categoryCodes: [category] }),
    ),
  };
  if (!place) return priced;
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    for (const server of servers) {
      for (const { item, category } of changes) {
        if (category === 'ram' && item.effect?.memoryMb) server.memoryGb = item.effect.memoryMb / 1024;
        if (category === 'port_speed' && item.effect?.portSpeed) {
          server.privateSpeed = item.effect.portSpeed;
          server.publicSpeed = (item.attributes ?? []).includes('IS_PRIVATE_NETWORK_ONLY')
            ? 0
            : item.effect.portSpeed;
        }
        if (category === 'disk_controller') server.diskController = item.description;
        if (category.startsWith('disk') && category !== 'disk_controller' && item.effect?.diskGb) {
          server.drives = { ...server.drives, [category]: item.effect.diskGb };
        }
      }
    }
    return recordOrder(input, orderId, { priceIds: changes.map(({ price }) => price.id), details: priced });
  });
}
