import type { CallMask, ListResult, SoftLayerClient } from '@sl/client';
import type { ObjectFilter } from '@sl/filter';
import type {
  SoftLayer_Billing_Order,
  SoftLayer_Container_Product_Order,
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Location_Region,
  SoftLayer_Product_Item,
  SoftLayer_Product_Item_Price,
  SoftLayer_Product_Package,
  SoftLayer_Product_Package_Order_Configuration,
  SoftLayer_Product_Package_Preset,
} from '@sl/types';
import { checkMask, checkPositive, checkText, invalid } from './check-input';
import type { CallControl, ListOptions } from './list-options';
import { filterOption, listOptions, signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';

/** A mask replacing a method's default one, and a signal. */
export interface OrderingMaskOption extends CallControl {
  mask?: string;
}

/** What `verifyOrder`, `placeOrder` and `generateOrder` take besides the package, location and items. */
export interface OrderOptions extends CallControl {
  /** The order container's type, e.g. `SoftLayer_Container_Product_Order_Virtual_Guest`. Required. */
  complexType: string;
  /** Hourly billing (default true); false for monthly. */
  hourly?: boolean;
  /** The key name of a preset of the package (`B1_1X2X25`): its cores choose capacity-restricted prices. */
  preset?: string;
  /**
   * Anything else the order needs, set before the managed properties (which win), e.g.
   * `{ virtualGuests: [{ hostname: 'web1', domain: 'example.com' }] }`.
   */
  extras?: SoftLayer_Container_Product_Order;
  /** How many to order (default 1). */
  quantity?: number;
}

/** What `getPriceIdList` takes besides the package and the items. */
export interface PriceIdOptions extends CallControl {
  /** The core count that capacity-restricted prices must fit (a preset's); default: from the items ordered. */
  core?: number | string;
}

const PACKAGE_MASK = 'id, name, keyName, isActive, type';
const ITEM_MASK = 'id, keyName, description, itemCategory, categories, prices';
const CATEGORY_MASK = 'id, isRequired, itemCategory[id, name, categoryCode]';
const PRESET_MASK = 'id, name, keyName, description, prices[id, hourlyRecurringFee, recurringFee], locations';
const PRICE_ID_ITEM_MASK = 'id, description, capacity, itemCategory, keyName, prices[categories]';
const ORDER_DETAIL_MASK = `mask[orderTotalAmount,orderApprovalDate,initialInvoice[id,amount,invoiceTotalAmount,
  invoiceTopLevelItems[id, description, hostName, domainName, oneTimeAfterTaxAmount, recurringAfterTaxAmount,
  createDate, categoryCode, category[name], location[name],
  children[id, category[name], description, oneTimeAfterTaxAmount, recurringAfterTaxAmount]]],
  items[description], userRecord[displayName, userStatus]]`;

/** Categories whose items have one generic price per slot (`gpu0`, `gpu1`, …), chosen by how many were ordered. */
const SLOTTED_CATEGORIES = new Set(['gpu0', 'pcie_slot0']);

/** A datacenter name (`dal13`), as the reference tells names from region key names (`DALLAS13`). */
const DATACENTER_NAME = /^[a-zA-Z]{3}[0-9]{2}/;

function checkKeyNames(value: unknown, what: string): readonly string[] {
  if (!Array.isArray(value)) throw invalid(`${what} must be a list of item key names`);
  for (const keyName of value) checkText(keyName, `${what}: an item key name`);
  return value as readonly string[];
}

function checkLocation(value: unknown, what: string): number | string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw invalid(`${what} must be a datacenter id (a whole number), got ${value}`);
    }
    return value;
  }
  return checkText(value, what);
}

function isActive(pkg: SoftLayer_Product_Package): boolean {
  // The API sends 1/0; a mask without isActive leaves it out, and then we keep the package.
  return pkg.isActive === undefined || Boolean(Number(pkg.isActive));
}

function isOutlet(pkg: SoftLayer_Product_Package): boolean {
  return `${pkg.description ?? ''} ${pkg.name ?? ''}`.toUpperCase().includes('OUTLET');
}

/**
 * The product catalog and orders (`SoftLayer_Product_Package`, `SoftLayer_Product_Order`), as the reference
 * client's `OrderingManager`: packages, items, presets and locations by key name, and orders built from key names.
 */
