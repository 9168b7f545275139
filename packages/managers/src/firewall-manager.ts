import type { SoftLayerClient } from '@sl/client';
import { queryFilter } from '@sl/filter';
import type {
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Metric_Tracking_Object_Data,
  SoftLayer_Network_Component_Firewall_Rule,
  SoftLayer_Network_Firewall_Update_Request,
  SoftLayer_Network_Firewall_Update_Request_Rule,
  SoftLayer_Network_Gateway,
  SoftLayer_Network_Vlan,
  SoftLayer_Network_Vlan_Firewall,
  SoftLayer_Product_Item,
} from '@sl/types';
import { checkMask, checkPositive, checkText, invalid } from './check-input';
import { type CallControl, signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';
import { resolveIds } from './resolve-ids';

/** What a firewall rule read shows (the reference's `RULE_MASK`). */
const RULE_MASK =
  'mask[orderValue,action,destinationIpAddress,destinationIpSubnetMask,protocol,destinationPortRangeStart,' +
  'destinationPortRangeEnd,sourceIpAddress,sourceIpSubnetMask,version,notes]';

const FIREWALLS_MASK =
  'firewallNetworkComponents,networkVlanFirewall,dedicatedFirewallFlag,firewallGuestNetworkComponents,' +
  'firewallInterfaces,firewallRules,highAvailabilityFirewallFlag';

const INSTANCE_MASK =
  'mask[firewallType,datacenter,managementCredentials,networkVlan,metricTrackingObject[data,type],' +
  'networkGateway[insideVlans,members,privateIpAddress,publicIpAddress,publicIpv6Address,privateVlan,publicVlan,status]]';

const GATEWAYS_MASK =
  'mask[id,networkSpace,name,networkFirewall[id,firewallType,datacenter[name]],status[keyName],insideVlans[id],' +
  'privateIpAddress[ipAddress],publicVlan[id,primaryRouter[hostname]],publicIpAddress[ipAddress],' +
  'members[id,hardware[hostname]]]';

const ACCESS_LISTS_MASK = 'mask[networkVlan[firewallInterfaces[firewallContextAccessControlLists]]]';

/** The order container of a firewall (package 0, one price). */
type FirewallOrder = Record<string, unknown> & { complexType: string };

/** Whether a server is a virtual server (`isVirt`, the default) or a bare metal server. */
export interface FirewallServerOptions extends CallControl {
  isVirt?: boolean;
}

/** Whether a dedicated firewall is highly available (two appliances). */
export interface DedicatedFirewallOptions extends CallControl {
  haEnabled?: boolean;
}

/** Whether a firewall is dedicated (a VLAN's) or standard (a server's, the default). */
export interface CancelFirewallOptions extends CallControl {
  dedicated?: boolean;
}

/** Whether a VLAN has a firewall of any kind (the reference's `has_firewall`). */
export function hasFirewall(vlan: SoftLayer_Network_Vlan): boolean {
  const filled = (list: unknown) => Array.isArray(list) && list.length > 0;
  return Boolean(
    vlan.dedicatedFirewallFlag ||
      vlan.highAvailabilityFirewallFlag ||
      filled(vlan.firewallInterfaces) ||
      filled(vlan.firewallNetworkComponents) ||
      filled(vlan.firewallGuestNetworkComponents),
  );
}

function checkFlag(value: unknown, what: string, method: string): boolean {
  if (value !== undefined && typeof value !== 'boolean')
    throw invalid(`${method}: ${what} must be true or false`);
  return value === true;
}

function checkRules(
  rules: readonly SoftLayer_Network_Firewall_Update_Request_Rule[],
  method: string,
): SoftLayer_Network_Firewall_Update_Request_Rule[] {
  if (!Array.isArray(rules)) throw invalid(`${method}: the rules must be a list of rules`);
  rules.forEach((rule, index) => {
    if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) {
      throw invalid(`${method}: rule ${index + 1} must be an object (action, protocol, sourceIpAddress, …)`);
    }
  });
  return [...rules];
}

