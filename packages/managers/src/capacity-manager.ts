import type { CallMask, SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Product_Order,
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Container_Product_Order_Virtual_ReservedCapacity,
  SoftLayer_Location_Region,
  SoftLayer_Network_Pod,
  SoftLayer_Product_Item,
  SoftLayer_Virtual_ReservedCapacityGroup,
} from '@sl/types';
import { checkFlag, checkPositive, checkText, invalid } from './check-input';
import { type CallControl, signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';
import { OrderingManager } from './ordering-manager';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';
import { type CreateInstanceOptions, VsManager } from './vs-manager';

const PACKAGE = 'RESERVED_CAPACITY';
const SERVICE = 'Virtual_ReservedCapacityGroup';
const LIST_MASK =
  'mask[availableInstanceCount, occupiedInstanceCount, instances[id, billingItem[description, hourlyRecurringFee]],' +
  ' instanceCount, backendRouter[datacenter]]';
const GROUP_MASK = 'mask[instances[billingItem[item[keyName],category], guest], backendRouter[datacenter]]';
const GUEST_GROUP_MASK =
  'mask[instances[id, billingItem[id, item[id,keyName]]], backendRouter[id, datacenter[name]]]';

/** A reserved capacity group: its id, or its name. */
export type CapacityIdentifier = number | string;

/** A region of the reserved capacity package with each location's network pods (`getAvailableRouters`). */
export type CapacityRegion = SoftLayer_Location_Region & {
  locations?: Array<{ location?: { name?: string; pods?: SoftLayer_Network_Pod[] } }>;
};

/** A guest to create in a group: `createInstance`'s options without what the group decides, plus its disk. */
export type CapacityGuestOptions = Omit<
  CreateInstanceOptions,
  'flavor' | 'datacenter' | 'localDisk' | 'hourly'
> & {
  /** The boot disk size in GB (`25` or `100`): completes the flavor (`B1_1X2X25`). */
  primaryDisk: number | string;
  /** Add a public IPv6 address. */
  ipv6?: boolean;
};

/**
 * Reserved capacity (`SoftLayer_Virtual_ReservedCapacityGroup`): instances of one flavor reserved for a term, and
 * guests created in them, as the reference client's `CapacityManager`.
 */
export class CapacityManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(name) => this.#idsFromName(name)];
  }

  /** The account's groups with their instance counts, instances and router. */
  async list(options: CallControl = {}): Promise<SoftLayer_Virtual_ReservedCapacityGroup[]> {
    return this.#client.call('Account', 'getReservedCapacityGroups', {
      mask: LIST_MASK,
      ...signalOption(options.signal),
    });
  }

  /** One group with its instances (flavor, category, guest) and router, or `mask`'s properties. */
  async getObject(
    group: CapacityIdentifier,
    options: { mask?: CallMask } & CallControl = {},
  ): Promise<SoftLayer_Virtual_ReservedCapacityGroup> {
    const id = await this.resolveId(group, options);
    return this.#client.call(SERVICE, 'getObject', {
      id,
      ...withMask(options.mask, GROUP_MASK),
      ...signalOption(options.signal),
    });
  }

  /** The flavors and terms that can be reserved, with their prices' location groups. */
  async getCreateOptions(options: CallControl = {}): Promise<SoftLayer_Product_Item[]> {
    return [
      ...(await new OrderingManager(this.#client).listItems(PACKAGE, {
        mask: 'mask[attributes,prices[pricingLocationGroup]]',
        ...signalOption(options.signal),
      })),
    ];
  }

  /** The package's regions, each location with its network pods (their backend routers); only `dc`'s when given. */
  async getAvailableRouters(options: { dc?: string } & CallControl = {}): Promise<CapacityRegion[]> {
    if (options.dc !== undefined) checkText(options.dc, 'dc', 'getAvailableRouters');
    const control = signalOption(options.signal);
    const pkg = await new OrderingManager(this.#client).getPackageByKey(PACKAGE, { mask: 'id', ...control });
    // Regions and pods have no id to order pages by: pages follow the API's order, as the reference's. Differs on
    // purpose: the mask asks for the locations' `location` (their names), which the reference reads without asking.
    const regions: CapacityRegion[] = await this.#client.call('Product_Package', 'getRegions', {
      id: pkg.id as number,
      mask: 'mask[locations[location]]',
      iter: true,
      stableOrder: false,
      ...control,
    });
    const pods = await this.#client.call('Network_Pod', 'getAllObjects', {
      ...(options.dc === undefined ? {} : { filter: { datacenterName: { operation: options.dc } } }),
      iter: true,
      stableOrder: false,
      ...control,
    });
    for (const region of regions) {
      for (const location of region.locations ?? []) {
        if (location.location) {
          location.location.pods = pods.filter((pod) => pod.datacenterName === location.location?.name);
        }
      }
    }
    return regions;
  }

  /**
   * Reserves `instances` instances of a flavor (`B1_1X2_1_YEAR_TERM`) behind a backend router; `test` only verifies.
   * Resolves with the receipt (or the verified order).
   */
  async create(
    name: string,
    backendRouterId: number,
    flavor: string,
    instances: number,
    options: { test?: boolean } & CallControl = {},
  ): Promise<SoftLayer_Container_Product_Order_Receipt | SoftLayer_Container_Product_Order> {
    checkText(name, 'name', 'create');
    checkPositive(backendRouterId, 'backendRouterId', 'create');
    checkText(flavor, 'flavor', 'create');
    checkPositive(instances, 'instances', 'create');
    checkFlag(options.test, 'create: test');
    const ordering = new OrderingManager(this.#client);
    const extras: SoftLayer_Container_Product_Order_Virtual_ReservedCapacity = { backendRouterId, name };
    const orderOptions = {
      extras,
      quantity: instances,
      complexType: 'SoftLayer_Container_Product_Order_Virtual_ReservedCapacity',
      hourly: true,
      ...signalOption(options.signal),
    };
    return options.test
      ? ordering.verifyOrder(PACKAGE, 0, [flavor], orderOptions)
      : ordering.placeOrder(PACKAGE, 0, [flavor], orderOptions);
  }

  /**
   * Creates a guest in a free instance of a group (`test`: only verifies): the group's flavor with `primaryDisk`,
   * in its datacenter, monthly, SAN disks, as the reference's `create_guest`.
   */
  async createGuest(
    group: CapacityIdentifier,
    test: boolean,
    guest: CapacityGuestOptions,
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Product_Order_Receipt | SoftLayer_Container_Product_Order> {
    if (typeof test !== 'boolean') throw invalid('createGuest: test must be true or false');
    if (guest === null || typeof guest !== 'object') throw invalid('createGuest: give the guest');
    const disk = String(guest.primaryDisk ?? '');
    if (!/^\d+$/.test(disk))
      throw invalid(`createGuest: primaryDisk must be a size in GB, got ${disk || 'nothing'}`);
    checkFlag(guest.ipv6, 'createGuest: ipv6');
    const control = signalOption(options.signal);
    const id = await this.resolveId(group, options);
    const capacity = await this.getObject(id, { mask: GUEST_GROUP_MASK, ...control });
    const keyName = capacity.instances?.[0]?.billingItem?.item?.keyName;
    const datacenter = capacity.backendRouter?.datacenter?.name;
    if (!keyName || !datacenter) throw new ManagerError('SL_NOT_FOUND', 'Unable to find capacity Flavor.');
    // `B1_1X2_1_YEAR_TERM` → `B1_1X2` + `X25`, as the reference builds it.
    const flavor = `${keyName.slice(0, -12)}X${disk}`;
    const { primaryDisk: _disk, ipv6, ...rest } = guest;
    const template: SoftLayer_Container_Product_Order & { reservedCapacityId?: number } = await new VsManager(
      this.#client,
    ).verifyCreateInstance({
      ...rest,
      flavor,
      datacenter,
      localDisk: false,
      hourly: false,
      ...control,
    });
    template.reservedCapacityId = id as number;
    if (ipv6) {
      const [price] = await new OrderingManager(this.#client).getPriceIdList(
        'PUBLIC_CLOUD_SERVER',
        ['1_IPV6_ADDRESS'],
        control,
      );
      template.prices = [...(template.prices ?? []), { id: price as number }];
    }
    return this.#client.call('Product_Order', test ? 'verifyOrder' : 'placeOrder', {
      args: [template],
      ...control,
    });
  }

  /** The ids of the groups an identifier names: an id, or a name. */
  resolveIds(group: CapacityIdentifier, options: CallControl = {}): Promise<Array<number | string>> {
    return resolveIds(
      group,
      options.signal === undefined ? this.#resolvers : [(name) => this.#idsFromName(name, options.signal)],
    );
  }

  /** The one group an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(group: CapacityIdentifier, options: CallControl = {}): Promise<number | string> {
    return resolveId(
      group,
      options.signal === undefined ? this.#resolvers : [(name) => this.#idsFromName(name, options.signal)],
      'reserved capacity group',
    );
  }

  async #idsFromName(name: string, signal?: AbortSignal): Promise<number[]> {
    const groups = await this.#client.call('Account', 'getReservedCapacityGroups', {
      mask: 'id',
      filter: { reservedCapacityGroups: { name: { operation: name } } },
      ...signalOption(signal),
    });
    return groups.map((group) => group.id as number);
  }
}
