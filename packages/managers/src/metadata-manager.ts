import { createClient, type SoftLayerClient } from '@sl/client';
import { createRestTransport, type HttpTransport, ObjectNotFoundError } from '@sl/transport';
import { invalid } from './check-input';
import { type CallControl, signalOption } from './list-options';

/** The metadata service's private REST endpoint, reachable from inside a server only. */
export const METADATA_ENDPOINT = 'https://api.service.softlayer.com/rest/v3.1/';

/** The attributes `MetadataManager.get` reads, and the `SoftLayer_Resource_Metadata` method of each. */
const ATTRIBUTES = {
  backend_mac: 'getBackendMacAddresses',
  datacenter: 'getDatacenter',
  datacenter_id: 'getDatacenterId',
  domain: 'getDomain',
  frontend_mac: 'getFrontendMacAddresses',
  fqdn: 'getFullyQualifiedDomainName',
  hostname: 'getHostname',
  id: 'getId',
  primary_backend_ip: 'getPrimaryBackendIpAddress',
  primary_ip: 'getPrimaryIpAddress',
  primary_frontend_ip: 'getPrimaryIpAddress',
  provision_state: 'getProvisionState',
  router: 'getRouter',
  tags: 'getTags',
  user_data: 'getUserMetadata',
  user_metadata: 'getUserMetadata',
  vlan_ids: 'getVlanIds',
  vlans: 'getVlans',
} as const;

/** An attribute of the metadata service (`datacenter`, `fqdn`, `vlans`, …). */
export type MetadataAttribute = keyof typeof ATTRIBUTES;

/** The attributes that need a MAC address (`router`, `vlans`, `vlan_ids`). */
const NEEDS_MAC: ReadonlySet<MetadataAttribute> = new Set(['router', 'vlans', 'vlan_ids']);

/** What `publicNetwork` / `privateNetwork` read besides the MAC addresses (all by default). */
export interface NetworkMetadataOptions extends CallControl {
  router?: boolean;
  vlans?: boolean;
  vlanIds?: boolean;
}

/** A server's network as the metadata service describes it. */
export interface NetworkMetadata {
  macAddresses: string[];
  router?: string;
  vlans?: number[];
  vlanIds?: number[];
}

/** Where `MetadataManager` reads: a client, or an endpoint to reach without credentials. */
export interface MetadataManagerOptions {
  /** A client to call through (the reference's `MetadataManager(client)`). */
  client?: SoftLayerClient;
  /** Without a client: the REST endpoint of the metadata service (default the private endpoint). */
  endpointUrl?: string;
  /** Without a client: the timeout of each call (default 5000 ms, as the reference). */
  timeoutMs?: number;
}

/**
 * What a server learns about itself from the metadata service (`SoftLayer_Resource_Metadata`), as the reference
 * client's `MetadataManager`. The service needs no credentials and answers for the server calling it, so by
 * default the manager talks REST to the private endpoint on its own; give a `client` to call through it instead.
 * Call `close()` when done if the manager made its own connection.
 */
export class MetadataManager {
  readonly #client: SoftLayerClient;
  /** The transport the manager made (and closes), when it was not given a client. */
  readonly #transport: HttpTransport | undefined;

  constructor(options: MetadataManagerOptions = {}) {
    if (options.client) {
      this.#client = options.client;
      this.#transport = undefined;
    } else {
      this.#transport = createRestTransport({
        endpointUrl: options.endpointUrl ?? METADATA_ENDPOINT,
        timeoutMs: options.timeoutMs ?? 5000,
      });
      this.#client = createClient({ transport: this.#transport });
    }
  }

  /**
   * One attribute of the calling server; `null` when the service has none (it answers not found). `router`,
   * `vlans` and `vlan_ids` need a MAC address (`param`).
   */
  async get(name: MetadataAttribute, param?: string, options: CallControl = {}): Promise<unknown> {
    if (!Object.hasOwn(ATTRIBUTES, name)) {
      throw invalid(
        `get: unknown metadata attribute ${String(name)}; one of ${Object.keys(ATTRIBUTES).join(', ')}`,
      );
    }
    if (NEEDS_MAC.has(name) && !param) throw invalid(`get: ${name} needs a MAC address`);
    if (param !== undefined && typeof param !== 'string') throw invalid('get: the parameter must be text');
    try {
      const args = (param === undefined ? [] : [param]) as [];
      return await this.#client.call('Resource_Metadata', ATTRIBUTES[name], {
        args,
        ...signalOption(options.signal),
      });
    } catch (error) {
      if (ObjectNotFoundError.isInstance(error)) return null;
      throw error;
    }
  }

  /** The public network: its MAC addresses, and for the first one the router, VLAN numbers and VLAN ids. */
  publicNetwork(options: NetworkMetadataOptions = {}): Promise<NetworkMetadata> {
    return this.#network('frontend_mac', options);
  }

  /** The private network, as `publicNetwork`. */
  privateNetwork(options: NetworkMetadataOptions = {}): Promise<NetworkMetadata> {
    return this.#network('backend_mac', options);
  }

  /** Ends the manager's own connection (nothing to do when it was given a client). */
  async close(): Promise<void> {
    await this.#transport?.close();
  }

  async #network(
    kind: 'frontend_mac' | 'backend_mac',
    options: NetworkMetadataOptions,
  ): Promise<NetworkMetadata> {
    const macs = ((await this.get(kind, undefined, options)) as string[] | null) ?? [];
    const network: NetworkMetadata = { macAddresses: macs };
    const mac = macs[0];
    if (mac === undefined) return network;
    if (options.router ?? true) network.router = (await this.get('router', mac, options)) as string;
    if (options.vlans ?? true) network.vlans = (await this.get('vlans', mac, options)) as number[];
    if (options.vlanIds ?? true) network.vlanIds = (await this.get('vlan_ids', mac, options)) as number[];
    return network;
  }
}
