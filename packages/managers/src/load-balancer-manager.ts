import type { ListResult, SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Product_Order,
  SoftLayer_Container_Product_Order_Network_LoadBalancer_AsAService,
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Location,
  SoftLayer_Network_Application_Delivery_Controller,
  SoftLayer_Network_LBaaS_L7HealthMonitor,
  SoftLayer_Network_LBaaS_L7Member,
  SoftLayer_Network_LBaaS_L7Policy,
  SoftLayer_Network_LBaaS_L7Pool,
  SoftLayer_Network_LBaaS_L7SessionAffinity,
  SoftLayer_Network_LBaaS_LoadBalancer,
  SoftLayer_Network_LBaaS_LoadBalancerHealthMonitorConfiguration,
  SoftLayer_Network_LBaaS_LoadBalancerProtocolConfiguration,
  SoftLayer_Network_LBaaS_LoadBalancerServerInstanceInfo,
  SoftLayer_Network_LBaaS_PoolMembersHealth,
  SoftLayer_Product_Package,
} from '@sl/types';
import { checkIp, checkMask, checkPositive, checkText, checkWhole, invalid } from './check-input';
import { type CallControl, type ListOptions, listOptions, signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';
import { NetworkManager } from './network-manager';
import { OrderingManager } from './ordering-manager';

/*
 * IBM Cloud load balancers (LBaaS: `SoftLayer_Network_LBaaS_*`) and the legacy Citrix NetScalers
 * (`SoftLayer_Network_Application_Delivery_Controller`), as the reference's `LoadBalancerManager`
 * (managers/load_balancer.py).
 *
 * The LBaaS services address a load balancer by its UUID (`updateLoadBalancerProtocols(uuid, …)`), its
 * `getObject` by its id. Every method here takes either, or the load balancer's name, and turns it into what the
 * call needs the way the reference's `get_lbaas_uuid_id` does (which its CLI runs before each of these calls):
 * a UUID is used as it is (no extra call, so the calls are the reference's), an id or a name costs one lookup.
 */

/** A load balancer: its id (`1234`, or `'1234'`), its UUID, or its name. */
export type LoadBalancerIdentifier = number | string;

/** A mask replacing a method's default one, and a signal. */
export interface LoadBalancerMaskOption extends CallControl {
  mask?: string;
}

/** A load balancer's id and UUID (`getLbaasUuidId`; the reference returns the pair `(uuid, id)`). */
export interface LoadBalancerUuidId {
  uuid: string;
  id: number;
}

/** What `getLb` resolves with: the load balancer, and the health of its pools' members (`health`). */
export type LoadBalancerDetails = SoftLayer_Network_LBaaS_LoadBalancer & {
  /** `getLoadBalancerMemberHealth`: each pool's members, `UP` or `DOWN`. */
  health: SoftLayer_Network_LBaaS_PoolMembersHealth[];
};

/** What `orderLbaas` takes besides the datacenter, name, description, protocols and subnet. */
export interface OrderLbaasOptions extends CallControl {
  /** A public load balancer (`isPublic`; default false: private). */
  public?: boolean;
  /** Only check the order (`verifyOrder`), place nothing (default false: `placeOrder`, which costs money). */
  verify?: boolean;
}

/** The reference's default masks. */
const ADCS_MASK = 'mask[managementIpAddress,outboundPublicBandwidthUsage,primaryIpAddress,datacenter]';
const ADC_MASK =
  'mask[networkVlans, password, managementIpAddress, primaryIpAddress, subnets, tagReferences, ' +
  'licenseExpirationDate, datacenter]';
const LBAAS_MASK = 'mask[datacenter,listenerCount,memberCount]';
const LB_MASK =
  'mask[healthMonitors, l7Pools,  members, sslCiphers, ' +
  'listeners[defaultPool[healthMonitor, members, sessionAffinity],l7Policies]]';
const UUID_ID_MASK = 'mask[id,uuid]';
const ALL_L7_POLICIES_MASK = 'mask[listeners[l7Policies]]';
const ORDER_PACKAGE_MASK = 'mask[id,keyName,itemPrices]';
const ORDER_OPTIONS_MASK = 'mask[id,keyName,name,items[prices],regions[location[location[groups]]]]';

/** The LBaaS product package (`SoftLayer_Product_Package.keyName`). */
const PACKAGE_KEY = 'LBAAS';

/**
 * A UUID. The reference only takes version-4 UUIDs as such (`utils.UUID_RE`) and looks anything else up as a
 * name; we take any UUID, so a load balancer named like a non-v4 UUID must be given by id.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHOLE_NUMBER = /^\d+$/;

/** Whether `value` is a plain object (a struct), not null, not a list. */
function isStruct(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A struct argument: `method: what must be an object`. */
function checkStruct(value: unknown, what: string, method: string): Record<string, unknown> {
  if (!isStruct(value)) throw invalid(`${method}: ${what} must be an object`);
  return value;
}

/** A non-empty list: `method: what must be a non-empty list`. */
function checkList(value: unknown, what: string, method: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0)
    throw invalid(`${method}: ${what} must be a non-empty list`);
  return value;
}

/** Optional members of a struct, each checked when present. */
function checkOptional(
  struct: Record<string, unknown>,
  keys: readonly string[],
  check: (value: unknown, what: string) => unknown,
  where: string,
): void {
  for (const key of keys) {
    if (struct[key] !== undefined && struct[key] !== null) check(struct[key], `${where} ${key}`);
  }
}

/** A TCP port, 1 to 65535. */
function checkPort(value: unknown, what: string): number {
  return checkWhole(value, what, { min: 1, max: 65535 });
}

/** A member's weight, 0 to 100 (its share of the requests under `WEIGHTED_RR`). */
function checkWeight(value: unknown, what: string): number {
  return checkWhole(value, what, { max: 100 });
}

/** A listener (front- and backend protocol configuration), checked as `addLbListener` needs it. */
function checkListener(
  value: unknown,
  method: string,
): SoftLayer_Network_LBaaS_LoadBalancerProtocolConfiguration {
  const listener = checkStruct(value, 'the listener', method);
  const where = `${method}: the listener's`;
  if (listener.listenerUuid === undefined) {
    // A new listener (no UUID) needs both ends; an update may change one property only.
    for (const key of ['frontendProtocol', 'frontendPort', 'backendProtocol', 'backendPort']) {
      if (listener[key] === undefined || listener[key] === null) {
        throw invalid(`${method}: a new listener needs a ${key} (or give a listenerUuid to update one)`);
      }
    }
  } else {
    checkText(listener.listenerUuid, `${where} listenerUuid`);
    if (Object.keys(listener).length === 1)
      throw invalid(`${method}: give the listener properties to change`);
  }
  checkOptional(listener, ['frontendPort', 'backendPort'], checkPort, where);
  checkOptional(
    listener,
    ['frontendProtocol', 'backendProtocol', 'loadBalancingMethod', 'sessionType'],
    checkText,
    where,
  );
  checkOptional(
    listener,
    ['maxConn', 'clientTimeout', 'serverTimeout', 'tlsCertificateId'],
    (item, what) => checkPositive(item, what),
    where,
  );
  return listener as SoftLayer_Network_LBaaS_LoadBalancerProtocolConfiguration;
}

/** A health monitor configuration, checked as `updateLbHealthMonitors` needs it. */
function checkHealthCheck(value: unknown): SoftLayer_Network_LBaaS_LoadBalancerHealthMonitorConfiguration {
  const method = 'updateLbHealthMonitors';
  const check = checkStruct(value, 'each check', method);
  const where = `${method}: a check's`;
  checkText(check.healthMonitorUuid, `${where} healthMonitorUuid`);
  checkOptional(
    check,
    ['interval', 'maxRetries', 'timeout'],
    (item, what) => checkPositive(item, what),
    where,
  );
  checkOptional(check, ['backendPort'], checkPort, where);
  checkOptional(check, ['backendProtocol', 'urlPath'], checkText, where);
  return check as SoftLayer_Network_LBaaS_LoadBalancerHealthMonitorConfiguration;
}

/** A new member (a server's address and weight), checked as `addLbMember` needs it. */
function checkMember(value: unknown): SoftLayer_Network_LBaaS_LoadBalancerServerInstanceInfo {
  const method = 'addLbMember';
  const member = checkStruct(value, 'the member', method);
  const addresses = ['privateIpAddress', 'publicIpAddress'].filter(
    (key) => member[key] !== undefined && member[key] !== null,
  );
  if (addresses.length === 0)
    throw invalid(`${method}: the member needs a privateIpAddress or a publicIpAddress`);
  for (const key of addresses) checkIp(member[key], method);
  checkOptional(member, ['weight'], checkWeight, `${method}: the member's`);
  return member as SoftLayer_Network_LBaaS_LoadBalancerServerInstanceInfo;
}

/** The parts of a new L7 pool, checked as `addLbL7Pool` needs them. */
function checkL7Pool(pool: unknown, members: unknown, health: unknown, session: unknown): void {
  const method = 'addLbL7Pool';
  const main = checkStruct(pool, 'the pool', method);
  checkText(main.name, 'the pool name', method);
  checkOptional(main, ['loadBalancingAlgorithm', 'protocol'], checkText, `${method}: the pool's`);
  for (const item of checkList(members, 'the members', method)) {
    const member = checkStruct(item, 'each member', method);
    checkIp(member.address, method);
    checkPort(member.port, `${method}: a member's port`);
    checkOptional(member, ['weight'], checkWeight, `${method}: a member's`);
  }
  const monitor = checkStruct(health, 'the health monitor', method);
  checkOptional(
    monitor,
    ['interval', 'timeout', 'maxRetries'],
    (item, what) => checkPositive(item, what),
    `${method}: the health monitor's`,
  );
  checkStruct(session, 'the session affinity', method);
}

/** A load balancer identifier, checked: a positive id, or non-empty text. */
function checkIdentifier(identifier: unknown, method: string): LoadBalancerIdentifier {
  if (typeof identifier === 'number') return checkPositive(identifier, 'the load balancer id', method);
  return checkText(identifier, 'the load balancer (an id, a UUID or a name)', method);
}

/**
 * IBM Cloud load balancers (`SoftLayer_Network_LBaaS_LoadBalancer` and its listeners, members, health monitors
 * and L7 pools) and the legacy NetScalers, as the reference client's `LoadBalancerManager`: the same API calls,
 * typed results, and load balancers given by id, UUID or name.
 */
export class LoadBalancerManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** The account's NetScalers (`SoftLayer_Account::getApplicationDeliveryControllers`). */
  async getAdcs(
    options: ListOptions = {},
  ): Promise<ListResult<SoftLayer_Network_Application_Delivery_Controller>> {
    checkMask(options.mask);
    return this.#client.call(
      'Account',
      'getApplicationDeliveryControllers',
      listOptions(options, { mask: ADCS_MASK }),
    );
  }

  /** One NetScaler by id, with its VLANs, subnets, addresses, password and datacenter unless another mask is given. */
  async getAdc(
    identifier: number,
    options: LoadBalancerMaskOption = {},
  ): Promise<SoftLayer_Network_Application_Delivery_Controller> {
    checkPositive(identifier, 'the NetScaler id', 'getAdc');
    checkMask(options.mask);
    return this.#client.call('Network_Application_Delivery_Controller', 'getObject', {
      id: identifier,
      ...withMask(options.mask, ADC_MASK),
      ...signalOption(options.signal),
    });
  }

  /** Every load balancer of the account, with its datacenter and listener and member counts unless another mask is given. */
  async getLbaas(options: ListOptions = {}): Promise<ListResult<SoftLayer_Network_LBaaS_LoadBalancer>> {
    checkMask(options.mask);
    return this.#client.call(
      'Network_LBaaS_LoadBalancer',
      'getAllObjects',
      listOptions(options, { mask: LBAAS_MASK }),
    );
  }

  /**
   * One load balancer (an id, a UUID or a name) with its health monitors, L7 pools, members, ciphers and
   * listeners (unless another mask is given), and the health of its members in `health`.
   *
   * The reference takes an id only (`getObject`); a UUID is read with `getLoadBalancer(uuid)`, a name with the
   * filtered `getAllObjects` of `getLbaasByName`.
   */
  async getLb(
    identifier: LoadBalancerIdentifier,
    options: LoadBalancerMaskOption = {},
  ): Promise<LoadBalancerDetails> {
    checkIdentifier(identifier, 'getLb');
    checkMask(options.mask);
    const found = await this.#find(identifier, options.mask ?? LB_MASK, options.signal);
    const uuid =
      found.uuid ?? (typeof identifier === 'string' && UUID.test(identifier) ? identifier : undefined);
    if (uuid === undefined) {
      throw invalid('getLb: the load balancer came back without its uuid; give a mask that selects uuid');
    }
    const health = await this.#client.call('Network_LBaaS_LoadBalancer', 'getLoadBalancerMemberHealth', {
      args: [uuid],
      ...signalOption(options.signal),
    });
    return { ...found, health };
  }

  /**
   * Changes health monitors of a load balancer (an id, a UUID or a name): each check names its monitor
   * (`healthMonitorUuid`) and gives what changes (`interval`, `maxRetries`, `timeout`, `urlPath`, …). Resolves
   * with the load balancer.
   */
  async updateLbHealthMonitors(
    identifier: LoadBalancerIdentifier,
    checks: readonly SoftLayer_Network_LBaaS_LoadBalancerHealthMonitorConfiguration[],
    options: CallControl = {},
  ): Promise<SoftLayer_Network_LBaaS_LoadBalancer> {
    const method = 'updateLbHealthMonitors';
    checkIdentifier(identifier, method);
    const configurations = checkList(checks, 'the checks', method).map(checkHealthCheck);
    const uuid = await this.#uuid(identifier, options.signal);
    return this.#client.call('Network_LBaaS_HealthMonitor', 'updateLoadBalancerHealthMonitors', {
      args: [uuid, configurations],
      ...signalOption(options.signal),
    });
  }

  /**
   * A load balancer's UUID and id, from any of them or its name (the reference's `get_lbaas_uuid_id`, which
   * returns the pair `(uuid, id)`): an id is read with `getObject`, a UUID with `getLoadBalancer`, a name with
   * `getLbaasByName`.
   */
  async getLbaasUuidId(
    identifier: LoadBalancerIdentifier,
    options: CallControl = {},
  ): Promise<LoadBalancerUuidId> {
    checkIdentifier(identifier, 'getLbaasUuidId');
    const found = await this.#find(identifier, UUID_ID_MASK, options.signal);
    if (typeof found.uuid !== 'string' || typeof found.id !== 'number') {
      throw new ManagerError('SL_NOT_FOUND', `load balancer ${JSON.stringify(identifier)} has no uuid or id`);
    }
    return { uuid: found.uuid, id: found.id };
  }

  /**
   * The load balancer with this exact name. `ManagerError` `SL_NOT_FOUND` when there is none; `SL_AMBIGUOUS` when
   * several have it (the reference returns the first: we refuse to guess, since the result is used to change or
   * cancel a load balancer).
   */
  async getLbaasByName(
    name: string,
    options: LoadBalancerMaskOption = {},
  ): Promise<SoftLayer_Network_LBaaS_LoadBalancer> {
    checkText(name, 'the load balancer name', 'getLbaasByName');
    checkMask(options.mask);
    const found = await this.#client.call('Network_LBaaS_LoadBalancer', 'getAllObjects', {
      filter: { name: { operation: name } },
      ...withMask(options.mask),
      ...signalOption(options.signal),
    });
    if (found.length === 0) throw new ManagerError('SL_NOT_FOUND', `Unable to find LBaaS with name: ${name}`);
    if (found.length > 1) {
      const ids = found.map((lb) => lb.id ?? lb.uuid).join(', ');
      throw new ManagerError(
        'SL_AMBIGUOUS',
        `${found.length} load balancers are named ${JSON.stringify(name)} (${ids}); use an id or a UUID`,
      );
    }
    return found[0]!;
  }

  /** Removes a member (by its UUID) from a load balancer (an id, a UUID or a name); resolves with the load balancer. */
  async deleteLbMember(
    identifier: LoadBalancerIdentifier,
    memberUuid: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_LBaaS_LoadBalancer> {
    checkIdentifier(identifier, 'deleteLbMember');
    checkText(memberUuid, 'the member UUID', 'deleteLbMember');
    const uuid = await this.#uuid(identifier, options.signal);
    return this.#client.call('Network_LBaaS_Member', 'deleteLoadBalancerMembers', {
      args: [uuid, [memberUuid]],
      ...signalOption(options.signal),
    });
  }

  /**
   * Adds a member to a load balancer (an id, a UUID or a name): a server's `privateIpAddress` (or
   * `publicIpAddress`) and its `weight`. Resolves with the load balancer.
   */
  async addLbMember(
    identifier: LoadBalancerIdentifier,
    member: SoftLayer_Network_LBaaS_LoadBalancerServerInstanceInfo,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_LBaaS_LoadBalancer> {
    checkIdentifier(identifier, 'addLbMember');
    const info = checkMember(member);
    const uuid = await this.#uuid(identifier, options.signal);
    return this.#client.call('Network_LBaaS_Member', 'addLoadBalancerMembers', {
      args: [uuid, [info]],
      ...signalOption(options.signal),
    });
  }

  /**
   * Adds a listener to a load balancer (an id, a UUID or a name), or changes one when the configuration has its
   * `listenerUuid`. A new listener needs `frontendProtocol`, `frontendPort`, `backendProtocol` and `backendPort`.
   * Resolves with the load balancer.
   */
  async addLbListener(
    identifier: LoadBalancerIdentifier,
    listener: SoftLayer_Network_LBaaS_LoadBalancerProtocolConfiguration,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_LBaaS_LoadBalancer> {
    checkIdentifier(identifier, 'addLbListener');
    const configuration = checkListener(listener, 'addLbListener');
    const uuid = await this.#uuid(identifier, options.signal);
    return this.#client.call('Network_LBaaS_Listener', 'updateLoadBalancerProtocols', {
      args: [uuid, [configuration]],
      ...signalOption(options.signal),
    });
  }

  /** The layer 7 policies of a listener (by its id). */
  async getL7Policies(
    listenerId: number,
    options: CallControl = {},
  ): Promise<ListResult<SoftLayer_Network_LBaaS_L7Policy>> {
    checkPositive(listenerId, 'the listener id', 'getL7Policies');
    return this.#client.call('Network_LBaaS_Listener', 'getL7Policies', {
      id: listenerId,
      ...signalOption(options.signal),
    });
  }

  /** Every layer 7 policy of the account, by the id of its listener (listeners without policies left out). */
  async getAllL7Policies(
    options: CallControl = {},
  ): Promise<Record<number, SoftLayer_Network_LBaaS_L7Policy[]>> {
    const lbaas = await this.getLbaas({ mask: ALL_L7_POLICIES_MASK, ...signalOption(options.signal) });
    const policies: Record<number, SoftLayer_Network_LBaaS_L7Policy[]> = {};
    for (const lb of lbaas) {
      // The reference fails on a load balancer without listeners; we skip it.
      for (const listener of lb.listeners ?? []) {
        if (
          listener.id !== undefined &&
          listener.l7Policies !== undefined &&
          listener.l7Policies.length > 0
        ) {
          policies[listener.id] = listener.l7Policies;
        }
      }
    }
    return policies;
  }

  /**
   * Creates a layer 7 pool on a load balancer (an id, a UUID or a name): the pool (`name`,
   * `loadBalancingAlgorithm`, `protocol`), its members (`address`, `port`, `weight`), its health monitor and its
   * session affinity (`{ type: 'SOURCE_IP' }`, or `{}` for none). Resolves with the load balancer.
   */
  async addLbL7Pool(
    identifier: LoadBalancerIdentifier,
    pool: SoftLayer_Network_LBaaS_L7Pool,
    members: readonly SoftLayer_Network_LBaaS_L7Member[],
    health: SoftLayer_Network_LBaaS_L7HealthMonitor,
    session: SoftLayer_Network_LBaaS_L7SessionAffinity,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_LBaaS_LoadBalancer> {
    checkIdentifier(identifier, 'addLbL7Pool');
    checkL7Pool(pool, members, health, session);
    const uuid = await this.#uuid(identifier, options.signal);
    return this.#client.call('Network_LBaaS_L7Pool', 'createL7Pool', {
      args: [uuid, pool, [...members], health, session],
      ...signalOption(options.signal),
    });
  }

  /** Deletes a layer 7 pool (by its id, not its UUID) with its members, health monitor and session affinity. */
  async delLbL7Pool(
    poolId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_LBaaS_LoadBalancer> {
    checkPositive(poolId, 'the L7 pool id', 'delLbL7Pool');
    return this.#client.call('Network_LBaaS_L7Pool', 'deleteObject', {
      id: poolId,
      ...signalOption(options.signal),
    });
  }

  /** Removes a listener (by its UUID) from a load balancer (an id, a UUID or a name); resolves with the load balancer. */
  async removeLbListener(
    identifier: LoadBalancerIdentifier,
    listenerUuid: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_LBaaS_LoadBalancer> {
    checkIdentifier(identifier, 'removeLbListener');
    checkText(listenerUuid, 'the listener UUID', 'removeLbListener');
    const uuid = await this.#uuid(identifier, options.signal);
    return this.#client.call('Network_LBaaS_Listener', 'deleteLoadBalancerProtocols', {
      args: [uuid, [listenerUuid]],
      ...signalOption(options.signal),
    });
  }

  /**
   * Orders a load balancer (hourly, every price of the `LBAAS` package that is not tied to a location group) on
   * a private subnet, with its listeners (`protocols`); with `verify`, only checks the order. `datacenter` is a
   * location object (sent as it is, as the reference), a location id, or a datacenter short name (`dal13`, looked
   * up as the reference's CLI does).
   */
  orderLbaas(
    datacenter: SoftLayer_Location | number | string,
    name: string,
    description: string | undefined,
    protocols: readonly SoftLayer_Network_LBaaS_LoadBalancerProtocolConfiguration[],
    subnetId: number,
    options: OrderLbaasOptions & { verify: true },
  ): Promise<SoftLayer_Container_Product_Order>;
  orderLbaas(
    datacenter: SoftLayer_Location | number | string,
    name: string,
    description: string | undefined,
    protocols: readonly SoftLayer_Network_LBaaS_LoadBalancerProtocolConfiguration[],
    subnetId: number,
    options?: OrderLbaasOptions & { verify?: false },
  ): Promise<SoftLayer_Container_Product_Order_Receipt>;
  orderLbaas(
    datacenter: SoftLayer_Location | number | string,
    name: string,
    description: string | undefined,
    protocols: readonly SoftLayer_Network_LBaaS_LoadBalancerProtocolConfiguration[],
    subnetId: number,
    options?: OrderLbaasOptions,
  ): Promise<SoftLayer_Container_Product_Order | SoftLayer_Container_Product_Order_Receipt>;
  async orderLbaas(
    datacenter: SoftLayer_Location | number | string,
    name: string,
    description: string | undefined,
    protocols: readonly SoftLayer_Network_LBaaS_LoadBalancerProtocolConfiguration[],
    subnetId: number,
    options: OrderLbaasOptions = {},
  ): Promise<SoftLayer_Container_Product_Order | SoftLayer_Container_Product_Order_Receipt> {
    const method = 'orderLbaas';
    if (typeof datacenter === 'number') checkPositive(datacenter, 'the location id', method);
    else if (typeof datacenter === 'string') checkText(datacenter, 'the datacenter', method);
    else checkStruct(datacenter, 'the datacenter', method);
    checkText(name, 'the name', method);
    if (description !== undefined && typeof description !== 'string') {
      throw invalid(`${method}: the description must be text`);
    }
    if (!Array.isArray(protocols)) throw invalid(`${method}: the protocols must be a list of listeners`);
    const listeners = protocols.map((protocol) => checkListener(protocol, method));
    checkPositive(subnetId, 'the subnet id', method);
    for (const flag of ['public', 'verify'] as const) {
      if (options[flag] !== undefined && typeof options[flag] !== 'boolean') {
        throw invalid(`${method}: ${flag} must be true or false`);
      }
    }
    const control = signalOption(options.signal);
    const location = await this.#location(datacenter, control);
    const pkg = await new OrderingManager(this.#client).getPackageByKey(PACKAGE_KEY, {
      mask: ORDER_PACKAGE_MASK,
      ...control,
    });
    const order: SoftLayer_Container_Product_Order_Network_LoadBalancer_AsAService = {
      complexType: 'SoftLayer_Container_Product_Order_Network_LoadBalancer_AsAService',
      name,
      ...(description === undefined ? {} : { description }),
      locationObject: location,
      ...(pkg.id === undefined ? {} : { packageId: pkg.id }),
      useHourlyPricing: true, // LBaaS is an hourly service.
      prices: (pkg.itemPrices ?? [])
        .filter((price) => !price.locationGroupId && price.id !== undefined)
        .map((price) => ({ id: price.id! })),
      protocolConfigurations: listeners,
      subnets: [{ id: subnetId }],
      isPublic: options.public ?? false,
    };
    if (options.verify) {
      return this.#client.call('Product_Order', 'verifyOrder', { args: [order], ...control });
    }
    return this.#client.call('Product_Order', 'placeOrder', { args: [order], ...control });
  }

  /** The `LBAAS` package with its items and prices and the regions it is sold in: what `orderLbaas` can use. */
  async lbaasOrderOptions(options: CallControl = {}): Promise<SoftLayer_Product_Package> {
    const packages = await this.#client.call('Product_Package', 'getAllObjects', {
      filter: { keyName: { operation: PACKAGE_KEY } },
      mask: ORDER_OPTIONS_MASK,
      ...signalOption(options.signal),
    });
    const found = packages.at(-1);
    if (found === undefined) throw new ManagerError('SL_NOT_FOUND', `Package ${PACKAGE_KEY} does not exist`);
    return found;
  }

  /**
   * Cancels a load balancer (an id, a UUID or a name): the billing system then deletes it with its listeners,
   * pools and members.
   */
  async cancelLbaas(identifier: LoadBalancerIdentifier, options: CallControl = {}): Promise<boolean> {
    checkIdentifier(identifier, 'cancelLbaas');
    const uuid = await this.#uuid(identifier, options.signal);
    return this.#client.call('Network_LBaaS_LoadBalancer', 'cancelLoadBalancer', {
      args: [uuid],
      ...signalOption(options.signal),
    });
  }

  /** The load balancer an identifier names, read with `mask`: by id, by UUID, or by name. */
  async #find(
    identifier: LoadBalancerIdentifier,
    mask: string,
    signal: AbortSignal | undefined,
  ): Promise<SoftLayer_Network_LBaaS_LoadBalancer> {
    if (typeof identifier === 'number' || WHOLE_NUMBER.test(identifier)) {
      return this.#client.call('Network_LBaaS_LoadBalancer', 'getObject', {
        id: Number(identifier),
        ...withMask(mask),
        ...signalOption(signal),
      });
    }
    if (UUID.test(identifier)) {
      return this.#client.call('Network_LBaaS_LoadBalancer', 'getLoadBalancer', {
        args: [identifier],
        ...withMask(mask),
        ...signalOption(signal),
      });
    }
    return this.getLbaasByName(identifier, { mask, ...signalOption(signal) });
  }

  /** The UUID of the load balancer an identifier names: a UUID itself, else looked up (`getLbaasUuidId`). */
  async #uuid(identifier: LoadBalancerIdentifier, signal: AbortSignal | undefined): Promise<string> {
    if (typeof identifier === 'string' && UUID.test(identifier)) return identifier;
    return (await this.getLbaasUuidId(identifier, signalOption(signal))).uuid;
  }

  /** The order's location: an object as it is, `{ id }` for an id, the datacenter's `{ id }` for a short name. */
  async #location(
    datacenter: SoftLayer_Location | number | string,
    control: CallControl,
  ): Promise<SoftLayer_Location> {
    if (typeof datacenter === 'number') return { id: datacenter };
    if (typeof datacenter !== 'string') return datacenter;
    const [found] = await new NetworkManager(this.#client).getDatacenter({ datacenter, ...control });
    if (found?.id === undefined) {
      throw new ManagerError('SL_NOT_FOUND', `Datacenter ${datacenter} was not found`);
    }
    return { id: found.id };
  }
}
