import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import { localizedPrice, priceFitsLocation } from '../data/location-prices';
import { type ProductPrice, productCatalog, VIRTUAL_PACKAGE_ID } from '../data/products';
import type { GuestRecord } from '../data/records';
import { presetView, priceView } from '../models/product';
import type { ViewContext } from '../models/type-model';
import { objectArg, toFlag, toInteger } from './arguments';
import { checkGuestSpec, createGuest, type GuestSpec, securityGroupsOf } from './create-guest';
import { dedicatedHostOrder, isDedicatedHostOrder } from './dedicated-host-service';
import { firewallOrder, isFirewallOrder } from './firewall-order';
import { applyPlacement, orderPlacements } from './guest-order-placement';
import {
  hardwareUpgrade,
  isHardwareOrder,
  isHardwareUpgrade,
  placeHardwareOrder,
  verifyHardwareOrder,
} from './hardware-order';
import { ipsecOrder, isIpsecOrder } from './ipsec-order';
import { isLicenseOrder, licenseOrder } from './license-order';
import { placeQuote } from './place-quote';
import { priceNotInLocation } from './price-location';
import { isReservedCapacityOrder, reservedCapacityOrder } from './reserved-capacity-service';
import type { MethodInput, ServiceDefinition } from './service-definition';
import { value } from './service-definition';
import { isStorageOrder, storageOrder } from './storage-order';
import { isSubnetOrder, subnetOrder } from './subnet-order';
import { isVlanOrder, vlanOrder } from './vlan-order';

interface ParsedOrder {
  container: Record<string, unknown>;
  prices: ProductPrice[];
  specs: GuestSpec[];
}

function locationName(location: unknown): string | undefined {
  if (location === undefined || location === null) return undefined;
  const text = String(location);
  const match = DATACENTERS.find(
    (dc) => dc.name === text.toLowerCase() || String(dc.id) === text || dc.region === text.toUpperCase(),
  );
  return match?.name ?? text;
}

/** The name of the datacenter an order's location names, when it names one. */
function knownDatacenter(location: unknown): string | undefined {
  const name = locationName(location);
  return DATACENTERS.some((dc) => dc.name === name) ? name : undefined;
}

/** Reads an order container (a `SoftLayer_Container_Product_Order_Virtual_Guest` or a generic one). */
function parseOrder(container: Record<string, unknown>, context: ViewContext, orderId: number): ParsedOrder {
  const catalog = productCatalog();
  const packageId = toInteger(container.packageId) ?? VIRTUAL_PACKAGE_ID;
  if (!catalog.packages.some((pkg) => pkg.id === packageId)) throw faults.objectNotFound(packageId);
  const priceEntries = Array.isArray(container.prices) ? container.prices : [];
  const prices: ProductPrice[] = [];
  for (const entry of priceEntries) {
    const given = (entry as { id?: unknown } | null)?.id;
    const id = toInteger(given);
    const price = id === undefined ? undefined : catalog.priceById.get(id);
    if (!price)
      throw faults.invalidValue(
        `Price # ${JSON.stringify(given ?? null)} does not exist in package ${packageId}.`,
      );
    const datacenter = knownDatacenter(container.location);
    if (!priceFitsLocation(price, datacenter)) throw priceNotInLocation(price, datacenter ?? '');
    // A standard price is charged at the item's regional price where the datacenter has one.
    prices.push(localizedPrice(price, datacenter, catalog.prices));
  }
  const preset = toInteger(container.presetId);
  const presetRecord = preset === undefined ? undefined : catalog.presetById.get(preset);
  if (preset !== undefined && !presetRecord) throw faults.objectNotFound(preset);

  let cores = presetRecord?.cores;
  let memoryMb = presetRecord?.memoryMb;
  let osCode: string | undefined;
  let portSpeed: number | undefined;
  for (const price of prices) {
    const effect = catalog.itemById.get(price.itemId)?.effect;
    cores = effect?.cores ?? cores;
    memoryMb = effect?.memoryMb ?? memoryMb;
    osCode = effect?.osCode ?? osCode;
    portSpeed = effect?.portSpeed ?? portSpeed;
  }
  const guests = Array.isArray(container.virtualGuests) ? container.virtualGuests : [];
  if (packageId === VIRTUAL_PACKAGE_ID && guests.length === 0) {
    throw faults.missingParameter('The order must name at least one virtual guest (virtualGuests).');
  }
  const sshKeyIds = (Array.isArray(container.sshKeys) ? container.sshKeys : [])
    .flatMap((entry) => ((entry as { sshKeyIds?: unknown[] } | null)?.sshKeyIds ?? []) as unknown[])
    .map((id) => toInteger(id))
    .filter((id): id is number => id !== undefined);
  const imageTemplateId = toInteger(container.imageTemplateId);
  const scripts = Array.isArray(container.provisionScripts) ? container.provisionScripts : [];
  const specs = guests.map((guest): GuestSpec => {
    const template = guest as Record<string, unknown>;
    const userData = Array.isArray(template.userData)
      ? (template.userData[0] as { value?: unknown } | undefined)
      : undefined;
    return {
      hostname: template.hostname,
      domain: template.domain,
      cpus: cores ?? 1,
      memoryMb: memoryMb ?? 1024,
      datacenter: locationName(container.location),
      osCode: osCode ?? (imageTemplateId === undefined ? undefined : 'UBUNTU_22_64'),
      ...(imageTemplateId === undefined ? {} : { imageTemplateId }),
      hourly: container.useHourlyPricing === undefined ? true : toFlag(container.useHourlyPricing),
      localDisk: false,
      privateNetworkOnly: false,
      dedicated: false,
      sshKeyIds,
      ...(typeof scripts[0] === 'string' ? { postInstallScriptUri: scripts[0] } : {}),
      ...(typeof userData?.value === 'string' ? { userData: userData.value } : {}),
      orderId,
      presetKeyName: presetRecord?.keyName ?? null,
      ...(portSpeed === undefined ? {} : { portSpeed }),
      securityGroups: securityGroupsOf(template),
    };
  });
  for (const spec of specs) checkGuestSpec(context.state, spec);
  return { container, prices, specs };
}

