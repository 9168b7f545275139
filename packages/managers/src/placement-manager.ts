import type { CallMask, ListResult, SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Hardware,
  SoftLayer_Virtual_PlacementGroup,
  SoftLayer_Virtual_PlacementGroup_Rule,
} from '@sl/types';
import { checkMask, checkPositive, checkText } from './check-input';
import { type CallControl, signalOption, withMask } from './list-options';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';

const SERVICE = 'Virtual_PlacementGroup';
const LIST_MASK = 'mask[id, name, createDate, rule, guestCount, backendRouter[id, hostname]]';
const GROUP_MASK =
  'mask[id, name, createDate, rule, backendRouter[id, hostname],' +
  'guests[activeTransaction[id,transactionStatus[name,friendlyName]]]]';

/** A placement group: its id, or its name (resolved with `Account::getPlacementGroups`). */
export type PlacementGroupIdentifier = number | string;

/** What `PlacementManager.create` takes: a name, the backend router and the rule (`getAllRules`). */
export interface PlacementGroupTemplate {
  name: string;
  backendRouterId: number;
  ruleId: number;
}

/**
 * Placement groups (`SoftLayer_Virtual_PlacementGroup`): guests ordered into one (`VsManager.orderGuest` with a
 * `placementId`) are spread over different hosts, as the reference client's `PlacementManager`. Guests join a group
 * only when ordered and leave it when cancelled.
 */
export class PlacementManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(name) => this.#idsFromName(name)];
  }

  /** The account's placement groups (every page) with their rule, guest count and router, or `mask`'s properties. */
  async list(
    options: { mask?: string } & CallControl = {},
  ): Promise<ListResult<SoftLayer_Virtual_PlacementGroup>> {
    checkMask(options.mask);
    return this.#client.call('Account', 'getPlacementGroups', {
      mask: options.mask ?? LIST_MASK,
      iter: true,
      ...signalOption(options.signal),
    });
  }

  /** Creates a placement group; resolves with it. */
  async create(
    template: PlacementGroupTemplate,
    options: CallControl = {},
  ): Promise<SoftLayer_Virtual_PlacementGroup> {
    checkText(template?.name, 'name', 'create');
    checkPositive(template.backendRouterId, 'backendRouterId', 'create');
    checkPositive(template.ruleId, 'ruleId', 'create');
    return this.#client.call(SERVICE, 'createObject', {
      args: [{ backendRouterId: template.backendRouterId, name: template.name, ruleId: template.ruleId }],
      ...signalOption(options.signal),
    });
  }

  /** The backend routers a placement group can be created on. */
  async getRouters(options: CallControl = {}): Promise<SoftLayer_Hardware[]> {
    return this.#client.call(SERVICE, 'getAvailableRouters', { ...signalOption(options.signal) });
  }

  /** One placement group with its rule, router and guests (their active transactions), or `mask`'s properties. */
  async getObject(
    group: PlacementGroupIdentifier,
    options: { mask?: CallMask } & CallControl = {},
  ): Promise<SoftLayer_Virtual_PlacementGroup> {
    if (typeof options.mask === 'string') checkMask(options.mask);
    const id = await this.resolveId(group, options);
    return this.#client.call(SERVICE, 'getObject', {
      id,
      ...withMask(options.mask, GROUP_MASK),
      ...signalOption(options.signal),
    });
  }

  /** Deletes an empty placement group (the API refuses one that still has guests). */
  async delete(group: PlacementGroupIdentifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(group, options);
    return this.#client.call(SERVICE, 'deleteObject', { id, ...signalOption(options.signal) });
  }

  /** The rules a group can have (`SPREAD`). */
  async getAllRules(options: CallControl = {}): Promise<SoftLayer_Virtual_PlacementGroup_Rule[]> {
    return this.#client.call('Virtual_PlacementGroup_Rule', 'getAllObjects', {
      ...signalOption(options.signal),
    });
  }

  /** The ids of the rules with a key name (any case; the API's rules cannot be filtered). */
  async getRuleIdFromName(name: string, options: CallControl = {}): Promise<number[]> {
    checkText(name, 'the rule name', 'getRuleIdFromName');
    const rules = await this.getAllRules(options);
    return rules.filter((rule) => rule.keyName === name.toUpperCase()).map((rule) => rule.id as number);
  }

  /** The ids of the backend routers with a hostname (`bcr01a.dal13`, any case), from the network pods. */
  async getBackendRouterIdFromHostname(hostname: string, options: CallControl = {}): Promise<number[]> {
    checkText(hostname, 'the router hostname', 'getBackendRouterIdFromHostname');
    const pods = await this.#client.call('Network_Pod', 'getAllObjects', { ...signalOption(options.signal) });
    return pods
      .filter((pod) => pod.backendRouterName === hostname.toLowerCase())
      .map((pod) => pod.backendRouterId as number);
  }

  /** The ids of the groups an identifier names: an id, or a name. */
  resolveIds(group: PlacementGroupIdentifier, options: CallControl = {}): Promise<Array<number | string>> {
    return resolveIds(group, this.#withSignal(options.signal));
  }

  /** The one group an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(group: PlacementGroupIdentifier, options: CallControl = {}): Promise<number | string> {
    return resolveId(group, this.#withSignal(options.signal), 'placement group');
  }

  #withSignal(signal: AbortSignal | undefined): readonly IdResolver[] {
    return signal === undefined ? this.#resolvers : [(name) => this.#idsFromName(name, signal)];
  }

  async #idsFromName(name: string, signal?: AbortSignal): Promise<number[]> {
    const groups = await this.#client.call('Account', 'getPlacementGroups', {
      filter: { placementGroups: { name: { operation: name } } },
      mask: 'mask[id, name]',
      ...signalOption(signal),
    });
    return groups.map((group) => group.id as number);
  }
}