/**
 * Firewalls (`SoftLayer_Network_Component_Firewall` of a server, `SoftLayer_Network_Vlan_Firewall` of a VLAN or a
 * multi-VLAN gateway), as the reference client's `FirewallManager`: the same API calls, typed results, input checked
 * before sending.
 */
export class FirewallManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** The firewall items of package 0 matching a server's port speed (`100Mbps Hardware Firewall`, …). */
  async getStandardPackage(
    serverId: number,
    options: FirewallServerOptions = {},
  ): Promise<SoftLayer_Product_Item[]> {
    checkPositive(serverId, 'the server id', 'getStandardPackage');
    const isVirt = options.isVirt === undefined || checkFlag(options.isVirt, 'isVirt', 'getStandardPackage');
    const speed = await this.#portSpeed(serverId, isVirt, options.signal);
    return this.#packageItems(`${speed}Mbps Hardware Firewall`, options.signal);
  }

  /** The dedicated VLAN firewall items of package 0 (`Hardware Firewall (Dedicated)`, or HA). */
  async getDedicatedPackage(options: DedicatedFirewallOptions = {}): Promise<SoftLayer_Product_Item[]> {
    const ha = checkFlag(options.haEnabled, 'haEnabled', 'getDedicatedPackage');
    return this.#packageItems(
      ha ? 'Hardware Firewall (High Availability)' : 'Hardware Firewall (Dedicated)',
      options.signal,
    );
  }

  /** Cancels a firewall at once through its billing item; `dedicated` for a VLAN firewall. */
  async cancelFirewall(firewallId: number, options: CancelFirewallOptions = {}): Promise<boolean> {
    checkPositive(firewallId, 'the firewall id', 'cancelFirewall');
    const dedicated = checkFlag(options.dedicated, 'dedicated', 'cancelFirewall');
    const firewall: { billingItem?: { id?: number } | null } | null = await this.#client.call(
      dedicated ? 'Network_Vlan_Firewall' : 'Network_Component_Firewall',
      'getObject',
      { id: firewallId, mask: 'mask[id,billingItem[id]]', ...signalOption(options.signal) },
    );
    if (!firewall) throw new ManagerError('SL_NOT_FOUND', `Unable to find firewall ${firewallId}`);
    const billingId = firewall.billingItem?.id;
    if (billingId === undefined) {
      throw new ManagerError('SL_NOT_FOUND', `Unable to find billing item for firewall ${firewallId}`);
    }
    return this.#client.call('Billing_Item', 'cancelService', {
      id: billingId,
      ...signalOption(options.signal),
    });
  }

  /** Orders a standard firewall for a virtual server (or, `isVirt: false`, a bare metal server). */
  async addStandardFirewall(
    serverId: number,
    options: FirewallServerOptions = {},
  ): Promise<SoftLayer_Container_Product_Order_Receipt> {
    const items = await this.getStandardPackage(serverId, options);
    const isVirt = options.isVirt !== false;
    return this.#placeOrder(
      {
        complexType: 'SoftLayer_Container_Product_Order_Network_Protection_Firewall',
        quantity: 1,
        packageId: 0,
        [isVirt ? 'virtualGuests' : 'hardware']: [{ id: serverId }],
        prices: [{ id: firstPriceId(items, 'addStandardFirewall') }],
      },
      options.signal,
    );
  }

  /** Orders a dedicated firewall for a VLAN (highly available with `haEnabled`). */
  async addVlanFirewall(
    vlanId: number,
    options: DedicatedFirewallOptions = {},
  ): Promise<SoftLayer_Container_Product_Order_Receipt> {
    checkPositive(vlanId, 'the VLAN id', 'addVlanFirewall');
    const items = await this.getDedicatedPackage(options);
    return this.#placeOrder(
      {
        complexType: 'SoftLayer_Container_Product_Order_Network_Protection_Firewall_Dedicated',
        quantity: 1,
        packageId: 0,
        vlanId,
        prices: [{ id: firstPriceId(items, 'addVlanFirewall') }],
      },
      options.signal,
    );
  }

  /** The account's VLANs that have a firewall (dedicated, or standard firewalls of their servers). */
  async getFirewalls(options: CallControl = {}): Promise<SoftLayer_Network_Vlan[]> {
    const vlans: SoftLayer_Network_Vlan[] = await this.#client.call('Account', 'getNetworkVlans', {
      mask: FIREWALLS_MASK,
      ...signalOption(options.signal),
    });
    return vlans.filter(hasFirewall);
  }

  /** The account's multi-VLAN firewalls: its network gateways that have a firewall. */
  async getFirewallsGatewalls(options: CallControl = {}): Promise<SoftLayer_Network_Gateway[]> {
    return this.#client.call('Account', 'getNetworkGateways', {
      mask: GATEWAYS_MASK,
      filter: { networkGateways: { networkFirewall: { operation: 'not null' } } },
      ...signalOption(options.signal),
    });
  }

  /** The rules of a standard (server) firewall. */
  async getStandardFwlRules(
    firewallId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Component_Firewall_Rule[]> {
    checkPositive(firewallId, 'the firewall id', 'getStandardFwlRules');
    return this.#client.call('Network_Component_Firewall', 'getRules', {
      id: firewallId,
      mask: RULE_MASK,
      ...signalOption(options.signal),
    });
  }

  /** The rules of a dedicated (VLAN or multi-VLAN) firewall. */
  async getDedicatedFwlRules(
    firewallId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Component_Firewall_Rule[]> {
    checkPositive(firewallId, 'the firewall id', 'getDedicatedFwlRules');
    return this.#client.call('Network_Vlan_Firewall', 'getRules', {
      id: firewallId,
      mask: RULE_MASK,
      ...signalOption(options.signal),
    });
  }

  /** Replaces the rules of a dedicated firewall (on its outside interface's inbound access list). */
  async editDedicatedFwlRules(
    firewallId: number,
    rules: readonly SoftLayer_Network_Firewall_Update_Request_Rule[],
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Firewall_Update_Request> {
    checkPositive(firewallId, 'the firewall id', 'editDedicatedFwlRules');
    const checked = checkRules(rules, 'editDedicatedFwlRules');
    const firewall: SoftLayer_Network_Vlan_Firewall = await this.#client.call(
      'Network_Vlan_Firewall',
      'getObject',
      { id: firewallId, mask: ACCESS_LISTS_MASK, ...signalOption(options.signal) },
    );
    let accessListId: number | undefined;
    for (const face of firewall.networkVlan?.firewallInterfaces ?? []) {
      if (face.name === 'inside') continue;
      for (const list of face.firewallContextAccessControlLists ?? []) {
        if (list.direction !== 'out') accessListId = list.id;
      }
    }
    if (accessListId === undefined) {
      throw new ManagerError('SL_NOT_FOUND', `firewall ${firewallId} has no inbound access list to edit`);
    }
    return this.#client.call('Network_Firewall_Update_Request', 'createObject', {
      args: [{ firewallContextAccessControlListId: accessListId, rules: checked }],
      ...signalOption(options.signal),
    });
  }

  /** Replaces the rules of a standard (server) firewall. */
  async editStandardFwlRules(
    firewallId: number,
    rules: readonly SoftLayer_Network_Firewall_Update_Request_Rule[],
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Firewall_Update_Request> {
    checkPositive(firewallId, 'the firewall id', 'editStandardFwlRules');
    const checked = checkRules(rules, 'editStandardFwlRules');
    return this.#client.call('Network_Firewall_Update_Request', 'createObject', {
      args: [{ networkComponentFirewallId: firewallId, rules: checked }],
      ...signalOption(options.signal),
    });
  }

  /** A dedicated or multi-VLAN firewall with its VLAN, gateway, credentials and tracking object. */
  async getInstance(
    firewallId: number,
    options: CallControl & { mask?: string } = {},
  ): Promise<SoftLayer_Network_Vlan_Firewall> {
    checkPositive(firewallId, 'the firewall id', 'getInstance');
    checkMask(options.mask);
    return this.#client.call('Network_Vlan_Firewall', 'getObject', {
      id: firewallId,
      ...withMask(options.mask, INSTANCE_MASK),
      ...signalOption(options.signal),
    });
  }

  /** Daily public in and out bytes of a tracking object from `startDate` to `endDate` (`YYYY-MM-DD`). */
  async getSummary(
    trackingObjectId: number,
    startDate: string,
    endDate: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Metric_Tracking_Object_Data[]> {
    checkPositive(trackingObjectId, 'the tracking object id', 'getSummary');
    checkText(startDate, 'the start date', 'getSummary');
    checkText(endDate, 'the end date', 'getSummary');
    return this.#client.call('Metric_Tracking_Object', 'getSummaryData', {
      id: trackingObjectId,
      args: [
        startDate,
        endDate,
        [
          { keyName: 'PUBLICIN', summaryType: 'sum' },
          { keyName: 'PUBLICOUT', summaryType: 'sum' },
        ],
        86400,
      ],
      ...signalOption(options.signal),
    });
  }

  /** The ids an identifier names: firewalls are named by id only. */
  resolveIds(identifier: number | string): Promise<Array<number | string>> {
    return resolveIds(identifier, []);
  }

  async #packageItems(
    description: string,
    signal: AbortSignal | undefined,
  ): Promise<SoftLayer_Product_Item[]> {
    return this.#client.call('Product_Package', 'getItems', {
      id: 0,
      filter: { items: { description: queryFilter(description) } },
      ...signalOption(signal),
    });
  }

  async #placeOrder(
    order: FirewallOrder,
    signal: AbortSignal | undefined,
  ): Promise<SoftLayer_Container_Product_Order_Receipt> {
    return this.#client.call('Product_Order', 'placeOrder', { args: [order], ...signalOption(signal) });
  }

  /** The port speed a server's firewall must match: a guest's primary NIC, a server's widest (bonded) uplink. */
  async #portSpeed(serverId: number, isVirt: boolean, signal: AbortSignal | undefined): Promise<number> {
    if (isVirt) {
      const guest: { primaryNetworkComponent?: { maxSpeed?: number } } = await this.#client.call(
        'Virtual_Guest',
        'getObject',
        { id: serverId, mask: 'primaryNetworkComponent[maxSpeed]', ...signalOption(signal) },
      );
      return guest.primaryNetworkComponent?.maxSpeed ?? 0;
    }
    const components: Array<{
      maxSpeed?: number;
      networkComponentGroup?: { networkComponents?: Array<{ maxSpeed?: number }> };
    }> = await this.#client.call('Hardware_Server', 'getFrontendNetworkComponents', {
      id: serverId,
      mask: 'id,maxSpeed,networkComponentGroup.networkComponents',
      ...signalOption(signal),
    });
    let speed = 0;
    for (const component of components) {
      const group = component.networkComponentGroup?.networkComponents;
      const width = group
        ? group.reduce((sum, member) => sum + (member.maxSpeed ?? 0), 0)
        : (component.maxSpeed ?? 0);
      speed = Math.max(speed, width);
    }
    return speed;
  }
}

/** The first price of the first item, or `SL_NOT_FOUND` when the package has no matching firewall. */
function firstPriceId(items: readonly SoftLayer_Product_Item[], method: string): number {
  const id = items[0]?.prices?.[0]?.id;
  if (id === undefined) {
    throw new ManagerError('SL_NOT_FOUND', `${method}: no firewall is sold for this port speed or VLAN`);
  }
  return id;
}