export class OrderingManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** The active packages (`id, name, keyName, isActive, type` unless another mask is given). */
  async listPackages(options: ListOptions = {}): Promise<SoftLayer_Product_Package[]> {
    checkMask(options.mask);
    const packages = await this.#client.call(
      'Product_Package',
      'getAllObjects',
      listOptions(options, { mask: PACKAGE_MASK }),
    );
    return OrderingManager.getOnlyActivePackages(packages);
  }

  /** The packages that are not outlet packages (`OUTLET` in the name or description), which cannot be ordered so. */
  static filterOutletPackages(packages: readonly SoftLayer_Product_Package[]): SoftLayer_Product_Package[] {
    return packages.filter((pkg) => !isOutlet(pkg));
  }

  /** The active packages (`isActive` 1); a package without `isActive` (not in the mask) is kept. */
  static getOnlyActivePackages(packages: readonly SoftLayer_Product_Package[]): SoftLayer_Product_Package[] {
    return packages.filter(isActive);
  }

  /** The package with a key name (`PUBLIC_CLOUD_SERVER`); `ManagerError` `SL_NOT_FOUND` when there is none. */
  async getPackageByKey(
    packageKey: string,
    options: OrderingMaskOption = {},
  ): Promise<SoftLayer_Product_Package> {
    checkText(packageKey, 'the package key name');
    checkMask(options.mask);
    const packages = await this.#client.call('Product_Package', 'getAllObjects', {
      ...withMask(options.mask),
      filter: { keyName: { operation: packageKey } },
      ...signalOption(options.signal),
    });
    const found = packages.at(-1);
    if (found === undefined) throw new ManagerError('SL_NOT_FOUND', `Package ${packageKey} does not exist`);
    return found;
  }

  /** The packages of some types (`VIRTUAL_SERVER_INSTANCE`, `BARE_METAL_CPU`, …), outlet packages left out. */
  async getPackagesOfType(
    packageTypes: readonly string[],
    options: OrderingMaskOption = {},
  ): Promise<SoftLayer_Product_Package[]> {
    if (!Array.isArray(packageTypes) || packageTypes.length === 0) {
      throw invalid('getPackagesOfType: give at least one package type key name');
    }
    for (const type of packageTypes) checkText(type, 'getPackagesOfType: a package type');
    checkMask(options.mask);
    const packages = await this.#client.call('Product_Package', 'getAllObjects', {
      ...withMask(options.mask),
      filter: {
        type: { keyName: { operation: 'in', options: [{ name: 'data', value: [...packageTypes] }] } },
      },
      ...signalOption(options.signal),
    });
    return OrderingManager.filterOutletPackages(packages);
  }

  /** One package of a type (the last the API lists, as the reference), or `undefined` when there is none. */
  async getPackageByType(
    packageType: string,
    options: OrderingMaskOption = {},
  ): Promise<SoftLayer_Product_Package | undefined> {
    checkText(packageType, 'getPackageByType: the package type');
    return (await this.getPackagesOfType([packageType], options)).at(-1);
  }

  /** The id of a package of a type; `ManagerError` `SL_NOT_FOUND` when there is none. */
  async getPackageIdByType(packageType: string, options: CallControl = {}): Promise<number> {
    const pkg = await this.getPackageByType(packageType, {
      mask: 'mask[id, name, description, isActive, type[keyName]]',
      ...signalOption(options.signal),
    });
    if (pkg?.id === undefined) {
      throw new ManagerError('SL_NOT_FOUND', `No package found for type: ${packageType}`);
    }
    return pkg.id;
  }

  /** The order configuration of a package: its item categories, and which are required. */
  async listCategories(
    packageKey: string,
    options: ListOptions = {},
  ): Promise<ListResult<SoftLayer_Product_Package_Order_Configuration>> {
    checkMask(options.mask);
    const id = await this.#packageId(packageKey, options.signal);
    return this.#client.call('Product_Package', 'getConfiguration', {
      id,
      ...listOptions(options, { mask: CATEGORY_MASK }),
    });
  }

  /** The items of a package (key name, description, category, prices). */
  async listItems(
    packageKey: string,
    options: ListOptions = {},
  ): Promise<ListResult<SoftLayer_Product_Item>> {
    checkMask(options.mask);
    const id = await this.#packageId(packageKey, options.signal);
    return this.#client.call('Product_Package', 'getItems', {
      id,
      ...listOptions(options, { mask: ITEM_MASK }),
    });
  }

  /** The presets of a package that can be ordered: the active ones, then those only this account may order. */
  async listPresets(
    packageKey: string,
    options: ListOptions = {},
  ): Promise<SoftLayer_Product_Package_Preset[]> {
    checkMask(options.mask);
    const id = await this.#packageId(packageKey, options.signal);
    return this.#presetLists({ id, ...listOptions(options, { mask: PRESET_MASK }) });
  }

  /** The preset of a package with a key name; `ManagerError` `SL_NOT_FOUND` naming both when there is none. */
  async getPresetByKey(
    packageKey: string,
    presetKey: string,
    options: OrderingMaskOption = {},
  ): Promise<SoftLayer_Product_Package_Preset> {
    checkText(packageKey, 'the package key name');
    checkText(presetKey, 'the preset key name');
    checkMask(options.mask);
    const keyName = { operation: `_= ${presetKey}` };
    const id = await this.#packageId(packageKey, options.signal);
    // Like the reference, no mask unless one is given (listPresets has a default one).
    const presets = await this.#presetLists({
      id,
      ...withMask(options.mask),
      filter: { activePresets: { keyName }, accountRestrictedActivePresets: { keyName } },
      ...signalOption(options.signal),
    });
    const found = presets[0];
    if (found === undefined) {
      throw new ManagerError('SL_NOT_FOUND', `Preset ${presetKey} does not exist in package ${packageKey}`);
    }
    return found;
  }

  /**
   * The price ids to order items of a package by key name, in the same order: for each item, its standard price
   * (no location group, no term) that fits the core count (`core`, else the capacity of the core/processor item
   * ordered). An item the package lacks, or one without such a price, is a `ManagerError` naming it.
   */
  async getPriceIdList(
    packageKey: string,
    itemKeys: readonly string[],
    options: PriceIdOptions = {},
  ): Promise<number[]> {
    checkText(packageKey, 'the package key name');
    checkKeyNames(itemKeys, 'the items');
    const items = await this.listItems(packageKey, {
      mask: PRICE_ID_ITEM_MASK,
      ...signalOption(options.signal),
    });
    const core = options.core ?? OrderingManager.getItemCapacity(items, itemKeys);
    const slots = new Map<string, number>();
    return itemKeys.map((itemKey) => {
      const item = items.find((candidate) => candidate.keyName === itemKey);
      if (item === undefined) {
        throw new ManagerError('SL_NOT_FOUND', `Item ${itemKey} does not exist for package ${packageKey}`);
      }
      const category = item.itemCategory?.categoryCode ?? '';
      let priceId: number | undefined;
      if (SLOTTED_CATEGORIES.has(category)) {
        const slot = slots.get(category) ?? 0;
        slots.set(category, slot + 1);
        const slotCategory = `${category.slice(0, -1)}${slot}`;
        priceId = (item.prices ?? []).find(
          (price) => !price.locationGroupId && price.categories?.[0]?.categoryCode === slotCategory,
        )?.id;
      } else {
        priceId = OrderingManager.getItemPriceId(core, item.prices ?? []);
      }
      // The reference sends a null price id here and lets the API fail; we say which item it is.
      if (priceId === undefined) {
        throw new ManagerError(
          'SL_NOT_FOUND',
          `Item ${itemKey} of package ${packageKey} has no standard price${core === undefined ? '' : ` for ${core} cores`}`,
        );
      }
      return priceId;
    });
  }

  /**
   * The standard price among `prices` (no location group, term `term`) that fits `core` when it is
   * capacity-restricted (`CORE`/`STORAGE` restrictions by range, `PROCESSOR` always); the last one wins, as in the
   * reference. `undefined` when none fits.
   */
  static getItemPriceId(
    core: number | string | undefined,
    prices: readonly SoftLayer_Product_Item_Price[],
    term = 0,
  ): number | undefined {
    let priceId: number | undefined;
    for (const price of prices) {
      const termLength: unknown = price.termLength ?? 0;
      if (price.locationGroupId || !(termLength === term || termLength === '')) continue;
      const restriction = price.capacityRestrictionType;
      if (restriction && core !== undefined) {
        const low = Number(price.capacityRestrictionMinimum ?? -1);
        const high = Number(price.capacityRestrictionMaximum ?? -1);
        const fits = low <= Number(core) && Number(core) <= high;
        if ((restriction.includes('STORAGE') || restriction.includes('CORE')) && fits) priceId = price.id;
        if (restriction.includes('PROCESSOR')) priceId = price.id;
      } else {
        priceId = price.id;
      }
    }
    return priceId;
  }

  /**
   * The capacity capacity-restricted prices must fit for an order of `itemKeys`: that of the last core (`CORE`),
   * tier (`TIER`) or processor (`INTEL`, read from the description's `(N Cores …)`) item ordered; else `undefined`.
   */
  static getItemCapacity(
    items: readonly SoftLayer_Product_Item[],
    itemKeys: readonly string[],
  ): string | undefined {
    let capacity: string | undefined;
    for (const itemKey of itemKeys) {
      const item = items.find((candidate) => candidate.keyName === itemKey);
      if (item?.keyName === undefined) continue;
      if (item.keyName.includes('CORE') || item.keyName.includes('TIER')) {
        capacity = item.capacity === undefined ? capacity : String(item.capacity);
      } else if (item.keyName.includes('INTEL')) {
        // The reference fails on a description without "("; we leave the capacity as it was.
        const inside = (item.description ?? '').split('(')[1];
        if (inside !== undefined) capacity = inside.split(' ')[0];
      }
    }
    return capacity;
  }

  /** A preset with its prices and their items (with their categories). */
  async getPresetPrices(
    presetId: number,
    options: OrderingMaskOption = {},
  ): Promise<SoftLayer_Product_Package_Preset> {
    checkPositive(presetId, 'getPresetPrices: the preset id');
    checkMask(options.mask);
    return this.#client.call('Product_Package_Preset', 'getObject', {
      id: presetId,
      ...withMask(options.mask, 'mask[prices[item]]'),
      ...signalOption(options.signal),
    });
  }

  /** Every price of a package (by id), with the locations of its pricing group. */
  async getItemPrices(
    packageId: number,
    options: CallControl = {},
  ): Promise<ListResult<SoftLayer_Product_Item_Price>> {
    checkPositive(packageId, 'getItemPrices: the package id');
    return this.#client.call('Product_Package', 'getItemPrices', {
      id: packageId,
      mask: 'mask[pricingLocationGroup[locations]]',
      ...signalOption(options.signal),
    });
  }

  /** The items of a package (by id), optionally filtered. */
  async getItems(
    packageId: number,
    options: { filter?: ObjectFilter } & CallControl = {},
  ): Promise<ListResult<SoftLayer_Product_Item>> {
    checkPositive(packageId, 'getItems: the package id');
    return this.#client.call('Product_Package', 'getItems', {
      id: packageId,
      ...filterOption(options.filter),
      ...signalOption(options.signal),
    });
  }

  /** The regions a package (by id) can be ordered in, optionally only those of one datacenter (`dal13`). */
  async getRegions(
    packageId: number,
    options: { location?: string } & CallControl = {},
  ): Promise<ListResult<SoftLayer_Location_Region>> {
    checkPositive(packageId, 'getRegions: the package id');
    const location =
      options.location === undefined ? undefined : checkText(options.location, 'getRegions: location');
    return this.#client.call('Product_Package', 'getRegions', {
      id: packageId,
      ...(location === undefined
        ? {}
        : { filter: { regions: { location: { location: { name: { operation: location } } } } } }),
      ...signalOption(options.signal),
    });
  }

  /** The regions (with their datacenters) a package can be ordered in, by package key name. */
  async packageLocations(
    packageKey: string,
    options: CallControl = {},
  ): Promise<ListResult<SoftLayer_Location_Region>> {
    const id = await this.#packageId(packageKey, options.signal);
    return this.#client.call('Product_Package', 'getRegions', {
      id,
      mask: 'mask[description, keyname, locations]',
      ...signalOption(options.signal),
    });
  }

  /**
   * The id of a datacenter, by name (`dal13`) or region key name (`DALLAS13`); a number is returned as it is and
   * `NONE` (any case) is 0, for orders without a location. `ManagerError` `SL_NOT_FOUND` when no single datacenter
   * matches.
   */
  async getLocationId(location: number | string, options: CallControl = {}): Promise<number> {
    const checked = checkLocation(location, 'the location');
    if (typeof checked === 'number') return checked;
    if (checked.toUpperCase() === 'NONE') return 0;
    const filter: ObjectFilter = DATACENTER_NAME.test(checked)
      ? { name: { operation: checked } }
      : { regions: { keyname: { operation: checked } } };
    const datacenters = await this.#client.call('Location', 'getDatacenters', {
      mask: 'mask[id,name,regions[keyname]]',
      filter,
      ...signalOption(options.signal),
    });
    const id = datacenters.length === 1 ? datacenters[0]?.id : undefined;
    if (id === undefined) throw new ManagerError('SL_NOT_FOUND', `Unable to find location: ${checked}`);
    return id;
  }

  /** An order (`SoftLayer_Billing_Order`) with its totals, invoice, items and user. */
  async getOrderDetail(orderId: number, options: OrderingMaskOption = {}): Promise<SoftLayer_Billing_Order> {
    checkPositive(orderId, 'getOrderDetail: the order id');
    checkMask(options.mask);
    return this.#client.call('Billing_Order', 'getObject', {
      id: orderId,
      ...withMask(options.mask, ORDER_DETAIL_MASK),
      ...signalOption(options.signal),
    });
  }

  /**
   * The order container for items of a package by key name: the package, location and preset looked up by key
   * name, each item's price id (`getPriceIdList`), and `extras` (e.g. the guests' hostnames). Nothing is ordered.
   *
   * Like the reference, the order comes wrapped: `{ orderContainers: [order] }`, what `verifyOrder` and
   * `placeOrder` send.
   */
  async generateOrder(
    packageKey: string,
    location: number | string,
    itemKeys: readonly string[],
    options: OrderOptions,
  ): Promise<SoftLayer_Container_Product_Order> {
    checkText(packageKey, 'the package key name');
    checkLocation(location, 'the location');
    checkKeyNames(itemKeys, 'the items');
    if (options === null || typeof options !== 'object') throw invalid('the order options must be an object');
    checkText(options.complexType, 'complexType (the order container type)');
    const quantity = checkPositive(options.quantity ?? 1, 'the quantity');
    const hourly = options.hourly ?? true;
    if (typeof hourly !== 'boolean') throw invalid('hourly must be true or false');
    if (options.preset !== undefined) checkText(options.preset, 'the preset key name');
    const extras = options.extras ?? {};
    if (extras === null || typeof extras !== 'object' || Array.isArray(extras)) {
      throw invalid('extras must be an object of order container properties');
    }
    const control = signalOption(options.signal);

    const pkg = await this.getPackageByKey(packageKey, { mask: 'id', ...control });
    const order: SoftLayer_Container_Product_Order = {
      ...extras,
      quantity,
      useHourlyPricing: hourly,
      complexType: options.complexType,
    };
    if (pkg.id !== undefined) order.packageId = pkg.id;
    // The metadata types `location` as text (the API's own order templates carry the id as text); the reference
    // sends the number. The API reads either.
    order.location = String(await this.getLocationId(location, control));
    let presetCore: number | string | undefined;
    if (options.preset !== undefined) {
      const preset = await this.getPresetByKey(packageKey, options.preset, control);
      if (preset.id === undefined)
        throw new ManagerError('SL_NOT_FOUND', `Preset ${options.preset} has no id`);
      // The reference masks `prices[item]` and reads `item.itemCategory`, which that mask does not ask for.
      const withPrices = await this.getPresetPrices(preset.id, {
        mask: 'mask[prices[item[itemCategory]]]',
        ...control,
      });
      for (const price of withPrices.prices ?? []) {
        if (price.item?.itemCategory?.categoryCode === 'guest_core') presetCore = price.item.capacity;
      }
      order.presetId = preset.id;
    }
    const priceIds = await this.getPriceIdList(packageKey, itemKeys, {
      ...(presetCore === undefined ? {} : { core: presetCore }),
      ...control,
    });
    order.prices = priceIds.map((id) => ({ id }));
    return { orderContainers: [order] };
  }

  /** Checks an order built from key names (as `generateOrder`) without placing it; resolves with the priced order. */
  async verifyOrder(
    packageKey: string,
    location: number | string,
    itemKeys: readonly string[],
    options: OrderOptions,
  ): Promise<SoftLayer_Container_Product_Order> {
    const order = await this.generateOrder(packageKey, location, itemKeys, options);
    return this.#client.call('Product_Order', 'verifyOrder', {
      args: [order],
      ...signalOption(options.signal),
    });
  }

  /** Places an order built from key names (as `generateOrder`); resolves with the receipt. This costs money. */
  async placeOrder(
    packageKey: string,
    location: number | string,
    itemKeys: readonly string[],
    options: OrderOptions,
  ): Promise<SoftLayer_Container_Product_Order_Receipt> {
    const order = await this.generateOrder(packageKey, location, itemKeys, options);
    return this.#client.call('Product_Order', 'placeOrder', {
      args: [order],
      ...signalOption(options.signal),
    });
  }

  /** The active presets of a package, then those only this account may order (as the reference lists them). */
  async #presetLists(request: {
    id: number;
    mask?: CallMask;
    filter?: ObjectFilter;
    signal?: AbortSignal;
  }): Promise<SoftLayer_Product_Package_Preset[]> {
    const restricted = await this.#client.call(
      'Product_Package',
      'getAccountRestrictedActivePresets',
      request,
    );
    const active = await this.#client.call('Product_Package', 'getActivePresets', request);
    return [...active, ...restricted];
  }

  async #packageId(packageKey: string, signal: AbortSignal | undefined): Promise<number> {
    const pkg = await this.getPackageByKey(packageKey, { mask: 'id', ...signalOption(signal) });
    if (pkg.id === undefined) throw new ManagerError('SL_NOT_FOUND', `Package ${packageKey} has no id`);
    return pkg.id;
  }
}
