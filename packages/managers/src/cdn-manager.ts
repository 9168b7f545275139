import type { SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Network_CdnMarketplace_Configuration_Cache_Purge,
  SoftLayer_Container_Network_CdnMarketplace_Configuration_Input,
  SoftLayer_Container_Network_CdnMarketplace_Configuration_Mapping,
  SoftLayer_Container_Network_CdnMarketplace_Configuration_Mapping_Path,
  SoftLayer_Container_Network_CdnMarketplace_Metrics,
} from '@sl/types';
import { checkPositive, checkText, checkWhole, invalid } from './check-input';
import { type CallControl, signalOption } from './list-options';
import { ManagerError } from './manager-error';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';

/** A CDN mapping: its unique id (digits) or its domain. */
export type CdnIdentifier = number | string;

/** What `addOrigin` takes besides the origin host and path (the reference's defaults). */
export interface AddOriginOptions extends CallControl {
  /** `server` (default, a host) or `storage` (an object storage bucket). */
  originType?: 'server' | 'storage';
  /** The host header sent to the origin. */
  header?: string;
  /** Default 80. */
  port?: number;
  /** `http` (default) or `https`. */
  protocol?: 'http' | 'https';
  /** The bucket, for a storage origin. */
  bucketName?: string;
  /** File extensions served from the bucket (`jpg png`), for a storage origin. */
  fileExtensions?: string;
  /** `web` (default), `video` or `file`. */
  optimizeFor?: 'web' | 'video' | 'file';
  /** `include all` (default), `ignore all`, `include: a b`, `ignore: a b`. */
  cacheQuery?: string;
}

/** A cache key rule for `edit`: `include-all`, `ignore-all`, `include-specified` / `ignore-specified` with names. */
export interface CdnCacheRule {
  cacheKeyQueryRule: string;
  /** The query names (space separated) of a `…-specified` rule. */
  description?: string;
}

/** What `edit` changes on a mapping. */
export interface EditCdnChanges extends CallControl {
  header?: string;
  httpPort?: number;
  httpsPort?: number;
  origin?: string;
  /** Sent as given when set: the reference's CLI sends `'1'` (on) or `'0'` (off), its manager takes a boolean. */
  respectHeaders?: boolean | '1' | '0';
  cache?: CdnCacheRule;
  performanceConfiguration?: string;
}

const ORIGIN_TYPES = { server: 'HOST_SERVER', storage: 'OBJECT_STORAGE' } as const;
const PERFORMANCE = {
  web: 'General web delivery',
  video: 'Video on demand optimization',
  file: 'Large file optimization',
} as const;
const DAY_SECONDS = 86_400;

/**
 * IBM Cloud CDN mappings (`SoftLayer_Network_CdnMarketplace_*`), as the reference client's `CDNManager`: mappings by
 * unique id or domain, their origins, purges and usage metrics; the same API calls, input checked before sending.
 */
