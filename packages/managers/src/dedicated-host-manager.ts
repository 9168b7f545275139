import type { CallMask, ListResult, SoftLayerClient } from '@sl/client';
import { type FilterCondition, type ObjectFilter, queryFilter } from '@sl/filter';
import type {
  SoftLayer_Container_Product_Order,
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Hardware,
  SoftLayer_Location_Region,
  SoftLayer_Product_Item,
  SoftLayer_Product_Package,
  SoftLayer_Virtual_DedicatedHost,
  SoftLayer_Virtual_Guest,
} from '@sl/types';
import { checkFlag, checkText, criterion, invalid } from './check-input';
import { type CallControl, type ListOptions, listOptions, signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';
import { OrderingManager } from './ordering-manager';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';

const SERVICE = 'Virtual_DedicatedHost';

const LIST_MASK =
  'mask[id,name,createDate,cpuCount,diskCapacity,memoryCapacity,guestCount,datacenter,backendRouter,' +
  'allocationStatus,billingItem[orderItem[order[userRecord]]]]';

const HOST_MASK =
  'id,name,cpuCount,memoryCapacity,diskCapacity,createDate,modifyDate,backendRouter[id,hostname,domain],' +
  'billingItem[id,nextInvoiceTotalRecurringAmount,children[categoryCode,nextInvoiceTotalRecurringAmount],' +
  'orderItem[id,order.userRecord[username]]],datacenter[id,name,longName],guests[id,hostname,domain,uuid],guestCount';

const GUESTS_MASK =
  'mask[id,globalIdentifier,hostname,domain,fullyQualifiedDomainName,primaryBackendIpAddress,primaryIpAddress,' +
  'lastKnownPowerState.name,hourlyBillingFlag,powerState,maxCpu,maxMemory,datacenter,' +
  'activeTransaction.transactionStatus[friendlyName,name],status]';

const PACKAGE_MASK =
  'items[id,description,prices,capacity,keyName,itemCategory[categoryCode],' +
  'bundleItems[capacity,keyName,categories[categoryCode],hardwareGenericComponentModel[id,' +
  'hardwareComponentType[keyName]]]],regions[location[location[priceGroups]]]';

/** A dedicated host: its id, or its name. */
export type DedicatedHostIdentifier = number | string;

/** What `DedicatedHostManager.listInstances` takes: criteria in the search shorthand. */
export interface ListDedicatedHostsOptions extends ListOptions {
  tags?: readonly string[];
  /** The host's name. */
  hostname?: string;
  datacenter?: string;
  /** The id of the order that bought it. */
  order?: number;
  /** The username of who ordered it. */
  owner?: string;
}

/** What `DedicatedHostManager.listGuests` takes: criteria of the guests on the host. */
export interface ListHostGuestsOptions extends ListOptions {
  tags?: readonly string[];
  cpus?: number | string;
  memory?: number | string;
  hostname?: string;
  domain?: string;
  localDisk?: boolean;
  nicSpeed?: number | string;
  publicIp?: string;
  privateIp?: string;
}

/** What `verifyOrder` / `placeOrder` take. */
export interface DedicatedHostOrderOptions extends CallControl {
  hostname: string;
  domain: string;
  /** A datacenter short name (`dal13`). */
  location: string;
  /** The flavor key name (`56_CORES_X_242_RAM_X_1_4_TB`, from `getCreateOptions`). */
  flavor: string;
  hourly: boolean;
  /** The backend router's hostname (`bcr01a.dal13`); the first available one when left out. */
  router?: string;
}

/** What `getCreateOptions` resolves with. */
export interface DedicatedHostCreateOptions {
  locations: Array<{ name: string | undefined; key: string | undefined }>;
  dedicatedHost: Array<{ name: string | undefined; key: string | undefined }>;
}

/** What `cancelGuests` resolves with, a line a guest. */
export interface CancelledGuest {
  id: number;
  fqdn: string | undefined;
  /** `Cancelled`, or `Exception: <the API's message>`. */
  status: string;
}

function tagsCondition(tags: readonly string[], method: string): ObjectFilter {
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || tag === '')) {
    throw invalid(`${method}: tags must be a list of non-empty tag names`);
  }
  return { tag: { name: { operation: 'in', options: [{ name: 'data', value: [...tags] }] } } };
}

