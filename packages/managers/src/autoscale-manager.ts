import type { CallMask, ListResult, SoftLayerClient } from '@sl/client';
import type { ObjectFilter } from '@sl/filter';
import type {
  SoftLayer_Scale_Group,
  SoftLayer_Scale_Group_Log,
  SoftLayer_Scale_Member_Virtual_Guest,
  SoftLayer_Scale_Policy,
} from '@sl/types';
import { checkMask, checkPositive, checkText, checkWhole, invalid } from './check-input';
import { type CallControl, filterOption, signalOption, withMask } from './list-options';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';

const SERVICE = 'Scale_Group';
const DETAILS_MASK =
  'mask[virtualGuestMembers[id,virtualGuest[id,hostname,domain,provisionDate]], terminationPolicy,' +
  ' virtualGuestMemberCount, virtualGuestMemberTemplate[sshKeys],' +
  ' policies[id,name,createDate,cooldown,actions,triggers,scaleActions],' +
  ' networkVlans[networkVlanId,networkVlan[networkSpace,primaryRouter[hostname]]],' +
  ' loadBalancers, regionalGroup[locations]]';

/** An autoscale group: its id, or its name. */
export type ScaleGroupIdentifier = number | string;

/** Mask and signal of the autoscale reads. */
export type ScaleMaskOption = { mask?: CallMask } & CallControl;

/**
 * Autoscale groups (`SoftLayer_Scale_Group`), as the reference client's `AutoScaleManager`: groups of guests made
 * from one template, scaled by hand or by their policies, with their logs.
 */
export class AutoScaleManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(name) => this.#idsFromName(name)];
  }

  /** The account's groups (every page) with their status and member count, or `mask`'s properties. */
  async list(options: { mask?: string } & CallControl = {}): Promise<ListResult<SoftLayer_Scale_Group>> {
    checkMask(options.mask);
    return this.#client.call('Account', 'getScaleGroups', {
      mask: options.mask ?? 'mask[status,virtualGuestMemberCount]',
      iter: true,
      ...signalOption(options.signal),
    });
  }

  /** One group with its members, template, policies, VLANs, load balancers and region. */
  async details(group: ScaleGroupIdentifier, options: ScaleMaskOption = {}): Promise<SoftLayer_Scale_Group> {
    const id = await this.resolveId(group, options);
    return this.#client.call(SERVICE, 'getObject', {
      id,
      ...withMask(options.mask, DETAILS_MASK),
      ...signalOption(options.signal),
    });
  }

  /** One scaling policy (by id) with its actions and triggers. */
  async getPolicy(policyId: number, options: ScaleMaskOption = {}): Promise<SoftLayer_Scale_Policy> {
    checkPositive(policyId, 'the policy id', 'getPolicy');
    return this.#client.call('Scale_Policy', 'getObject', {
      id: policyId,
      ...withMask(options.mask, 'mask[cooldown, createDate, id, name, actions, triggers[type]]'),
      ...signalOption(options.signal),
    });
  }

  /** Adds `amount` members (negative: removes), within the group's bounds. */
  async scale(group: ScaleGroupIdentifier, amount: number, options: CallControl = {}): Promise<boolean> {
    if (!Number.isSafeInteger(amount) || amount === 0)
      throw invalid('scale: amount must be a non-zero whole number');
    const id = await this.resolveId(group, options);
    await this.#client.call(SERVICE, 'scale', { id, args: [amount], ...signalOption(options.signal) });
    return true;
  }

  /** Sets the member count, within the group's bounds. */
  async scaleTo(group: ScaleGroupIdentifier, amount: number, options: CallControl = {}): Promise<boolean> {
    checkWhole(amount, 'scaleTo: amount');
    const id = await this.resolveId(group, options);
    await this.#client.call(SERVICE, 'scaleTo', { id, args: [amount], ...signalOption(options.signal) });
    return true;
  }

  /** The group's log (every page), optionally filtered. */
  async getLogs(
    group: ScaleGroupIdentifier,
    options: ScaleMaskOption & { filter?: ObjectFilter } = {},
  ): Promise<ListResult<SoftLayer_Scale_Group_Log>> {
    const id = await this.resolveId(group, options);
    return this.#client.call(SERVICE, 'getLogs', {
      id,
      ...withMask(options.mask),
      ...filterOption(options.filter),
      iter: true,
      ...signalOption(options.signal),
    });
  }

  /** The group's members (every page). */
  async getVirtualGuests(
    group: ScaleGroupIdentifier,
    options: ScaleMaskOption = {},
  ): Promise<ListResult<SoftLayer_Scale_Member_Virtual_Guest>> {
    const id = await this.resolveId(group, options);
    return this.#client.call(SERVICE, 'getVirtualGuestMembers', {
      id,
      ...withMask(options.mask),
      iter: true,
      ...signalOption(options.signal),
    });
  }

  /** Changes a group (`editObject` with the properties given). */
  async edit(
    group: ScaleGroupIdentifier,
    template: SoftLayer_Scale_Group,
    options: CallControl = {},
  ): Promise<boolean> {
    if (template === null || typeof template !== 'object' || Object.keys(template).length === 0) {
      throw invalid('edit: give the properties to change');
    }
    const id = await this.resolveId(group, options);
    return this.#client.call(SERVICE, 'editObject', {
      id,
      args: [template],
      ...signalOption(options.signal),
    });
  }

  /** Creates a group (it starts with its minimum member count); resolves with it. */
  async create(template: SoftLayer_Scale_Group, options: CallControl = {}): Promise<SoftLayer_Scale_Group> {
    if (template === null || typeof template !== 'object') throw invalid('create: give the group template');
    checkText(template.name, 'name', 'create');
    if (template.virtualGuestMemberTemplate === undefined)
      throw invalid('create: give virtualGuestMemberTemplate');
    return this.#client.call(SERVICE, 'createObject', { args: [template], ...signalOption(options.signal) });
  }

  /** Deletes a group with its members (`forceDeleteObject`). */
  async delete(group: ScaleGroupIdentifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(group, options);
    return this.#client.call(SERVICE, 'forceDeleteObject', { id, ...signalOption(options.signal) });
  }

  /** The ids of the groups an identifier names: an id, or a name. */
  resolveIds(group: ScaleGroupIdentifier, options: CallControl = {}): Promise<Array<number | string>> {
    return resolveIds(
      group,
      options.signal === undefined ? this.#resolvers : [(name) => this.#idsFromName(name, options.signal)],
    );
  }

  /** The one group an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(group: ScaleGroupIdentifier, options: CallControl = {}): Promise<number | string> {
    return resolveId(
      group,
      options.signal === undefined ? this.#resolvers : [(name) => this.#idsFromName(name, options.signal)],
      'autoscale group',
    );
  }

  async #idsFromName(name: string, signal?: AbortSignal): Promise<number[]> {
    const groups = await this.#client.call('Account', 'getScaleGroups', {
      mask: 'id',
      filter: { scaleGroups: { name: { operation: name } } },
      ...signalOption(signal),
    });
    return groups.map((each) => each.id as number);
  }
}
