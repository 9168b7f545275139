import type { CallMask, ListResult, SoftLayerClient } from '@sl/client';
import { type FilterCondition, type ObjectFilter, queryFilter, queryFilterOrderBy } from '@sl/filter';
import type {
  SoftLayer_Hardware,
  SoftLayer_Location,
  SoftLayer_Network_Pod,
  SoftLayer_Network_SecurityGroup,
  SoftLayer_Network_SecurityGroup_Request,
  SoftLayer_Network_SecurityGroup_RequestRules,
  SoftLayer_Network_SecurityGroup_Rule,
  SoftLayer_Network_Subnet,
  SoftLayer_Network_Subnet_IpAddress,
  SoftLayer_Network_Subnet_IpAddress_Global,
  SoftLayer_Network_Vlan,
} from '@sl/types';
import { checkIp, checkMask, criterion, invalid } from './check-input';
import type { CallControl, ListOptions } from './list-options';
import { combineFilters, filterOption, listOptions, signalOption, withMask } from './list-options';
import { NetworkChangeMethods } from './network-change-methods';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';
import {
  checkIdList,
  groupTemplate,
  newRule,
  type PendingRule,
  resolvedRule,
  ruleChanges,
  SECURITY_GROUP_MASK,
  type SecurityGroupDetails,
  type SecurityGroupRuleChanges,
  type SecurityGroupRuleInput,
} from './security-group-methods';

/** The reference's default mask of subnets (`list_subnets`, `get_subnet`). */
const SUBNET_MASK = [
  'hardware',
  'datacenter',
  'networkVlanId',
  'ipAddressCount',
  'virtualGuests',
  'id',
  'networkIdentifier',
  'cidr',
  'subnetType',
  'gateway',
  'broadcastAddress',
  'usableIpAddressCount',
  'note',
  'tagReferences[tag]',
  'networkVlan[id,primaryRouter,networkSpace,fullyQualifiedName]',
  'addressSpace',
  'endPointIpAddress',
].join(',');

/** The reference's default mask of `list_vlans` (with the counts `summaryByDatacenter` adds up). */
const VLAN_LIST_MASK = [
  'firewallInterfaces',
  'hardwareCount',
  'primaryRouter[id,fullyQualifiedDomainName,datacenter]',
  'subnetCount',
  'billingItem',
  'totalPrimaryIpAddressCount',
  'virtualGuestCount',
  'networkSpace',
  'networkVlanFirewall[id,fullyQualifiedDomainName,primaryIpAddress]',
  'attachedNetworkGateway[id,name,networkFirewall]',
  'tagReferences[tag[name]]',
].join(',');

/** The reference's default mask of `get_vlan`. */
const VLAN_GET_MASK = [
  'firewallInterfaces',
  'primaryRouter[id,fullyQualifiedDomainName,datacenter]',
  'totalPrimaryIpAddressCount',
  'networkSpace',
  'billingItem',
  'hardware',
  'subnets',
  'virtualGuests',
  'networkVlanFirewall[id,fullyQualifiedDomainName,primaryIpAddress]',
  'attachedNetworkGateway[id,name,networkFirewall]',
].join(',');

const GLOBAL_IP_MASK = 'destinationIpAddress[hardware, virtualGuest],ipAddress';

const CLOSED_PODS_MASK =
  'mask[name, datacenterLongName, frontendRouterId, capabilities, datacenterId, backendRouterId, ' +
  'backendRouterName, frontendRouterName]';

/** What `NetworkManager.listVlans` takes (criteria in the reference's search shorthand). */
export interface ListVlansOptions extends ListOptions {
  /** Datacenter short name (`dal05`) of the VLAN's primary router. */
  datacenter?: string;
  vlanNumber?: number | string;
  name?: string;
}

