// Orders of software licenses (`SoftLayer_Container_Product_Order_Software_License`, package 301): placing one adds
// an account license (`SoftLayer_Software_AccountLicense`) per price, billed monthly.
import { faults } from '../api-fault';
import type { DatacenterSpec } from '../data/catalog';
import { LICENSE_PACKAGE_RECORD, licenseEffectOf } from '../data/license-products';
import { type ProductPrice, productCatalog } from '../data/products';
import { priceView } from '../models/product';
import { toInteger } from './arguments';
import { orderDatacenter } from './order-location';
import { recordOrder } from './order-receipt';
import type { MethodInput } from './service-definition';

const COMPLEX_TYPE = 'SoftLayer_Container_Product_Order_Software_License';
const KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Whether an order container orders software licenses (by its complex type, as the API picks the container). */
export function isLicenseOrder(container: Record<string, unknown>): boolean {
  return container.complexType === COMPLEX_TYPE;
}

/** The license key of an ordered license: five groups of five, derived from its id (the same on every run). */
export function orderedLicenseKey(id: number): string {
  let seed = (id * 2_654_435_761) >>> 0;
  const characters: string[] = [];
  for (let index = 0; index < 25; index += 1) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    characters.push(KEY_ALPHABET[(seed >>> 16) % KEY_ALPHABET.length] as string);
  }
  return Array.from({ length: 5 }, (_, group) => characters.slice(group * 5, group * 5 + 5).join('')).join(
    '-',
  );
}

/** The package 301 prices and the datacenter of an order, checked. */
function checkOrder(container: Record<string, unknown>): {
  prices: ProductPrice[];
  datacenter: DatacenterSpec;
} {
  const catalog = productCatalog();
  if (toInteger(container.packageId) !== LICENSE_PACKAGE_RECORD.id) {
    throw faults.invalidValue(
      `Software licenses are ordered from package ${LICENSE_PACKAGE_RECORD.id} (SOFTWARE_LICENSE_PACKAGE).`,
    );
  }
  const entries = Array.isArray(container.prices) ? container.prices : [];
  if (entries.length === 0) throw faults.invalidValue('A software license order takes at least one price.');
  const prices = entries.map((entry) => {
    const given = (entry as { id?: unknown } | null)?.id;
    const price = catalog.priceById.get(toInteger(given) ?? -1);
    if (!price || licenseEffectOf(price.itemId) === undefined) {
      throw faults.invalidValue(
        `Price # ${JSON.stringify(given ?? null)} is not a software license price of package ${LICENSE_PACKAGE_RECORD.id}.`,
      );
    }
    return price;
  });
  const datacenter = orderDatacenter(container.location);
  return { prices, datacenter };
}

/** Verifies (`place` false) or places a software license order; placing adds an account license per price. */
export function licenseOrder(
  container: Record<string, unknown>,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const { prices, datacenter } = checkOrder(container);
  const details = {
    ...container,
    location: String(datacenter.id),
    prices: prices.map((price) => priceView(price)),
  };
  if (!place) return details;
  const { state, now } = input.context;
  const catalog = productCatalog();
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    const items = prices.map((price, index) => {
      const item = catalog.itemById.get(price.itemId);
      const effect = licenseEffectOf(price.itemId);
      if (!item || !effect) throw faults.invalidValue(`Price # ${price.id} is not a software license price.`);
      const id = state.allocateId('license');
      state.licenses.insert({
        id,
        kind: 'account',
        itemKeyName: item.keyName,
        softwareName: effect.softwareName,
        manufacturer: effect.manufacturer,
        longDescription: item.description,
        key: orderedLicenseKey(id),
        capacity: item.capacity,
        requiredUser: effect.requiredUser,
        ipAddress: null,
        monthlyFee: Number(price.recurringFee),
        datacenterId: datacenter.id,
        createdAt: now,
      });
      return {
        id: orderId * 10 + index,
        itemId: price.itemId,
        itemPriceId: price.id,
        description: item.description,
        recurringFee: price.recurringFee,
      };
    });
    const receipt = recordOrder(input, orderId, { priceIds: prices.map((price) => price.id), details });
    (receipt.placedOrder as Record<string, unknown>).items = items;
    return receipt;
  });
}