function orderDetails(order: ParsedOrder, guests: readonly GuestRecord[]): Record<string, unknown> {
  const { virtualGuests: _templates, ...rest } = order.container;
  return {
    ...rest,
    location: order.specs[0]?.datacenter ?? rest.location,
    prices: order.prices.map((price) => priceView(price)),
    virtualGuests:
      guests.length > 0
        ? guests.map((guest) => ({
            id: guest.id,
            hostname: guest.hostname,
            domain: guest.domain,
            fullyQualifiedDomainName: `${guest.hostname}.${guest.domain}`,
            globalIdentifier: guest.globalIdentifier,
          }))
        : order.specs.map((spec) => ({ hostname: spec.hostname, domain: spec.domain })),
  };
}

/** An upgrade order (`…_Virtual_Guest_Upgrade`): new cores, memory or port speed for existing guests. */
function upgrade(
  container: Record<string, unknown>,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const catalog = productCatalog();
  const { state, now } = input.context;
  const targets = (Array.isArray(container.virtualGuests) ? container.virtualGuests : []).map((entry) => {
    const id = toInteger((entry as { id?: unknown } | null)?.id);
    const guest = id === undefined ? undefined : state.guests.get(id);
    if (!guest) throw faults.objectNotFound(id ?? 'undefined');
    return guest;
  });
  if (targets.length === 0)
    throw faults.missingParameter('The upgrade must name the guest to upgrade (virtualGuests[].id).');
  const prices = (Array.isArray(container.prices) ? container.prices : []).map((entry) => {
    const given = (entry as { id?: unknown } | null)?.id;
    const price = catalog.priceById.get(toInteger(given) ?? -1);
    if (!price)
      throw faults.invalidValue(`Price # ${JSON.stringify(given ?? null)} is not an upgrade option.`);
    return price;
  });
  if (container.presetId !== undefined && container.presetId !== null) {
    // An upgrade to a preset (slcli's `vs upgrade --flavor`): the preset's own prices.
    const preset = catalog.presetById.get(toInteger(container.presetId) ?? -1);
    if (!preset) {
      throw faults.invalidValue(`Preset # ${JSON.stringify(container.presetId)} is not an upgrade option.`);
    }
    for (const view of presetView(preset).prices as Array<{ id: number }>) {
      const price = catalog.priceById.get(view.id);
      if (price) prices.push(price);
    }
  }
  if (prices.length === 0) throw faults.missingParameter('The upgrade names no prices.');
  if (!place) return { ...container, prices: prices.map((price) => priceView(price)) };
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    for (const guest of targets) {
      for (const price of prices) {
        const effect = catalog.itemById.get(price.itemId)?.effect;
        if (effect?.cores) guest.maxCpu = effect.cores;
        if (effect?.memoryMb) guest.maxMemory = effect.memoryMb;
        if (effect?.portSpeed) guest.publicSpeed = effect.portSpeed;
      }
      guest.modifiedAt = now;
    }
    state.orders.insert({
      id: orderId,
      createdAt: now,
      userId: input.context.user.id,
      priceIds: prices.map((p) => p.id),
      guestIds: targets.map((g) => g.id),
      status: 'APPROVED',
    });
    return {
      orderId,
      orderDate: formatApiDate(now),
      orderDetails: { ...container, prices: prices.map((price) => priceView(price)) },
      placedOrder: {
        id: orderId,
        status: 'APPROVED',
        createDate: formatApiDate(now),
        accountId: state.accountId,
      },
    };
  });
}

/**
 * The order inside the container: the container itself, or, as the reference client sends it, the one element of
 * `orderContainers` (`{ orderContainers: [order] }`). Several containers in one order are refused.
 */