/** What `NetworkManager.listSubnets` takes (criteria in the reference's search shorthand). */
export interface ListSubnetsOptions extends ListOptions {
  /** The network identifier (`10.0.0.0`). */
  identifier?: string;
  datacenter?: string;
  /** 4 or 6 (all versions when left out). */
  version?: 4 | 6;
  /** `PRIMARY`, `SECONDARY_ON_VLAN`, `ADDITIONAL_PRIMARY`, … */
  subnetType?: string;
  /** `PUBLIC` or `PRIVATE`: the network space of the subnet's VLAN. */
  networkSpace?: string;
}

/** What `NetworkManager.listGlobalIps` takes. */
export interface ListGlobalIpsOptions extends ListOptions {
  version?: 4 | 6;
  /** The global IP's network identifier. */
  identifier?: string;
}

/** One datacenter's line of `NetworkManager.summaryByDatacenter`. */
export interface DatacenterNetworkSummary {
  /** Servers on the datacenter's private VLANs (each counted once). */
  hardwareCount: number;
  /** The VLANs' `totalPrimaryIpAddressCount`, added up. */
  publicIpCount: number;
  subnetCount: number;
  /** Virtual servers on the datacenter's private VLANs (each counted once). */
  virtualGuestCount: number;
  vlanCount: number;
}

function checkVersion(method: string, version: unknown): void {
  if (version !== undefined && version !== 4 && version !== 6) {
    throw invalid(`${method}: version must be 4 or 6, got ${JSON.stringify(version)}`);
  }
}

/**
 * The account's network (`SoftLayer_Network_Vlan`, `_Subnet`, `_Subnet_IpAddress`, pods and datacenters), as the
 * reference client's `NetworkManager`: its reads, with the same API calls, typed results, and VLAN names or subnet
 * identifiers resolved to ids; and its security groups (`SoftLayer_Network_SecurityGroup`: groups, rules and the
 * network components bound to them), given by id or by name; and its changes (`NetworkChangeMethods`: ordering,
 * routing and cancelling subnets and global IPs, notes, names and tags).
 */
