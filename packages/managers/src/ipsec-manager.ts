import type { ListResult, SoftLayerClient } from '@sl/client';
import type { ObjectFilter } from '@sl/filter';
import { ObjectNotFoundError } from '@sl/transport';
import type {
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Network_Customer_Subnet,
  SoftLayer_Network_Tunnel_Module_Context,
  SoftLayer_Network_Tunnel_Module_Context_Address_Translation,
} from '@sl/types';
import { checkIp, checkPositive, checkText, checkWhole, criterion, invalid } from './check-input';
import {
  type CallControl,
  combineFilters,
  filterOption,
  type ListOptions,
  signalOption,
  withMask,
} from './list-options';
import { OrderingManager } from './ordering-manager';
import { resolveIds } from './resolve-ids';

const CONTEXT = 'Network_Tunnel_Module_Context';

/** The context's methods that join a subnet to a tunnel or take it out. */
type SubnetMethod =
  | 'addPrivateSubnetToNetworkTunnel'
  | 'addCustomerSubnetToNetworkTunnel'
  | 'addServiceSubnetToNetworkTunnel'
  | 'removePrivateSubnetFromNetworkTunnel'
  | 'removeCustomerSubnetFromNetworkTunnel'
  | 'removeServiceSubnetFromNetworkTunnel';

/** The mask `getTranslations` reads a context's address translations with. */
const TRANSLATIONS_MASK = '[mask[addressTranslations[customerIpAddressRecord,internalIpAddressRecord]]]';

/** The order container of an IPsec VPN. */
const IPSEC_ORDER_TYPE = 'SoftLayer_Container_Product_Order_Network_Tunnel_Ipsec';

/** Authentication of a tunnel phase. */
export type IpsecAuthentication = 'MD5' | 'SHA1' | 'SHA256';
/** Encryption of a tunnel phase. */
export type IpsecEncryption = 'DES' | '3DES' | 'AES128' | 'AES192' | 'AES256';
/** Diffie-Hellman group of a tunnel phase. */
export type IpsecDiffieHellmanGroup = 0 | 1 | 2 | 5;

const AUTHENTICATIONS: readonly string[] = ['MD5', 'SHA1', 'SHA256'];
const ENCRYPTIONS: readonly string[] = ['DES', '3DES', 'AES128', 'AES192', 'AES256'];
const GROUPS: readonly number[] = [0, 1, 2, 5];
const KEY_LIFE = { min: 120, max: 172_800 };

/** What `updateTunnelContext` changes; absent members stay as they are. */
export interface TunnelContextChanges extends CallControl {
  friendlyName?: string;
  /** The customer's end of the tunnel (an IP address). */
  remotePeer?: string;
  presharedKey?: string;
  phase1Auth?: IpsecAuthentication;
  phase1Crypto?: IpsecEncryption;
  phase1Dh?: IpsecDiffieHellmanGroup;
  /** Seconds, 120 to 172800. */
  phase1KeyTtl?: number;
  phase2Auth?: IpsecAuthentication;
  phase2Crypto?: IpsecEncryption;
  phase2Dh?: IpsecDiffieHellmanGroup;
  /** 0 or 1. */
  phase2ForwardSecrecy?: 0 | 1;
  /** Seconds, 120 to 172800. */
  phase2KeyTtl?: number;
}

/** What `updateTranslation` changes; absent members stay as they are. */
export interface TranslationChanges extends CallControl {
  /** The internal (static) address. */
  staticIp?: string;
  /** The remote address. */
  remoteIp?: string;
  notes?: string;
}

/** A translation as `getTranslations` answers it: the two addresses as text, without their records. */
export type IpsecTranslation = SoftLayer_Network_Tunnel_Module_Context_Address_Translation;

