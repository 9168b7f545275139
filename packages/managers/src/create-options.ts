import type { SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Location_Region,
  SoftLayer_Product_Item,
  SoftLayer_Product_Item_Price,
  SoftLayer_Product_Package_Preset,
} from '@sl/types';
import { signalOption } from './list-options';
import { ManagerError } from './manager-error';

/*
 * What the reference's VS and hardware managers read to say what a server can be created with (`get_create_options`)
 * and to build a hardware order: a package's items, presets and regions, and a datacenter's location group.
 */

/** The items' properties the create options and orders read (the reference's mask). */
export const PACKAGE_ITEMS_MASK: string =
  'mask[id,keyName,capacity,description,attributes[id,attributeTypeKeyName],itemCategory[id,categoryCode],' +
  'softwareDescription[id,referenceCode,longDescription],prices[categories]]';

/** The item categories listed as extras. */
export const EXTRA_CATEGORIES: ReadonlySet<string> = new Set([
  'pri_ipv6_addresses',
  'static_ipv6_addresses',
  'sec_ip_addresses',
  'trusted_platform_module',
  'software_guard_extensions',
]);

/** A package as the create options read it. */
export interface CreatePackage {
  packageId: number;
  items: SoftLayer_Product_Item[];
  /** Active presets, then the account's restricted ones. */
  presets: SoftLayer_Product_Package_Preset[];
  regions: SoftLayer_Location_Region[];
  /** The datacenter's `Location Group …` price group, when a datacenter was given and has one. */
  locationGroupId: number | undefined;
}

/** One orderable item of a create-options answer: its prices for the datacenter (else the default prices). */
export interface CreateOptionItem {
  name: string | undefined;
  key: string | undefined;
  prices: SoftLayer_Product_Item_Price[];
}

/** A preset's size line: its name, key and fees. */
export interface PresetSize {
  name: string | undefined;
  key: string | undefined;
  hourlyRecurringFee: number;
  recurringFee: number;
}

/**
 * Reads a package (by key name) as the reference's `_get_package` does, in its order of calls, then the datacenter's
 * price groups when one is given. `SL_NOT_FOUND` for an unknown package or datacenter.
 */
export async function readCreatePackage(
  client: SoftLayerClient,
  keyName: string,
  datacenter: string | undefined,
  signal: AbortSignal | undefined,
): Promise<CreatePackage> {
  const control = signalOption(signal);
  const packages = await client.call('Product_Package', 'getAllObjects', {
    mask: 'mask[id]',
    filter: { keyName: { operation: keyName } },
    ...control,
  });
  const packageId = packages[packages.length - 1]?.id;
  if (packageId === undefined) throw new ManagerError('SL_NOT_FOUND', `no package ${keyName}`);
  const items = await client.call('Product_Package', 'getItems', {
    id: packageId,
    mask: PACKAGE_ITEMS_MASK,
    ...control,
  });
  const active = await client.call('Product_Package', 'getActivePresets', {
    id: packageId,
    mask: 'mask[prices]',
    ...control,
  });
  const restricted = await client.call('Product_Package', 'getAccountRestrictedActivePresets', {
    id: packageId,
    mask: 'mask[prices]',
    ...control,
  });
  const regions = await client.call('Product_Package', 'getRegions', {
    id: packageId,
    mask: 'location[location[priceGroups]]',
    ...control,
  });
  let locationGroupId: number | undefined;
  if (datacenter !== undefined) {
    const found = await client.call('Location', 'getDatacenters', {
      mask: 'mask[priceGroups]',
      filter: { name: { operation: datacenter } },
      limit: 1,
      ...control,
    });
    if (found.length === 0) throw new ManagerError('SL_NOT_FOUND', `no datacenter named ${datacenter}`);
    // Only the groups named `Location Group …` price items; the last one wins, as in the reference.
    for (const group of found[0]?.priceGroups ?? []) {
      if (group.description?.startsWith('Location')) locationGroupId = group.id;
    }
  }
  return {
    packageId,
    items: [...items],
    presets: [...active, ...restricted],
    regions: [...regions],
    locationGroupId,
  };
}

/** The package's datacenters (only `datacenter` when given): long and short names. */
export function locationsOf(
  regions: readonly SoftLayer_Location_Region[],
  datacenter: string | undefined,
): Array<{ name: string | undefined; key: string | undefined }> {
  return regions
    .map((region) => region.location?.location)
    .filter((location) => datacenter === undefined || location?.name === datacenter)
    .map((location) => ({ name: location?.longName, key: location?.name }));
}

/** The presets as sizes with their fees for the location group. */
export function sizesOf(
  presets: readonly SoftLayer_Product_Package_Preset[],
  items: readonly SoftLayer_Product_Item[],
  locationGroupId: number | undefined,
): PresetSize[] {
  return presets.map((preset) => ({
    name: preset.description,
    key: preset.keyName,
    hourlyRecurringFee: presetCost(preset, items, 'hourlyRecurringFee', locationGroupId),
    recurringFee: presetCost(preset, items, 'recurringFee', locationGroupId),
  }));
}

/** The reference's `get_item_price`: the prices of the location group when it has some, else the default ones. */
export function itemPrices(
  prices: readonly SoftLayer_Product_Item_Price[] | undefined,
  locationGroupId: number | undefined,
): SoftLayer_Product_Item_Price[] {
  const all = prices ?? [];
  const local = locationGroupId ? all.filter((price) => price.locationGroupId === locationGroupId) : [];
  return local.length > 0 ? local : all.filter((price) => !price.locationGroupId);
}

/**
 * The reference's `_get_preset_cost`: the sum of a preset's fees, for a location group from the package's items.
 * Differs on purpose: with a location group the reference keeps only the last price's cost (it assigns instead of
 * adding); we add them all.
 */
function presetCost(
  preset: SoftLayer_Product_Package_Preset,
  items: readonly SoftLayer_Product_Item[],
  key: 'hourlyRecurringFee' | 'recurringFee',
  locationGroupId: number | undefined,
): number {
  let total = 0;
  for (const price of preset.prices ?? []) {
    if (!locationGroupId) {
      total += Number(price[key] ?? 0);
      continue;
    }
    for (const item of items) {
      if (item.id !== price.itemId) continue;
      for (const local of item.prices ?? []) {
        if ((local.locationGroupId ?? 0) === locationGroupId) total += Number(local[key] ?? 0);
      }
    }
  }
  return total;
}