export class NetworkManager extends NetworkChangeMethods {
  readonly #client: SoftLayerClient;
  readonly #vlanResolvers: readonly IdResolver[];
  readonly #subnetResolvers: readonly IdResolver[];
  readonly #globalIpResolvers: readonly IdResolver[];
  readonly #securityGroupResolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    super(client);
    this.#client = client;
    this.#vlanResolvers = [(name) => this.#idsOf(this.listVlans({ name, mask: 'id' }))];
    this.#subnetResolvers = [
      (identifier) => this.#idsOf(this.listSubnets({ identifier: identifier.split('/', 1)[0]!, mask: 'id' })),
    ];
    this.#globalIpResolvers = [(identifier) => this.#idsOf(this.listGlobalIps({ identifier, mask: 'id' }))];
    this.#securityGroupResolvers = [(name) => this.#securityGroupIdsByName(name)];
  }

  /**
   * The account's VLANs (every page, in id order), optionally only those matching the criteria; the default mask
   * has the router and datacenter, the network space and the device, subnet and address counts.
   */
  async listVlans(options: ListVlansOptions = {}): Promise<ListResult<SoftLayer_Network_Vlan>> {
    const where = 'listVlans';
    const vlans: Record<string, ObjectFilter | FilterCondition> = { id: queryFilterOrderBy() };
    if (options.vlanNumber !== undefined)
      vlans.vlanNumber = criterion(options.vlanNumber, 'vlanNumber', where);
    if (options.name !== undefined) vlans.name = criterion(options.name, 'name', where);
    if (options.datacenter !== undefined) {
      vlans.primaryRouter = { datacenter: { name: criterion(options.datacenter, 'datacenter', where) } };
    }
    return this.#client.call(
      'Account',
      'getNetworkVlans',
      listOptions(options, { mask: VLAN_LIST_MASK, own: { networkVlans: vlans }, everyPage: true }),
    );
  }

  /** The account's subnets (every page), optionally only those matching the criteria. */
  async listSubnets(options: ListSubnetsOptions = {}): Promise<ListResult<SoftLayer_Network_Subnet>> {
    const where = 'listSubnets';
    checkVersion(where, options.version);
    const subnets: Record<string, ObjectFilter | FilterCondition> = {};
    if (options.identifier !== undefined) {
      subnets.networkIdentifier = criterion(options.identifier, 'identifier', where);
    }
    if (options.datacenter !== undefined) {
      subnets.datacenter = { name: criterion(options.datacenter, 'datacenter', where) };
    }
    if (options.version !== undefined) subnets.version = queryFilter(options.version);
    if (options.subnetType !== undefined)
      subnets.subnetType = criterion(options.subnetType, 'subnetType', where);
    if (options.networkSpace !== undefined) {
      subnets.networkVlan = { networkSpace: criterion(options.networkSpace, 'networkSpace', where) };
    }
    const own: ObjectFilter = Object.keys(subnets).length === 0 ? {} : { subnets };
    return this.#client.call(
      'Account',
      'getSubnets',
      listOptions(options, { mask: SUBNET_MASK, own, everyPage: true }),
    );
  }

  /** One VLAN (an id or a name) with its router, subnets, hardware and virtual servers. */
  async getVlan(
    identifier: number | string,
    options: { mask?: CallMask } & CallControl = {},
  ): Promise<SoftLayer_Network_Vlan> {
    const id = await this.resolveVlanId(identifier);
    return this.#client.call('Network_Vlan', 'getObject', {
      id,
      ...withMask(options.mask, VLAN_GET_MASK),
      ...signalOption(options.signal),
    });
  }

  /** One subnet (an id or its network identifier, `10.0.0.0` or `10.0.0.0/24`) with the default subnet mask. */
  async getSubnet(
    identifier: number | string,
    options: { mask?: CallMask } & CallControl = {},
  ): Promise<SoftLayer_Network_Subnet> {
    const id = await this.resolveSubnetId(identifier);
    return this.#client.call('Network_Subnet', 'getObject', {
      id,
      ...withMask(options.mask, SUBNET_MASK),
      ...signalOption(options.signal),
    });
  }

  /**
   * What the API knows about an IP address (IPv4 or IPv6): its subnet and the server or virtual server that has
   * it. Resolves undefined when the address is in none of the account's subnets (the reference returns the API's
   * empty answer).
   */
  async ipLookup(
    ipAddress: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Subnet_IpAddress | undefined> {
    checkIp(ipAddress, 'ipLookup');
    const found = await this.#client.call('Network_Subnet_IpAddress', 'getByIpAddress', {
      args: [ipAddress.trim()],
      mask: 'hardware, virtualGuest',
      ...signalOption(options.signal),
    });
    return found && Object.keys(found).length > 0 ? found : undefined;
  }

  /** The IP address object of an address (its local properties: id, subnet id, flags, note), or undefined. */
  async getIpByAddress(
    ipAddress: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Subnet_IpAddress | undefined> {
    checkIp(ipAddress, 'getIpByAddress');
    const found = await this.#client.call('Network_Subnet_IpAddress', 'getByIpAddress', {
      args: [ipAddress.trim()],
      ...signalOption(options.signal),
    });
    return found && Object.keys(found).length > 0 ? found : undefined;
  }

  /**
   * Counts per datacenter (short name; `''` for a VLAN without one), added up from `listVlans()`: VLANs, subnets
   * and primary IP addresses of every VLAN, and hardware and virtual servers of the private VLANs only (each device
   * is on one private VLAN, so it is counted once).
   */
  async summaryByDatacenter(options: CallControl = {}): Promise<Record<string, DatacenterNetworkSummary>> {
    const summary: Record<string, DatacenterNetworkSummary> = {};
    for (const vlan of await this.listVlans(options)) {
      const name = vlan.primaryRouter?.datacenter?.name ?? '';
      summary[name] ??= {
        hardwareCount: 0,
        publicIpCount: 0,
        subnetCount: 0,
        virtualGuestCount: 0,
        vlanCount: 0,
      };
      const line = summary[name];
      line.vlanCount += 1;
      line.publicIpCount += vlan.totalPrimaryIpAddressCount ?? 0;
      line.subnetCount += vlan.subnetCount ?? 0;
      if (vlan.networkSpace === 'PRIVATE') {
        line.hardwareCount += vlan.hardwareCount ?? 0;
        line.virtualGuestCount += vlan.virtualGuestCount ?? 0;
      }
    }
    return summary;
  }

  /**
   * The account's global IP records, optionally of one version or network identifier.
   *
   * Unlike the reference (which ignores a caller's filter here), the caller's filter is merged.
   */
  async listGlobalIps(
    options: ListGlobalIpsOptions = {},
  ): Promise<ListResult<SoftLayer_Network_Subnet_IpAddress_Global>> {
    const where = 'listGlobalIps';
    checkVersion(where, options.version);
    const subnet: Record<string, FilterCondition> = {};
    if (options.version !== undefined) subnet.version = queryFilter(options.version);
    if (options.identifier !== undefined) {
      subnet.networkIdentifier = criterion(options.identifier, 'identifier', where);
    }
    const own: ObjectFilter =
      Object.keys(subnet).length === 0 ? {} : { globalIpRecords: { ipAddress: { subnet } } };
    return this.#client.call(
      'Account',
      'getGlobalIpRecords',
      listOptions(options, { mask: GLOBAL_IP_MASK, own }),
    );
  }

  /** The account's security groups (every page); no default mask (the groups' local properties). */
  async listSecuritygroups(options: ListOptions = {}): Promise<ListResult<SoftLayer_Network_SecurityGroup>> {
    checkMask(options.mask);
    // The caller's filter is sent as given, not through `combineFilters` (there is no filter of ours to merge).
    return this.#client.call('Network_SecurityGroup', 'getAllObjects', {
      ...withMask(options.mask),
      ...filterOption(options.filter),
      iter: true,
      limit: 100,
      ...signalOption(options.signal),
    });
  }

  /**
   * Creates a security group, optionally named and described; resolves with the new group. (The reference sends
   * `null` for what is left out; we leave it out.)
   */
  async createSecuritygroup(
    details: SecurityGroupDetails & CallControl = {},
  ): Promise<SoftLayer_Network_SecurityGroup> {
    const template = groupTemplate(details, 'createSecuritygroup');
    return this.#client.call('Network_SecurityGroup', 'createObject', {
      args: [template],
      ...signalOption(details.signal),
    });
  }

  /**
   * Changes the name and/or the description of a security group (an id or a name). Unlike the reference (which
   * resolves `false` without a call), an edit that changes nothing is refused.
   */
  async editSecuritygroup(
    identifier: number | string,
    changes: SecurityGroupDetails & CallControl,
  ): Promise<boolean> {
    const where = 'editSecuritygroup';
    const template = groupTemplate(changes, where);
    if (Object.keys(template).length === 0) throw invalid(`${where}: give a new name or a new description`);
    const id = await this.resolveSecuritygroupId(identifier);
    return this.#client.call('Network_SecurityGroup', 'editObject', {
      id,
      args: [template],
      ...signalOption(changes.signal),
    });
  }

  /**
   * Deletes a security group (an id or a name). The API refuses while network components are attached to it or a
   * rule of another group names it as its remote group.
   */
  async deleteSecuritygroup(identifier: number | string, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveSecuritygroupId(identifier);
    return this.#client.call('Network_SecurityGroup', 'deleteObject', {
      id,
      ...signalOption(options.signal),
    });
  }

  /**
   * One security group (an id or a name) with its rules and its network component bindings (the component's port
   * and guest), as the reference's default mask; `mask` replaces it.
   */
  async getSecuritygroup(
    identifier: number | string,
    options: { mask?: string } & CallControl = {},
  ): Promise<SoftLayer_Network_SecurityGroup> {
    checkMask(options.mask);
    const id = await this.resolveSecuritygroupId(identifier);
    return this.#client.call('Network_SecurityGroup', 'getObject', {
      id,
      ...withMask(options.mask, SECURITY_GROUP_MASK),
      ...signalOption(options.signal),
    });
  }

  /** The rules of a security group (an id or a name), every page. */
  async listSecuritygroupRules(
    identifier: number | string,
    options: ListOptions = {},
  ): Promise<ListResult<SoftLayer_Network_SecurityGroup_Rule>> {
    checkMask(options.mask);
    const id = await this.resolveSecuritygroupId(identifier);
    return this.#client.call('Network_SecurityGroup', 'getRules', {
      id,
      ...listOptions(options, { everyPage: true }),
    });
  }

  /**
   * Adds a rule to a security group (an id or a name): a direction, and optionally an ethertype, a port range (the
   * ICMP type and code with `icmp`), a protocol, and a remote IP / CIDR block or a remote group (an id or a name).
   * Resolves with the API's request, whose `rules` are the rules created.
   */
  async addSecuritygroupRule(
    identifier: number | string,
    rule: SecurityGroupRuleInput & CallControl,
  ): Promise<SoftLayer_Network_SecurityGroup_RequestRules> {
    return this.#sendRules('addRules', identifier, [newRule(rule, 'addSecuritygroupRule')], rule.signal);
  }

  /**
   * Adds several rules to a security group (an id or a name) in one request; each rule as `addSecuritygroupRule`
   * takes it (`portMax`, `remoteGroup`; not the API's `portRangeMax`, `remoteGroupId` the reference passes through).
   */
  async addSecuritygroupRules(
    identifier: number | string,
    rules: readonly SecurityGroupRuleInput[],
    options: CallControl = {},
  ): Promise<SoftLayer_Network_SecurityGroup_RequestRules> {
    const where = 'addSecuritygroupRules';
    if (!Array.isArray(rules) || rules.length === 0)
      throw invalid(`${where}: give a non-empty list of rules`);
    const pending = rules.map((rule) => newRule(rule, where));
    return this.#sendRules('addRules', identifier, pending, options.signal);
  }

  /**
   * Changes a rule (by its id) of a security group (an id or a name): what is given changes, the rest stays, `null`
   * clears. Unlike the reference (which resolves `false` without a call), an edit that changes nothing is refused.
   */
  async editSecuritygroupRule(
    identifier: number | string,
    ruleId: number,
    changes: SecurityGroupRuleChanges & CallControl,
  ): Promise<SoftLayer_Network_SecurityGroup_RequestRules> {
    const pending = ruleChanges(ruleId, changes, 'editSecuritygroupRule');
    return this.#sendRules('editRules', identifier, [pending], changes.signal);
  }

  /** Removes a rule (by its id) from a security group (an id or a name). */
  async removeSecuritygroupRule(
    identifier: number | string,
    ruleId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_SecurityGroup_RequestRules> {
    return this.removeSecuritygroupRules(identifier, [ruleId], options);
  }

  /** Removes rules (by their ids) from a security group (an id or a name) in one request. */
  async removeSecuritygroupRules(
    identifier: number | string,
    ruleIds: readonly number[],
    options: CallControl = {},
  ): Promise<SoftLayer_Network_SecurityGroup_RequestRules> {
    const ids = checkIdList(ruleIds, 'rule ids', 'removeSecuritygroupRules');
    const id = await this.resolveSecuritygroupId(identifier);
    return this.#client.call('Network_SecurityGroup', 'removeRules', {
      id,
      args: [ids],
      ...signalOption(options.signal),
    });
  }

  /**
   * Attaches a network component (a virtual guest's `networkComponents[].id`) to a security group (an id or a
   * name): the group's rules then apply to it.
   */
  async attachSecuritygroupComponent(
    identifier: number | string,
    componentId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_SecurityGroup_Request> {
    return this.attachSecuritygroupComponents(identifier, [componentId], options);
  }

  /** Attaches network components (by their ids) to a security group (an id or a name) in one request. */
  async attachSecuritygroupComponents(
    identifier: number | string,
    componentIds: readonly number[],
    options: CallControl = {},
  ): Promise<SoftLayer_Network_SecurityGroup_Request> {
    const ids = checkIdList(componentIds, 'network component ids', 'attachSecuritygroupComponents');
    const id = await this.resolveSecuritygroupId(identifier);
    return this.#client.call('Network_SecurityGroup', 'attachNetworkComponents', {
      id,
      args: [ids],
      ...signalOption(options.signal),
    });
  }

  /** Detaches a network component (by its id) from a security group (an id or a name). */
  async detachSecuritygroupComponent(
    identifier: number | string,
    componentId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_SecurityGroup_Request> {
    return this.detachSecuritygroupComponents(identifier, [componentId], options);
  }

  /** Detaches network components (by their ids) from a security group (an id or a name) in one request. */
  async detachSecuritygroupComponents(
    identifier: number | string,
    componentIds: readonly number[],
    options: CallControl = {},
  ): Promise<SoftLayer_Network_SecurityGroup_Request> {
    const ids = checkIdList(componentIds, 'network component ids', 'detachSecuritygroupComponents');
    const id = await this.resolveSecuritygroupId(identifier);
    return this.#client.call('Network_SecurityGroup', 'detachNetworkComponents', {
      id,
      args: [ids],
      ...signalOption(options.signal),
    });
  }

  /**
   * The network pods (`SoftLayer_Network_Pod::getAllObjects`) with their routers, by name descending; with a
   * `datacenter`, only that datacenter's pods (exact name, as the reference).
   */
  async getPods(
    options: { datacenter?: string; mask?: CallMask } & CallControl = {},
  ): Promise<SoftLayer_Network_Pod[]> {
    if (
      options.datacenter !== undefined &&
      (typeof options.datacenter !== 'string' || options.datacenter === '')
    ) {
      throw invalid('getPods: the datacenter must be a non-empty name');
    }
    const filter: ObjectFilter =
      options.datacenter === undefined
        ? { name: queryFilterOrderBy('DESC') }
        : { datacenterName: { operation: options.datacenter } };
    return this.#client.call('Network_Pod', 'getAllObjects', {
      ...withMask(options.mask),
      filter,
      ...signalOption(options.signal),
    });
  }

  /** The pods whose closure is announced (capability `CLOSURE_ANNOUNCED`), by name descending. */
  async getClosedPods(options: CallControl = {}): Promise<SoftLayer_Network_Pod[]> {
    return this.#client.call('Network_Pod', 'getAllObjects', {
      mask: CLOSED_PODS_MASK,
      filter: {
        capabilities: { operation: 'in', options: [{ name: 'data', value: ['CLOSURE_ANNOUNCED'] }] },
        name: queryFilterOrderBy('DESC'),
      },
      ...signalOption(options.signal),
    });
  }

  /** Every datacenter (`SoftLayer_Location_Datacenter::getDatacenters`). */
  async getListDatacenter(options: CallControl = {}): Promise<SoftLayer_Location[]> {
    return this.#client.call('Location_Datacenter', 'getDatacenters', { ...signalOption(options.signal) });
  }

  /** The routers of a datacenter (by its location id). */
  async getRouters(datacenterId: number, options: CallControl = {}): Promise<SoftLayer_Hardware[]> {
    if (!Number.isSafeInteger(datacenterId))
      throw invalid('getRouters: the datacenter id must be a whole number');
    return this.#client.call('Location_Datacenter', 'getHardwareRouters', {
      id: datacenterId,
      ...signalOption(options.signal),
    });
  }

  /**
   * The datacenter named `datacenter` (exact short name), as a one-item list (`getDatacenters` with a limit of 1,
   * as the reference); without a name, the first datacenter matching `filter`.
   */
  async getDatacenter(
    options: { datacenter?: string; filter?: ObjectFilter } & CallControl = {},
  ): Promise<SoftLayer_Location[]> {
    if (
      options.datacenter !== undefined &&
      (typeof options.datacenter !== 'string' || options.datacenter === '')
    ) {
      throw invalid('getDatacenter: the datacenter must be a non-empty name');
    }
    // The reference replaces the filter with the name's; we merge the name over the caller's filter.
    const filter = combineFilters(
      options.datacenter === undefined ? {} : { name: { operation: options.datacenter } },
      options.filter,
    );
    return this.#client.call('Location', 'getDatacenters', {
      ...filterOption(filter),
      limit: 1,
      ...signalOption(options.signal),
    });
  }

  /** The first datacenter of a region (`keyname`, e.g. `dal09`'s region key), or undefined. */
  async getDatacenterByKeyname(
    keyname?: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Location | undefined> {
    if (keyname !== undefined && (typeof keyname !== 'string' || keyname === '')) {
      throw invalid('getDatacenterByKeyname: the keyname must be non-empty text');
    }
    const found = await this.#client.call('Location', 'getDatacenters', {
      mask: 'mask[id,longName,name,regions[keyname,description]]',
      ...(keyname === undefined ? {} : { filter: { regions: { keyname: { operation: keyname } } } }),
      limit: 1,
      ...signalOption(options.signal),
    });
    return found[0];
  }

  /** The ids of the VLANs an identifier names: an id, or a VLAN name. */
  resolveVlanIds(identifier: number | string): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#vlanResolvers);
  }

  /** The one VLAN an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveVlanId(identifier: number | string): Promise<number | string> {
    return resolveId(identifier, this.#vlanResolvers, 'VLAN');
  }

  /** The ids of the subnets an identifier names: an id, or a network identifier (`10.0.0.0`, `10.0.0.0/24`). */
  resolveSubnetIds(identifier: number | string): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#subnetResolvers);
  }

  /** The one subnet an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveSubnetId(identifier: number | string): Promise<number | string> {
    return resolveId(identifier, this.#subnetResolvers, 'subnet');
  }

  /** The ids of the global IPs an identifier names: an id, or a network identifier. */
  resolveGlobalIpIds(identifier: number | string): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#globalIpResolvers);
  }

  /** The one global IP an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveGlobalIpId(identifier: number | string): Promise<number | string> {
    return resolveId(identifier, this.#globalIpResolvers, 'global IP');
  }

  /**
   * The ids of the security groups an identifier names: an id, or a name (exact). The reference takes ids only;
   * names are ours.
   */
  resolveSecuritygroupIds(identifier: number | string): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#securityGroupResolvers);
  }

  /** The one security group an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveSecuritygroupId(identifier: number | string): Promise<number | string> {
    return resolveId(identifier, this.#securityGroupResolvers, 'security group');
  }

  /** Sends checked rules to a group (an id or a name), the group and then the rules' remote groups resolved first. */
  async #sendRules(
    method: 'addRules' | 'editRules',
    identifier: number | string,
    rules: readonly PendingRule[],
    signal: AbortSignal | undefined,
  ): Promise<SoftLayer_Network_SecurityGroup_RequestRules> {
    const id = await this.resolveSecuritygroupId(identifier);
    const templates: SoftLayer_Network_SecurityGroup_Rule[] = [];
    for (const pending of rules) {
      templates.push(await resolvedRule(pending, (group) => this.resolveSecuritygroupId(group)));
    }
    return this.#client.call('Network_SecurityGroup', method, {
      id,
      args: [templates],
      ...signalOption(signal),
    });
  }

  /** The ids of the groups named exactly `name` (the API filters by name; we check the names again). */
  async #securityGroupIdsByName(name: string): Promise<number[]> {
    const groups = await this.listSecuritygroups({ mask: 'id,name', filter: { name: { operation: name } } });
    return groups.filter((group) => group.name === name).map((group) => group.id as number);
  }

  async #idsOf(list: Promise<ReadonlyArray<{ id?: number }>>): Promise<number[]> {
    return (await list).map((item) => item.id as number);
  }
}