function checkChoice(
  value: unknown,
  allowed: readonly (string | number)[],
  what: string,
  method: string,
): void {
  if (value !== undefined && !allowed.includes(value as string | number)) {
    throw invalid(`${method}: ${what} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
}

/** The context changes, checked, as the properties of the context they set (absent ones left out). */
function contextProperties(changes: TunnelContextChanges): SoftLayer_Network_Tunnel_Module_Context {
  const where = 'updateTunnelContext';
  if (changes === null || typeof changes !== 'object')
    throw invalid(`${where}: the changes must be an object`);
  if (changes.friendlyName !== undefined && typeof changes.friendlyName !== 'string') {
    throw invalid(`${where}: the friendly name must be text`);
  }
  if (changes.remotePeer !== undefined) checkIp(changes.remotePeer, where);
  if (changes.presharedKey !== undefined) checkText(changes.presharedKey, 'the preshared key', where);
  checkChoice(changes.phase1Auth, AUTHENTICATIONS, 'the phase 1 authentication', where);
  checkChoice(changes.phase1Crypto, ENCRYPTIONS, 'the phase 1 encryption', where);
  checkChoice(changes.phase1Dh, GROUPS, 'the phase 1 Diffie-Hellman group', where);
  if (changes.phase1KeyTtl !== undefined)
    checkWhole(changes.phase1KeyTtl, `${where}: the phase 1 key life`, KEY_LIFE);
  checkChoice(changes.phase2Auth, AUTHENTICATIONS, 'the phase 2 authentication', where);
  checkChoice(changes.phase2Crypto, ENCRYPTIONS, 'the phase 2 encryption', where);
  checkChoice(changes.phase2Dh, GROUPS, 'the phase 2 Diffie-Hellman group', where);
  checkChoice(changes.phase2ForwardSecrecy, [0, 1], 'the phase 2 perfect forward secrecy', where);
  if (changes.phase2KeyTtl !== undefined)
    checkWhole(changes.phase2KeyTtl, `${where}: the phase 2 key life`, KEY_LIFE);
  const properties: Record<string, unknown> = {
    friendlyName: changes.friendlyName,
    customerPeerIpAddress: changes.remotePeer,
    presharedKey: changes.presharedKey,
    phaseOneAuthentication: changes.phase1Auth,
    phaseOneEncryption: changes.phase1Crypto,
    phaseOneDiffieHellmanGroup: changes.phase1Dh,
    phaseOneKeylife: changes.phase1KeyTtl,
    phaseTwoAuthentication: changes.phase2Auth,
    phaseTwoEncryption: changes.phase2Crypto,
    phaseTwoDiffieHellmanGroup: changes.phase2Dh,
    phaseTwoPerfectForwardSecrecy: changes.phase2ForwardSecrecy,
    phaseTwoKeylife: changes.phase2KeyTtl,
  };
  for (const key of Object.keys(properties)) if (properties[key] === undefined) delete properties[key];
  return properties as SoftLayer_Network_Tunnel_Module_Context;
}

/** The API's not-found fault, as the reference raises it when the account has no such context or translation. */
function notFound(id: number): ObjectNotFoundError {
  return new ObjectNotFoundError(
    'SoftLayer_Exception_ObjectNotFound',
    `Unable to find object with id of '${id}'`,
  );
}

/**
 * IPsec VPN tunnel contexts (`SoftLayer_Network_Tunnel_Module_Context`), as the reference client's `IPSECManager`:
 * their internal, remote and service subnets, address translations (NAT), settings, configuration requests,
 * orders and cancellation. The same API calls, typed results, input checked before anything is sent.
 */
export class IpsecManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** The context ids an identifier names: IPsec contexts are named by id only. */
  async resolveIds(identifier: number | string): Promise<Array<number | string>> {
    return resolveIds(identifier, []);
  }

  /** Joins one of the account's private subnets to a tunnel. */
  async addInternalSubnet(contextId: number, subnetId: number, options: CallControl = {}): Promise<boolean> {
    return this.#subnetCall(
      'addPrivateSubnetToNetworkTunnel',
      contextId,
      subnetId,
      'addInternalSubnet',
      options,
    );
  }

  /** Joins a remote subnet (`createRemoteSubnet`) to a tunnel. */
  async addRemoteSubnet(contextId: number, subnetId: number, options: CallControl = {}): Promise<boolean> {
    return this.#subnetCall(
      'addCustomerSubnetToNetworkTunnel',
      contextId,
      subnetId,
      'addRemoteSubnet',
      options,
    );
  }

  /** Joins a SoftLayer service network subnet to a tunnel. */
  async addServiceSubnet(contextId: number, subnetId: number, options: CallControl = {}): Promise<boolean> {
    return this.#subnetCall(
      'addServiceSubnetToNetworkTunnel',
      contextId,
      subnetId,
      'addServiceSubnet',
      options,
    );
  }

  /** Takes a private subnet out of a tunnel. */
  async removeInternalSubnet(
    contextId: number,
    subnetId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    return this.#subnetCall(
      'removePrivateSubnetFromNetworkTunnel',
      contextId,
      subnetId,
      'removeInternalSubnet',
      options,
    );
  }

  /** Takes a remote subnet out of a tunnel (the API deletes it when no tunnel uses it any more). */
  async removeRemoteSubnet(contextId: number, subnetId: number, options: CallControl = {}): Promise<boolean> {
    return this.#subnetCall(
      'removeCustomerSubnetFromNetworkTunnel',
      contextId,
      subnetId,
      'removeRemoteSubnet',
      options,
    );
  }

  /** Takes a service subnet out of a tunnel. */
  async removeServiceSubnet(
    contextId: number,
    subnetId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    return this.#subnetCall(
      'removeServiceSubnetFromNetworkTunnel',
      contextId,
      subnetId,
      'removeServiceSubnet',
      options,
    );
  }

  /** Asks for the tunnel's configuration to be applied to its network devices; true when queued. */
  async applyConfiguration(contextId: number, options: CallControl = {}): Promise<boolean> {
    const id = checkPositive(contextId, 'the context id', 'applyConfiguration');
    return this.#client.call(CONTEXT, 'applyConfigurationsToDevice', { id, ...signalOption(options.signal) });
  }

  /** Creates a remote subnet (`networkIdentifier`/`cidr`) on the account. */
  async createRemoteSubnet(
    accountId: number,
    identifier: string,
    cidr: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Customer_Subnet> {
    const where = 'createRemoteSubnet';
    checkPositive(accountId, 'the account id', where);
    checkIp(identifier, where);
    checkWhole(cidr, `${where}: the cidr`, { min: 1, max: 128 });
    return this.#client.call('Network_Customer_Subnet', 'createObject', {
      args: [{ accountId, cidr, networkIdentifier: identifier }],
      ...signalOption(options.signal),
    });
  }

  /** Deletes a remote subnet from the account. */
  async deleteRemoteSubnet(subnetId: number, options: CallControl = {}): Promise<boolean> {
    const id = checkPositive(subnetId, 'the remote subnet id', 'deleteRemoteSubnet');
    // The API lists no deleteObject for remote subnets (it answers "not a valid method"); the reference calls it
    // all the same. A remote subnet goes when it is taken out of its last tunnel (`removeRemoteSubnet`).
    return this.#client.call('Network_Customer_Subnet', 'deleteObject', {
      id,
      ...signalOption(options.signal),
    }) as Promise<boolean>;
  }

  /** Adds an address translation: the internal `staticIp` is seen as `remoteIp` through the tunnel. */
  async createTranslation(
    contextId: number,
    staticIp: string,
    remoteIp: string,
    notes?: string,
    options: CallControl = {},
  ): Promise<IpsecTranslation> {
    const where = 'createTranslation';
    const id = checkPositive(contextId, 'the context id', where);
    checkIp(staticIp, where);
    checkIp(remoteIp, where);
    if (notes !== undefined && typeof notes !== 'string') throw invalid(`${where}: the notes must be text`);
    return this.#client.call(CONTEXT, 'createAddressTranslation', {
      id,
      args: [
        {
          customerIpAddress: remoteIp,
          internalIpAddress: staticIp,
          ...(notes === undefined ? {} : { notes }),
        },
      ],
      ...signalOption(options.signal),
    });
  }

  /** Removes an address translation from a tunnel. */
  async removeTranslation(
    contextId: number,
    translationId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    const where = 'removeTranslation';
    const id = checkPositive(contextId, 'the context id', where);
    const translation = checkPositive(translationId, 'the translation id', where);
    return this.#client.call(CONTEXT, 'deleteAddressTranslation', {
      id,
      args: [translation],
      ...signalOption(options.signal),
    });
  }

  /**
   * One tunnel context of the account (`SoftLayer_Account::getNetworkTunnelContexts` filtered by id), with `mask`
   * when given; rejects with the API's `ObjectNotFoundError` when the account has none by that id.
   */
  async getTunnelContext(
    contextId: number,
    options: ListOptions = {},
  ): Promise<SoftLayer_Network_Tunnel_Module_Context> {
    const id = checkPositive(contextId, 'the context id', 'getTunnelContext');
    const own: ObjectFilter = { networkTunnelContexts: { id: criterion(id, 'the context id') } };
    const theirs = options.filter;
    // The reference sets the id over the caller's filter: the id wins.
    const filter = theirs === undefined ? own : combineFilters(theirs, own);
    const contexts = await this.#client.call('Account', 'getNetworkTunnelContexts', {
      ...withMask(options.mask),
      ...filterOption(filter),
      ...signalOption(options.signal),
    });
    const [context] = contexts;
    if (context === undefined) throw notFound(id);
    return context;
  }

  /** The account's tunnel contexts (`mask` and `filter` as given). */
  async getTunnelContexts(
    options: ListOptions = {},
  ): Promise<ListResult<SoftLayer_Network_Tunnel_Module_Context>> {
    return this.#client.call('Account', 'getNetworkTunnelContexts', {
      ...withMask(options.mask),
      ...filterOption(options.filter),
      ...signalOption(options.signal),
    });
  }

  /** A tunnel's address translations, each with its two addresses as text (`internalIpAddress`, `customerIpAddress`). */
  async getTranslations(contextId: number, options: CallControl = {}): Promise<IpsecTranslation[]> {
    const context = await this.getTunnelContext(contextId, { mask: TRANSLATIONS_MASK, ...options });
    return (context.addressTranslations ?? []).map((translation) => {
      const { customerIpAddressRecord, internalIpAddressRecord, ...rest } = translation;
      return {
        ...rest,
        customerIpAddress: customerIpAddressRecord?.ipAddress ?? '',
        internalIpAddress: internalIpAddressRecord?.ipAddress ?? '',
      };
    });
  }

  /** One address translation of a tunnel; rejects with `ObjectNotFoundError` when the tunnel has none by that id. */
  async getTranslation(
    contextId: number,
    translationId: number,
    options: CallControl = {},
  ): Promise<IpsecTranslation> {
    const id = checkPositive(translationId, 'the translation id', 'getTranslation');
    const found = (await this.getTranslations(contextId, options)).find(
      (translation) => translation.id === id,
    );
    if (found === undefined) throw notFound(id);
    return found;
  }

  /** Changes an address translation's addresses or notes (read first, sent back whole); true when done. */
  async updateTranslation(
    contextId: number,
    translationId: number,
    changes: TranslationChanges = {},
  ): Promise<boolean> {
    const where = 'updateTranslation';
    checkPositive(contextId, 'the context id', where);
    checkPositive(translationId, 'the translation id', where);
    if (changes.staticIp !== undefined) checkIp(changes.staticIp, where);
    if (changes.remoteIp !== undefined) checkIp(changes.remoteIp, where);
    if (changes.notes !== undefined && typeof changes.notes !== 'string') {
      throw invalid(`${where}: the notes must be text`);
    }
    const control = signalOption(changes.signal);
    const translation: IpsecTranslation = {
      ...(await this.getTranslation(contextId, translationId, control)),
    };
    if (changes.staticIp !== undefined) {
      translation.internalIpAddress = changes.staticIp;
      delete translation.internalIpAddressId;
    }
    if (changes.remoteIp !== undefined) {
      translation.customerIpAddress = changes.remoteIp;
      delete translation.customerIpAddressId;
    }
    if (changes.notes !== undefined) translation.notes = changes.notes;
    await this.#client.call(CONTEXT, 'editAddressTranslation', {
      id: contextId,
      args: [translation],
      ...control,
    });
    return true;
  }

  /** Changes a tunnel's name, remote peer, preshared key or phase settings (read first, sent back whole). */
  async updateTunnelContext(contextId: number, changes: TunnelContextChanges = {}): Promise<boolean> {
    const id = checkPositive(contextId, 'the context id', 'updateTunnelContext');
    const properties = contextProperties(changes);
    const control = signalOption(changes.signal);
    const context = await this.getTunnelContext(id, control);
    return this.#client.call(CONTEXT, 'editObject', {
      id,
      args: [{ ...context, ...properties }],
      ...control,
    });
  }

  /**
   * Orders an IPsec VPN in a datacenter (`dal13`) from the `ADDITIONAL_PRODUCTS` package, monthly, with the items
   * by key name (`IPSEC_STANDARD`). This costs money.
   */
  async order(
    datacenter: string,
    itemKeys: readonly string[],
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Product_Order_Receipt> {
    checkText(datacenter, 'the datacenter', 'order');
    return new OrderingManager(this.#client).placeOrder('ADDITIONAL_PRODUCTS', datacenter, itemKeys, {
      complexType: IPSEC_ORDER_TYPE,
      hourly: false,
      ...signalOption(options.signal),
    });
  }

  /**
   * Cancels a tunnel's billing item (`SoftLayer_Billing_Item::cancelItem`, with its associated items): at once
   * when `immediate`, else on the anniversary date; `reason` is optional.
   */
  async cancelItem(
    billingItemId: number,
    immediate: boolean,
    reason?: string,
    options: CallControl = {},
  ): Promise<boolean> {
    const where = 'cancelItem';
    const id = checkPositive(billingItemId, 'the billing item id', where);
    if (typeof immediate !== 'boolean') throw invalid(`${where}: immediate must be true or false`);
    if (reason !== undefined && typeof reason !== 'string')
      throw invalid(`${where}: the reason must be text`);
    return this.#client.call('Billing_Item', 'cancelItem', {
      id,
      // Like the reference: `true` first (cancel at once), then `immediate` (with the associated items).
      args: reason === undefined ? [true, immediate] : [true, immediate, reason],
      ...signalOption(options.signal),
    });
  }

  #subnetCall(
    method: SubnetMethod,
    contextId: number,
    subnetId: number,
    where: string,
    options: CallControl,
  ): Promise<boolean> {
    const id = checkPositive(contextId, 'the context id', where);
    const subnet = checkPositive(subnetId, 'the subnet id', where);
    return this.#client.call(CONTEXT, method, { id, args: [subnet], ...signalOption(options.signal) });
  }
}