function innerOrder(container: Record<string, unknown>): {
  order: Record<string, unknown>;
  wrapped: boolean;
} {
  const inner = container.orderContainers;
  if (inner === undefined || inner === null) return { order: container, wrapped: false };
  if (!Array.isArray(inner) || inner.length !== 1 || typeof inner[0] !== 'object' || inner[0] === null) {
    throw faults.invalidValue('The emulator takes exactly one order in orderContainers.');
  }
  return { order: inner[0] as Record<string, unknown>, wrapped: true };
}

/** The answer in the shape of the question: wrapped orders get their details back in `orderContainers`. */
function inShape(details: Record<string, unknown>, wrapped: boolean): Record<string, unknown> {
  return wrapped ? { ...details, orderContainers: [details] } : details;
}

function isUpgrade(container: Record<string, unknown>): boolean {
  return typeof container.complexType === 'string' && container.complexType.endsWith('_Upgrade');
}

const verifyOrder = (input: MethodInput) => {
  const { order: container, wrapped } = innerOrder(objectArg(input.call.args, 0, 'order container'));
  if (isHardwareUpgrade(container)) return value(hardwareUpgrade(container, input, false));
  if (isDedicatedHostOrder(container))
    return value(inShape(dedicatedHostOrder(container, input, false), wrapped));
  if (isReservedCapacityOrder(container)) {
    return value(inShape(reservedCapacityOrder(container, input, false), wrapped));
  }
  if (isStorageOrder(container)) return value(inShape(storageOrder(container, input, false), wrapped));
  if (isUpgrade(container)) return value(upgrade(container, input, false));
  if (isSubnetOrder(container)) return value(inShape(subnetOrder(container, input, false), wrapped));
  if (isFirewallOrder(container)) return value(inShape(firewallOrder(container, input, false), wrapped));
  if (isIpsecOrder(container)) return value(inShape(ipsecOrder(container, input, false), wrapped));
  if (isLicenseOrder(container)) return value(inShape(licenseOrder(container, input, false), wrapped));
  if (isVlanOrder(container)) return value(inShape(vlanOrder(container, input, false), wrapped));
  if (isHardwareOrder(container)) return value(inShape(verifyHardwareOrder(container), wrapped));
  const order = parseOrder(container, input.context, 0);
  orderPlacements(container, order.specs, input.context.state);
  return value(inShape(orderDetails(order, []), wrapped));
};

export const productOrderService: ServiceDefinition = {
  name: 'SoftLayer_Product_Order',
  type: 'SoftLayer_Container_Product_Order',
  methods: {
    verifyOrder,
    placeQuote: placeQuote(verifyOrder),
    placeOrder: (input: MethodInput) => {
      const { order: container, wrapped } = innerOrder(objectArg(input.call.args, 0, 'order container'));
      if (isHardwareUpgrade(container)) return value(hardwareUpgrade(container, input, true));
      if (isDedicatedHostOrder(container)) return value(dedicatedHostOrder(container, input, true));
      if (isReservedCapacityOrder(container)) return value(reservedCapacityOrder(container, input, true));
      if (isStorageOrder(container)) return value(storageOrder(container, input, true));
      if (isUpgrade(container)) return value(upgrade(container, input, true));
      if (isSubnetOrder(container)) return value(subnetOrder(container, input, true));
      if (isFirewallOrder(container)) return value(firewallOrder(container, input, true));
      if (isIpsecOrder(container)) return value(ipsecOrder(container, input, true));
      if (isLicenseOrder(container)) return value(licenseOrder(container, input, true));
      if (isVlanOrder(container)) return value(vlanOrder(container, input, true));
      if (isHardwareOrder(container)) {
        return value(placeHardwareOrder(container, input, (details) => inShape(details, wrapped)));
      }
      const { state } = input.context;
      const { now } = input.context;
      const receipt = state.mutate(() => {
        const orderId = state.allocateId('order');
        const order = parseOrder(container, input.context, orderId);
        const placements = orderPlacements(container, order.specs, state);
        const guests = order.specs.map((spec, index) => {
          const guest = createGuest(state, spec, {
            now,
            provisioningMs: input.settings.provisioningMs,
            ownerUserId: input.context.user.id,
          });
          applyPlacement(guest, placements[index]);
          return guest;
        });
        state.orders.insert({
          id: orderId,
          createdAt: now,
          userId: input.context.user.id,
          priceIds: order.prices.map((price) => price.id),
          guestIds: guests.map((guest) => guest.id),
          status: 'APPROVED',
        });
        const details = orderDetails(order, guests);
        return {
          orderId,
          orderDate: formatApiDate(now),
          orderDetails: inShape(details, wrapped),
          placedOrder: {
            id: orderId,
            accountId: state.accountId,
            createDate: formatApiDate(now),
            status: 'APPROVED',
            userRecordId: input.context.user.id,
            items: (details.prices as Array<Record<string, unknown>>).map((price, index) => ({
              id: orderId * 10 + index,
              itemId: price.itemId,
              itemPriceId: price.id,
              description: (price.item as { description?: string } | undefined)?.description,
              hourlyRecurringFee: price.hourlyRecurringFee,
              recurringFee: price.recurringFee,
            })),
          },
        };
      });
      return value(receipt);
    },
  },
};