export class CdnManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(domain) => this.#uniqueIdsOfDomain(domain)];
  }

  /** Every CDN mapping of the account. */
  async listCdn(
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_CdnMarketplace_Configuration_Mapping[]> {
    return this.#client.call('Network_CdnMarketplace_Configuration_Mapping', 'listDomainMappings', {
      ...signalOption(options.signal),
    });
  }

  /** One mapping (a unique id or a domain). */
  async getCdn(
    cdn: CdnIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_CdnMarketplace_Configuration_Mapping> {
    const uniqueId = await this.#uniqueId(cdn);
    const found = await this.#client.call(
      'Network_CdnMarketplace_Configuration_Mapping',
      'listDomainMappingByUniqueId',
      {
        args: [uniqueId],
        ...signalOption(options.signal),
      },
    );
    if (found[0] === undefined)
      throw new ManagerError('SL_NOT_FOUND', `no CDN mapping has the unique id ${uniqueId}`);
    return found[0];
  }

  /** The origins (paths) of a mapping. */
  async getOrigins(
    cdn: CdnIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_CdnMarketplace_Configuration_Mapping_Path[]> {
    const uniqueId = await this.#uniqueId(cdn);
    return this.#client.call('Network_CdnMarketplace_Configuration_Mapping_Path', 'listOriginPath', {
      args: [uniqueId],
      ...signalOption(options.signal),
    });
  }

  /** Adds an origin (a host, or a bucket with `originType: 'storage'`) serving `path` of a mapping. */
  async addOrigin(
    cdn: CdnIdentifier,
    origin: string,
    path: string,
    options: AddOriginOptions = {},
  ): Promise<SoftLayer_Container_Network_CdnMarketplace_Configuration_Mapping_Path> {
    const where = 'addOrigin';
    checkText(origin, 'the origin', where);
    checkPath(path, where);
    const originType = ORIGIN_TYPES[options.originType ?? 'server'];
    if (originType === undefined) throw invalid(`${where}: originType must be server or storage`);
    const performance = PERFORMANCE[options.optimizeFor ?? 'web'];
    if (performance === undefined) throw invalid(`${where}: optimizeFor must be web, video or file`);
    const protocol = options.protocol ?? 'http';
    if (protocol !== 'http' && protocol !== 'https')
      throw invalid(`${where}: protocol must be http or https`);
    const port = checkWhole(options.port ?? 80, `${where}: port`, { min: 1, max: 65535 });
    const input: SoftLayer_Container_Network_CdnMarketplace_Configuration_Input = {
      uniqueId: await this.#uniqueId(cdn),
      path,
      origin,
      originType,
      httpPort: port,
      protocol: protocol.toUpperCase(),
      performanceConfiguration: performance,
      cacheKeyQueryRule: options.cacheQuery ?? 'include all',
    };
    if (options.header) input.header = options.header;
    if (originType === 'OBJECT_STORAGE') {
      if (options.bucketName) input.bucketName = options.bucketName;
      if (options.fileExtensions) input.fileExtension = options.fileExtensions;
    }
    const created = await this.#client.call(
      'Network_CdnMarketplace_Configuration_Mapping_Path',
      'createOriginPath',
      {
        args: [input],
        ...signalOption(options.signal),
      },
    );
    return created[0] ?? {};
  }

  /** Removes the origin serving `path` of a mapping; resolves with the API's message. */
  async removeOrigin(cdn: CdnIdentifier, path: string, options: CallControl = {}): Promise<string> {
    checkPath(path, 'removeOrigin');
    const uniqueId = await this.#uniqueId(cdn);
    return this.#client.call('Network_CdnMarketplace_Configuration_Mapping_Path', 'deleteOriginPath', {
      args: [uniqueId, path],
      ...signalOption(options.signal),
    });
  }

  /** Purges cached content under `path` of a mapping. */
  async purgeContent(
    cdn: CdnIdentifier,
    path: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_CdnMarketplace_Configuration_Cache_Purge[]> {
    checkPath(path, 'purgeContent');
    const uniqueId = await this.#uniqueId(cdn);
    return this.#client.call('Network_CdnMarketplace_Configuration_Cache_Purge', 'createPurge', {
      args: [uniqueId, path],
      ...signalOption(options.signal),
    });
  }

  /**
   * A mapping's usage (bandwidth, hits, hit ratio) over the last `history` days (30) up to `until` (now), by
   * `frequency` (`aggregate`, `day`, …).
   */
  async getUsageMetrics(
    cdn: CdnIdentifier,
    options: { history?: number; frequency?: string; until?: Date } & CallControl = {},
  ): Promise<SoftLayer_Container_Network_CdnMarketplace_Metrics> {
    const history = checkPositive(options.history ?? 30, 'the history (days)', 'getUsageMetrics');
    const frequency = checkText(options.frequency ?? 'aggregate', 'the frequency', 'getUsageMetrics');
    const until = options.until ?? new Date();
    if (!(until instanceof Date) || Number.isNaN(until.getTime()))
      throw invalid('getUsageMetrics: until must be a date');
    const end = Math.floor(until.getTime() / 1000);
    const uniqueId = await this.#uniqueId(cdn);
    const usage = await this.#client.call('Network_CdnMarketplace_Metrics', 'getMappingUsageMetrics', {
      args: [uniqueId, end - history * DAY_SECONDS, end, frequency],
      ...signalOption(options.signal),
    });
    return usage[0] ?? {};
  }

  /**
   * Changes a mapping: reads it, then sends its configuration with the changes (as the reference: an edit that
   * changes nothing sends the mapping's configuration as it is).
   */
  async edit(
    cdn: CdnIdentifier,
    changes: EditCdnChanges,
  ): Promise<SoftLayer_Container_Network_CdnMarketplace_Configuration_Mapping[]> {
    const where = 'edit';
    if (changes === null || typeof changes !== 'object')
      throw invalid(`${where}: the changes must be an object`);
    for (const key of ['httpPort', 'httpsPort'] as const) {
      if (changes[key] !== undefined) checkWhole(changes[key], `${where}: ${key}`, { min: 1, max: 65535 });
    }
    if (changes.respectHeaders !== undefined && ![true, false, '1', '0'].includes(changes.respectHeaders))
      throw invalid(`${where}: respectHeaders must be true, false, '1' or '0'`);
    const cacheRule = changes.cache === undefined ? undefined : cacheKeyRule(changes.cache, where);
    const current = await this.getCdn(cdn, signalOption(changes.signal));
    const config: Record<string, unknown> = {
      uniqueId: current.uniqueId,
      originType: current.originType,
      protocol: current.protocol,
      path: current.path,
      vendorName: current.vendorName,
      cname: current.cname,
      domain: current.domain,
      origin: current.originHost,
      header: current.header,
    };
    if (current.httpPort) config.httpPort = current.httpPort;
    if (current.httpsPort) config.httpsPort = current.httpsPort;
    if (changes.header) config.header = changes.header;
    if (changes.httpPort) config.httpPort = changes.httpPort;
    if (changes.httpsPort) config.httpsPort = changes.httpsPort;
    if (changes.origin) config.origin = changes.origin;
    // Sent as given, as the reference (a boolean from its manager, '1' / '0' from its CLI; '0' is sent too).
    if (changes.respectHeaders !== undefined && changes.respectHeaders !== false)
      config.respectHeaders = changes.respectHeaders;
    if (cacheRule !== undefined) config.cacheKeyQueryRule = cacheRule;
    if (changes.performanceConfiguration) config.performanceConfiguration = changes.performanceConfiguration;
    return this.#client.call('Network_CdnMarketplace_Configuration_Mapping', 'updateDomainMapping', {
      args: [config as SoftLayer_Container_Network_CdnMarketplace_Configuration_Input],
      ...signalOption(changes.signal),
    });
  }

  /** The API's cache key rule text for a `…-specified` rule: `include: a b` / `ignore: a b`. */
  static getCacheKeyQueryRule(cacheType: 'include' | 'ignore', cache: CdnCacheRule): string {
    if (cache === null || typeof cache !== 'object' || typeof cache.description !== 'string') {
      throw invalid('getCacheKeyQueryRule: add a description (the query names) to update the cache rule');
    }
    return `${cacheType}: ${cache.description}`;
  }

  /** The unique ids of the mappings an identifier names: digits are a unique id, anything else a domain. */
  resolveIds(identifier: CdnIdentifier): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#resolvers);
  }

  async #uniqueId(cdn: CdnIdentifier): Promise<string> {
    return String(await resolveId(cdn, this.#resolvers, 'CDN mapping'));
  }

  /** The first mapping with this domain (any case), as the reference's resolver. */
  async #uniqueIdsOfDomain(domain: string): Promise<string[]> {
    const found = (await this.listCdn()).find(
      (cdn) => (cdn.domain ?? '').toLowerCase() === domain.toLowerCase(),
    );
    return found?.uniqueId === undefined ? [] : [found.uniqueId];
  }
}

function checkPath(path: unknown, method: string): string {
  if (typeof path !== 'string' || !path.startsWith('/'))
    throw invalid(`${method}: the path must start with /`);
  return path;
}

/** The rule text of `edit`'s `cache`: as given, or `include: …` / `ignore: …` for a `…-specified` rule. */
function cacheKeyRule(cache: CdnCacheRule, method: string): string {
  if (cache === null || typeof cache !== 'object' || typeof cache.cacheKeyQueryRule !== 'string') {
    throw invalid(`${method}: cache must be { cacheKeyQueryRule, description }`);
  }
  if (cache.cacheKeyQueryRule.includes('include-specified'))
    return CdnManager.getCacheKeyQueryRule('include', cache);
  if (cache.cacheKeyQueryRule.includes('ignore-specified'))
    return CdnManager.getCacheKeyQueryRule('ignore', cache);
  return cache.cacheKeyQueryRule;
}