/**
 * Dedicated hosts (`SoftLayer_Virtual_DedicatedHost`), as the reference client's `DedicatedHostManager`: listing,
 * details, their guests, ordering and cancelling. A host is given by id or name.
 */
export class DedicatedHostManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(name) => this.#idsFromName(name)];
  }

  /** The account's dedicated hosts with their sizes, guest counts, allocation and order, matching the criteria. */
  async listInstances(
    options: ListDedicatedHostsOptions = {},
  ): Promise<ListResult<SoftLayer_Virtual_DedicatedHost>> {
    const where = 'listInstances';
    const hosts: Record<string, ObjectFilter | FilterCondition> = {};
    if (options.tags !== undefined && options.tags.length > 0)
      hosts.tagReferences = tagsCondition(options.tags, where);
    if (options.hostname !== undefined) hosts.name = criterion(options.hostname, 'hostname', where);
    if (options.datacenter !== undefined)
      hosts.datacenter = { name: criterion(options.datacenter, 'datacenter', where) };
    const order: Record<string, ObjectFilter | FilterCondition> = {};
    if (options.order !== undefined) order.id = criterion(options.order, 'order', where);
    if (options.owner !== undefined)
      order.userRecord = { username: criterion(options.owner, 'owner', where) };
    if (Object.keys(order).length > 0) hosts.billingItem = { orderItem: { order } };
    const own: ObjectFilter = Object.keys(hosts).length === 0 ? {} : { dedicatedHosts: hosts };
    return this.#client.call('Account', 'getDedicatedHosts', listOptions(options, { mask: LIST_MASK, own }));
  }

  /** One host with its router, billing, datacenter and guests, or `mask`'s properties. */
  async getHost(
    host: DedicatedHostIdentifier,
    options: { mask?: CallMask } & CallControl = {},
  ): Promise<SoftLayer_Virtual_DedicatedHost> {
    const id = await this.resolveId(host, options);
    return this.#client.call(SERVICE, 'getObject', {
      id,
      ...withMask(options.mask, HOST_MASK),
      ...signalOption(options.signal),
    });
  }

  /** The guests on a host (every page), matching the criteria. */
  async listGuests(
    host: DedicatedHostIdentifier,
    options: ListHostGuestsOptions = {},
  ): Promise<ListResult<SoftLayer_Virtual_Guest>> {
    const where = 'listGuests';
    const guests: Record<string, ObjectFilter | FilterCondition> = {};
    if (options.tags !== undefined && options.tags.length > 0)
      guests.tagReferences = tagsCondition(options.tags, where);
    if (options.cpus !== undefined) guests.maxCpu = criterion(options.cpus, 'cpus', where);
    if (options.memory !== undefined) guests.maxMemory = criterion(options.memory, 'memory', where);
    if (options.hostname !== undefined) guests.hostname = criterion(options.hostname, 'hostname', where);
    if (options.domain !== undefined) guests.domain = criterion(options.domain, 'domain', where);
    if (options.localDisk !== undefined) {
      checkFlag(options.localDisk, `${where}: localDisk`);
      guests.localDiskFlag = queryFilter(options.localDisk);
    }
    if (options.nicSpeed !== undefined) {
      guests.networkComponents = { maxSpeed: criterion(options.nicSpeed, 'nicSpeed', where) };
    }
    if (options.publicIp !== undefined)
      guests.primaryIpAddress = criterion(options.publicIp, 'publicIp', where);
    if (options.privateIp !== undefined) {
      guests.primaryBackendIpAddress = criterion(options.privateIp, 'privateIp', where);
    }
    const own: ObjectFilter = Object.keys(guests).length === 0 ? {} : { guests };
    const id = await this.resolveId(host, options);
    return this.#client.call(SERVICE, 'getGuests', {
      id,
      ...listOptions(options, { mask: GUESTS_MASK, own, everyPage: true }),
    });
  }

  /** Cancels a host at once (`deleteObject`); the API refuses while guests run on it. */
  async cancelHost(host: DedicatedHostIdentifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(host, options);
    return this.#client.call(SERVICE, 'deleteObject', { id, ...signalOption(options.signal) });
  }

  /**
   * Cancels every guest on a host, one by one; resolves with each guest's outcome (`Cancelled`, or the API's fault
   * message), empty when the host has none.
   */
  async cancelGuests(host: DedicatedHostIdentifier, options: CallControl = {}): Promise<CancelledGuest[]> {
    const id = await this.resolveId(host, options);
    const control = signalOption(options.signal);
    const guests = await this.#client.call(SERVICE, 'getGuests', {
      id,
      mask: 'id,fullyQualifiedDomainName',
      ...control,
    });
    const result: CancelledGuest[] = [];
    for (const guest of guests) {
      let status = 'Cancelled';
      try {
        await this.#client.call('Virtual_Guest', 'deleteObject', { id: guest.id as number, ...control });
      } catch (error) {
        if (options.signal?.aborted) throw error;
        status = `Exception: ${error instanceof Error ? error.message : String(error)}`;
      }
      result.push({ id: guest.id as number, fqdn: guest.fullyQualifiedDomainName, status });
    }
    return result;
  }

  /** Where a host can be ordered and its flavors. */
  async getCreateOptions(options: CallControl = {}): Promise<DedicatedHostCreateOptions> {
    const pkg = await this.#package(options.signal);
    return {
      locations: (pkg.regions ?? []).map((region) => ({
        name: region.location?.location?.longName,
        key: region.location?.location?.name,
      })),
      dedicatedHost: (pkg.items ?? [])
        .filter((item) => item.itemCategory?.categoryCode === 'dedicated_virtual_hosts')
        .map((item) => ({ name: item.description, key: item.keyName })),
    };
  }

  /** The backend routers a host of `flavor` can be ordered on in `datacenter`. */
  async getRouterOptions(
    datacenter: string,
    flavor: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Hardware[]> {
    checkText(datacenter, 'the datacenter', 'getRouterOptions');
    checkText(flavor, 'the flavor', 'getRouterOptions');
    const pkg = await this.#package(options.signal);
    const region = regionOf(pkg, datacenter);
    return this.#routers(region, itemOf(pkg, flavor), options.signal);
  }

  /** Checks a host order without placing it; resolves with the priced order. */
  async verifyOrder(options: DedicatedHostOrderOptions): Promise<SoftLayer_Container_Product_Order> {
    const order = await this.#order(options, 'verifyOrder');
    return this.#client.call('Product_Order', 'verifyOrder', {
      args: [order],
      ...signalOption(options.signal),
    });
  }

  /** Orders a dedicated host (billed!); resolves with the receipt (its `hardware` holds the new host). */
  async placeOrder(options: DedicatedHostOrderOptions): Promise<SoftLayer_Container_Product_Order_Receipt> {
    const order = await this.#order(options, 'placeOrder');
    return this.#client.call('Product_Order', 'placeOrder', {
      args: [order],
      ...signalOption(options.signal),
    });
  }

  /** The ids of the hosts an identifier names: an id, or a name. */
  resolveIds(host: DedicatedHostIdentifier, options: CallControl = {}): Promise<Array<number | string>> {
    return resolveIds(
      host,
      options.signal === undefined ? this.#resolvers : [(name) => this.#idsFromName(name, options.signal)],
    );
  }

  /** The one host an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(host: DedicatedHostIdentifier, options: CallControl = {}): Promise<number | string> {
    return resolveId(
      host,
      options.signal === undefined ? this.#resolvers : [(name) => this.#idsFromName(name, options.signal)],
      'dedicated host',
    );
  }

  async #idsFromName(name: string, signal?: AbortSignal): Promise<number[]> {
    const hosts = await this.#client.call('Account', 'getDedicatedHosts', {
      mask: 'id',
      filter: { dedicatedHosts: { name: { operation: name } } },
      ...signalOption(signal),
    });
    return hosts.map((host) => host.id as number);
  }

  #package(signal: AbortSignal | undefined): Promise<SoftLayer_Product_Package> {
    return new OrderingManager(this.#client).getPackageByKey('DEDICATED_HOST', {
      mask: PACKAGE_MASK,
      ...signalOption(signal),
    });
  }

  /**
   * The routers for a flavor in a region (`getAvailableRouters` with the host the flavor makes). Differs on purpose:
   * the datacenter id comes from the region's location, which the package mask returns; the reference reads
   * `locationPackageDetails`, which that mask does not ask for.
   */
  async #routers(
    region: SoftLayer_Location_Region,
    item: SoftLayer_Product_Item,
    signal: AbortSignal | undefined,
  ): Promise<SoftLayer_Hardware[]> {
    const bundled = (code: string) =>
      item.bundleItems?.find((bundle) =>
        bundle.categories?.some((category) => category.categoryCode === code),
      )?.capacity;
    const datacenterId = region.location?.location?.id;
    if (datacenterId === undefined)
      throw new ManagerError('SL_NOT_FOUND', 'Could not find available routers');
    const host: SoftLayer_Virtual_DedicatedHost = {
      cpuCount: Number(item.capacity),
      memoryCapacity: Number(bundled('dedicated_host_ram')),
      diskCapacity: Number(bundled('dedicated_host_disk')),
      datacenter: { id: datacenterId },
    };
    return this.#client.call(SERVICE, 'getAvailableRouters', {
      args: [host],
      mask: 'id,hostname',
      ...signalOption(signal),
    });
  }

  /** The reference's `_generate_create_dict`: the flavor's standard price, the region, the router. */
  async #order(
    options: DedicatedHostOrderOptions,
    method: string,
  ): Promise<SoftLayer_Container_Product_Order> {
    for (const key of ['hostname', 'domain', 'location', 'flavor'] as const)
      checkText(options?.[key], key, method);
    if (typeof options.hourly !== 'boolean') throw invalid(`${method}: hourly must be true or false`);
    if (options.router !== undefined) checkText(options.router, 'router', method);
    const pkg = await this.#package(options.signal);
    const item = itemOf(pkg, options.flavor);
    const region = regionOf(pkg, options.location);
    const price = (item.prices ?? []).find((candidate) => !candidate.locationGroupId)?.id;
    if (price === undefined) throw new ManagerError('SL_NOT_FOUND', 'Could not find valid price');
    const routers = await this.#routers(region, item, options.signal);
    const router = (
      options.router === undefined
        ? routers[0]
        : routers.find((candidate) => candidate.hostname === options.router)
    )?.id;
    if (router === undefined) {
      throw new ManagerError('SL_NOT_FOUND', `Could not find valid router ${options.router ?? ''}`.trim());
    }
    return {
      complexType: 'SoftLayer_Container_Product_Order_Virtual_DedicatedHost',
      quantity: 1,
      ...(region.keyname === undefined ? {} : { location: region.keyname }),
      ...(pkg.id === undefined ? {} : { packageId: pkg.id }),
      prices: [{ id: price }],
      hardware: [
        {
          hostname: options.hostname,
          domain: options.domain,
          primaryBackendNetworkComponent: { router: { id: router } },
        },
      ],
      useHourlyPricing: options.hourly,
    };
  }
}

function itemOf(pkg: SoftLayer_Product_Package, flavor: string): SoftLayer_Product_Item {
  const item = (pkg.items ?? []).find((candidate) => candidate.keyName === flavor);
  if (!item) throw new ManagerError('SL_NOT_FOUND', `Could not find valid item for: '${flavor}'`);
  return item;
}

function regionOf(pkg: SoftLayer_Product_Package, datacenter: string): SoftLayer_Location_Region {
  const region = (pkg.regions ?? []).find((candidate) => candidate.location?.location?.name === datacenter);
  if (!region) throw new ManagerError('SL_NOT_FOUND', `Could not find valid location for: '${datacenter}'`);
  return region;
}
