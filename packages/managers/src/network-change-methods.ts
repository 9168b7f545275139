import type { CallMask, SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Product_Order,
  SoftLayer_Container_Product_Order_Network_Subnet,
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Event_Log,
  SoftLayer_Network_Storage,
  SoftLayer_Network_Subnet_IpAddress,
  SoftLayer_Product_Item,
} from '@sl/types';
import { checkIp, checkMask, checkPositive, checkText, invalid, tagText } from './check-input';
import { EventLogManager } from './event-log-manager';
import type { CallControl } from './list-options';
import { signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';
import { type SubnetOrderType, subnetOrder, subnetPrice } from './subnet-order';

/*
 * NetworkManager's changes: ordering, routing and cancelling subnets and global IPs, and editing VLANs, subnets and
 * IP addresses (notes, names, tags). A base class so that network-manager.ts stays about reading; the identifiers
 * are resolved by NetworkManager's resolvers.
 */

/** What `addSubnet` takes besides the subnet type. */
export interface AddSubnetOptions extends CallControl {
  /** How many addresses (4, 8, 16, 32, 64 for IPv6); not for `global`. */
  quantity?: number;
  /** Where the subnet goes: a VLAN id (`private`, `public`), an IP address id (`static`); not for `global`. */
  endpointId?: number;
  /** 4 (default) or 6. */
  version?: 4 | 6;
  /** Only verify the order (`verifyOrder`); by default it is placed. */
  testOrder?: boolean;
}

/** What `addGlobalIp` takes. */
export type AddGlobalIpOptions = Pick<AddSubnetOptions, 'version' | 'testOrder' | 'signal'>;

/** What `edit` changes on a VLAN. */
export interface EditVlanChanges extends CallControl {
  name?: string;
  note?: string;
  /** Replaces the VLAN's tags (comma-separated text or a list); `''` or `[]` removes them all. */
  tags?: string | readonly string[];
}

/** The types of target `route` takes (`SoftLayer_Network_Subnet::route`). */
export type SubnetRouteType =
  | 'SoftLayer_Network_Subnet_IpAddress'
  | 'SoftLayer_Network_Vlan'
  | 'SoftLayer_Hardware_Server'
  | 'SoftLayer_Virtual_Guest';

const ROUTE_TYPES: readonly string[] = [
  'SoftLayer_Network_Subnet_IpAddress',
  'SoftLayer_Network_Vlan',
  'SoftLayer_Hardware_Server',
  'SoftLayer_Virtual_Guest',
];

/** The event log's object names of the events `getEventLogsByRequestId` reads (the reference's). */
const REQUEST_EVENT_TYPES = ['CCI', 'Security Group'] as const;

type Identifier = number | string;

export abstract class NetworkChangeMethods {
  protected readonly client: SoftLayerClient;

  protected constructor(client: SoftLayerClient) {
    this.client = client;
  }

  abstract resolveVlanId(identifier: Identifier): Promise<number | string>;
  abstract resolveSubnetId(identifier: Identifier): Promise<number | string>;
  abstract resolveGlobalIpId(identifier: Identifier): Promise<number | string>;

  /**
   * Orders a subnet (`private`, `public`, `static` or `global`) of `quantity` addresses on an endpoint: the item of
   * package 0 of the right category, size (and for IPv6, description) is looked up, then the order is verified
   * (`testOrder`) or placed. No matching item is `SL_NOT_FOUND` (the reference sends a null price).
   */
  async addSubnet(
    subnetType: SubnetOrderType,
    options: AddSubnetOptions = {},
  ): Promise<SoftLayer_Container_Product_Order | SoftLayer_Container_Product_Order_Receipt> {
    const where = 'addSubnet';
    const request = subnetOrder(subnetType, options, where);
    const items = await this.client.call('Product_Package', 'getItems', {
      id: 0,
      mask: 'mask[prices[packageReferences[package[keyName]]]]',
      ...signalOption(options.signal),
    });
    const item = items.find(request.matches);
    const priceId = item === undefined ? undefined : subnetPrice(item, subnetType, request.version);
    if (priceId === undefined) {
      throw new ManagerError(
        'SL_NOT_FOUND',
        `${where}: no ${request.describe} in the catalog (package 0, category ${request.category})`,
      );
    }
    const order: SoftLayer_Container_Product_Order_Network_Subnet = {
      packageId: 0,
      prices: [{ id: priceId }],
      quantity: 1,
      complexType: 'SoftLayer_Container_Product_Order_Network_Subnet',
      ...request.endpoint,
    };
    const method = options.testOrder ? 'verifyOrder' : 'placeOrder';
    return this.client.call('Product_Order', method, { args: [order], ...signalOption(options.signal) });
  }

  /** Orders a global IP address (IPv4 unless `version: 6`): `addSubnet('global', …)`. */
  addGlobalIp(
    options: AddGlobalIpOptions = {},
  ): Promise<SoftLayer_Container_Product_Order | SoftLayer_Container_Product_Order_Receipt> {
    return this.addSubnet('global', options);
  }

  /**
   * The price id of a subnet item for an order: for IPv4 static subnets the price of the `STATIC_IP_ADDRESSES`
   * package (the last that names it, as the reference), else the item's first price.
   */
  static getSubnetItemPrice(
    item: SoftLayer_Product_Item,
    subnetType: SubnetOrderType,
    version: 4 | 6,
  ): number | undefined {
    return subnetPrice(item, subnetType, version);
  }

  /** Routes a global IP (an id or its address) to a target IP address; resolves true when the route changes. */
  async assignGlobalIp(globalIp: Identifier, target: string, options: CallControl = {}): Promise<boolean> {
    checkIp(target, 'assignGlobalIp');
    const id = await this.resolveGlobalIpId(globalIp);
    return this.client.call('Network_Subnet_IpAddress_Global', 'route', {
      id,
      args: [target.trim()],
      ...signalOption(options.signal),
    });
  }

  /** Removes a global IP's route (an id or its address). */
  async unassignGlobalIp(globalIp: Identifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveGlobalIpId(globalIp);
    return this.client.call('Network_Subnet_IpAddress_Global', 'unroute', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** Cancels a global IP (an id or its address) through its billing item, at once. */
  async cancelGlobalIp(globalIp: Identifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveGlobalIpId(globalIp);
    const found = await this.client.call('Network_Subnet_IpAddress_Global', 'getObject', {
      id,
      mask: 'billingItem',
      ...signalOption(options.signal),
    });
    return this.#cancelService(found.billingItem?.id, `global IP ${id}`, options);
  }

  /**
   * Cancels a subnet (an id or its network identifier) through its billing item. A subnet without one (a primary
   * subnet comes with its VLAN) is refused with `SL_INVALID_ARGUMENT`.
   */
  async cancelSubnet(subnet: Identifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveSubnetId(subnet);
    const found = await this.client.call('Network_Subnet', 'getObject', {
      id,
      mask: 'id, billingItem.id',
      ...signalOption(options.signal),
    });
    return this.#cancelService(found.billingItem?.id, `subnet ${id}`, options);
  }

  /**
   * Cancels a billing item (`SoftLayer_Billing_Item::cancelItem`), with its associated items; `immediate` at once,
   * else on the anniversary date.
   */
  async cancelItem(
    billingItemId: number,
    immediate: boolean,
    reason: string,
    note: string,
    options: CallControl = {},
  ): Promise<boolean> {
    const where = 'cancelItem';
    const id = checkPositive(billingItemId, 'the billing item id', where);
    if (typeof immediate !== 'boolean') throw invalid(`${where}: immediate must be true or false`);
    checkText(reason, 'the reason', where);
    if (typeof note !== 'string') throw invalid(`${where}: the note must be text`);
    return this.client.call('Billing_Item', 'cancelItem', {
      id,
      args: [true, immediate, reason, note],
      ...signalOption(options.signal),
    });
  }

  /** Replaces a subnet's tags (an id or its network identifier); `''` or `[]` removes them all. */
  async setTagsSubnet(
    subnet: Identifier,
    tags: string | readonly string[],
    options: CallControl = {},
  ): Promise<boolean> {
    const text = tagText(tags, 'setTagsSubnet');
    const id = await this.resolveSubnetId(subnet);
    return this.client.call('Network_Subnet', 'setTags', {
      id,
      args: [text],
      ...signalOption(options.signal),
    });
  }

  /** Sets a subnet's note (an id or its network identifier). */
  async editNoteSubnet(subnet: Identifier, note: string, options: CallControl = {}): Promise<boolean> {
    if (typeof note !== 'string') throw invalid('editNoteSubnet: the note must be text');
    const id = await this.resolveSubnetId(subnet);
    return this.client.call('Network_Subnet', 'editNote', {
      id,
      args: [note],
      ...signalOption(options.signal),
    });
  }

  /** Replaces a VLAN's tags (an id or a name); `''` or `[]` removes them all. */
  async setTags(
    tags: string | readonly string[],
    vlan: Identifier,
    options: CallControl = {},
  ): Promise<boolean> {
    const text = tagText(tags, 'setTags');
    const id = await this.resolveVlanId(vlan);
    return this.client.call('Network_Vlan', 'setTags', { id, args: [text], ...signalOption(options.signal) });
  }

  /**
   * Changes a VLAN (an id or a name): its tags first (as the reference), then its name and note. Unlike the
   * reference (which resolves `true` without a call), an edit that changes nothing is refused.
   */
  async edit(vlan: Identifier, changes: EditVlanChanges): Promise<boolean> {
    const where = 'edit';
    if (changes === null || typeof changes !== 'object')
      throw invalid(`${where}: the changes must be an object`);
    const template: { name?: string; note?: string } = {};
    if (changes.name !== undefined) template.name = checkText(changes.name, 'the name', where);
    if (changes.note !== undefined) template.note = checkText(changes.note, 'the note', where);
    const tags = changes.tags === undefined ? undefined : tagText(changes.tags, where);
    if (tags === undefined && Object.keys(template).length === 0) {
      throw invalid(`${where}: give a name, a note or tags to change`);
    }
    const id = await this.resolveVlanId(vlan);
    const control = signalOption(changes.signal);
    if (tags !== undefined) {
      await this.client.call('Network_Vlan', 'setTags', { id, args: [tags], ...control });
    }
    if (Object.keys(template).length === 0) return true;
    return this.client.call('Network_Vlan', 'editObject', { id, args: [template], ...control });
  }

  /** Why a VLAN (an id or a name) cannot be cancelled now (empty when it can). */
  async getCancelFailureReasons(vlan: Identifier, options: CallControl = {}): Promise<string[]> {
    const id = await this.resolveVlanId(vlan);
    return this.client.call('Network_Vlan', 'getCancelFailureReasons', {
      id,
      ...signalOption(options.signal),
    });
  }

  /**
   * Changes an IP address object (by its id): the reference's `set_subnet_ipddress_note`, which takes the template
   * (`{ note: 'text' }`).
   */
  async setSubnetIpddressNote(
    ipAddressId: number,
    template: Pick<SoftLayer_Network_Subnet_IpAddress, 'note'>,
    options: CallControl = {},
  ): Promise<boolean> {
    const where = 'setSubnetIpddressNote';
    const id = checkPositive(ipAddressId, 'the IP address id', where);
    if (template === null || typeof template !== 'object' || typeof template.note !== 'string') {
      throw invalid(`${where}: the template must be { note: text }`);
    }
    return this.client.call('Network_Subnet_IpAddress', 'editObject', {
      id,
      args: [{ note: template.note }],
      ...signalOption(options.signal),
    });
  }

  /**
   * Routes a subnet (an id or its network identifier) to a target: an IP address, a VLAN, a server or a virtual
   * server (`type`), given as that type's identifier (an id, an address, a hostname). Resolves true when the route
   * changes.
   */
  async route(
    subnet: Identifier,
    type: SubnetRouteType,
    target: string | number,
    options: CallControl = {},
  ): Promise<boolean> {
    const where = 'route';
    if (!ROUTE_TYPES.includes(type)) {
      throw invalid(
        `${where}: the type must be one of ${ROUTE_TYPES.join(', ')}, got ${JSON.stringify(type)}`,
      );
    }
    const identifier =
      typeof target === 'number' ? String(checkPositive(target, 'the target', where)) : target;
    checkText(identifier, 'the target', where);
    const id = await this.resolveSubnetId(subnet);
    return this.client.call('Network_Subnet', 'route', {
      id,
      args: [type, identifier],
      ...signalOption(options.signal),
    });
  }

  /** Removes a subnet's route (an id or its network identifier); resolves false when it was not routed. */
  async clearRoute(subnet: Identifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveSubnetId(subnet);
    return this.client.call('Network_Subnet', 'clearRoute', { id, ...signalOption(options.signal) });
  }

  /** A storage volume with its credentials (`SoftLayer_Network_Storage::getObject`), by id. */
  async getNasCredentials(
    storageId: number,
    options: { mask?: CallMask } & CallControl = {},
  ): Promise<SoftLayer_Network_Storage> {
    const id = checkPositive(storageId, 'the storage id', 'getNasCredentials');
    if (typeof options.mask === 'string') checkMask(options.mask);
    return this.client.call('Network_Storage', 'getObject', {
      id,
      ...withMask(options.mask),
      ...signalOption(options.signal),
    });
  }

  /**
   * The virtual server and security group events of one API request (their `metaData`'s `requestId`, as the
   * security group methods answer it). The reference fails here (it adds two generators); we read both lists.
   */
  async getEventLogsByRequestId(
    requestId: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Event_Log[]> {
    checkText(requestId, 'the request id', 'getEventLogsByRequestId');
    const events = new EventLogManager(this.client);
    const found: SoftLayer_Event_Log[] = [];
    for (const objectType of REQUEST_EVENT_TYPES) {
      const filter = EventLogManager.buildFilter({ objectType });
      for await (const event of events.iterEventLogs({ filter, ...signalOption(options.signal) })) {
        if (requestIdOf(event) === requestId) found.push(event);
      }
    }
    return found;
  }

  async #cancelService(
    billingItemId: number | undefined,
    what: string,
    options: CallControl,
  ): Promise<boolean> {
    if (billingItemId === undefined) throw invalid(`${what} has no billing item; it cannot be cancelled`);
    return this.client.call('Billing_Item', 'cancelService', {
      id: billingItemId,
      ...signalOption(options.signal),
    });
  }
}

/** The `requestId` of an event's JSON `metaData`, when it has one. */
function requestIdOf(event: SoftLayer_Event_Log): string | undefined {
  try {
    const metaData: unknown = JSON.parse(event.metaData ?? '');
    if (metaData !== null && typeof metaData === 'object' && 'requestId' in metaData) {
      return String(metaData.requestId);
    }
  } catch {
    // Not JSON: no request id (the reference skips these too).
  }
  return undefined;
}
