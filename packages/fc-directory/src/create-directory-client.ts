import type { XmlRpcCallOptions } from '@sl/transport';
import type { XmlRpcDecoded, XmlRpcValue } from '@sl/xmlrpc-codec';
import { callDirectory } from './call-directory';
import { DirectoryResponseError, DirectoryValidationError } from './directory-error';
import { describeValue, isPlainObject } from './field-value';
import { type LogEntry, parseLogEntry } from './log-entry';
import type {
  ApplyRecord,
  QueryFilter,
  ResourceRecord,
  ResourceRecordMap,
  ResourceType,
} from './resource-records';
import { isResourceType } from './resource-schema';
import { validateApplyRecords } from './validate-apply-records';
import { validateQuery } from './validate-query';

/** The public endpoint of the Flying Circus directory API. */
export const DEFAULT_DIRECTORY_URL = 'https://api.flyingcircus.io/v1';

export interface DirectoryClientOptions {
  /** The XML-RPC endpoint. Default {@link DEFAULT_DIRECTORY_URL}. Must not contain credentials. */
  url?: string;
  /** The project (resource group) name: the HTTP basic user. */
  project: string;
  /** The project's API key: the HTTP basic password. Never appears in errors or output. */
  apiKey: string;
  /** Per-call timeout in milliseconds (default: none). */
  timeoutMs?: number;
  /** Extra HTTP headers on every call. */
  headers?: Record<string, string>;
  userAgent?: string;
  /** An undici dispatcher (connection pool) to send through. */
  dispatcher?: XmlRpcCallOptions['dispatcher'];
}

/** Options of one call. */
export interface DirectoryCallSettings {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** A client of the directory API. Holds no state but its options; safe to share. */
export interface DirectoryClient {
  readonly url: string;
  readonly project: string;
  /**
   * Applies all records in one transaction (all or nothing) and returns the full records as they are at its end.
   * Deleted and non-existent records have no result; a VM whose deletion is scheduled shows it in `deletion`.
   */
  apply<const R extends readonly ApplyRecord[]>(
    records: R,
    settings?: DirectoryCallSettings,
  ): Promise<Array<ResourceRecordMap[R[number]['__type__']]>>;
  /** All visible records of `type` (child projects included) whose fields equal every value in `filter`. */
  query<T extends ResourceType>(
    type: T,
    filter?: QueryFilter<T>,
    settings?: DirectoryCallSettings,
  ): Promise<ResourceRecordMap[T][]>;
  /** Without `serial`, the latest 10 log entries; with it, every entry with a higher serial. Sorted by serial. */
  log(serial?: number, settings?: DirectoryCallSettings): Promise<LogEntry[]>;
  /** `'pong'`. */
  ping(settings?: DirectoryCallSettings): Promise<string>;
}

/** Creates a client of the Flying Circus directory API (XML-RPC over HTTPS, HTTP basic auth). */
export function createDirectoryClient(options: DirectoryClientOptions): DirectoryClient {
  const url = checkOptions(options);
  const { project, apiKey } = options;

  const call = (methodName: string, params: readonly XmlRpcValue[], settings: DirectoryCallSettings = {}) =>
    callDirectory({
      url,
      project,
      apiKey,
      methodName,
      params,
      signal: settings.signal,
      timeoutMs: settings.timeoutMs ?? options.timeoutMs,
      headers: options.headers,
      userAgent: options.userAgent,
      dispatcher: options.dispatcher,
    });

  return {
    url,
    project,
    async apply<const R extends readonly ApplyRecord[]>(records: R, settings?: DirectoryCallSettings) {
      const checked = validateApplyRecords(records);
      const value = await call('apply', [checked as unknown as XmlRpcValue], settings);
      return readRecords('apply', value) as Array<ResourceRecordMap[R[number]['__type__']]>;
    },
    async query<T extends ResourceType>(type: T, filter?: QueryFilter<T>, settings?: DirectoryCallSettings) {
      const checked = validateQuery(type, filter);
      const params = checked === undefined ? [type] : [type, checked as XmlRpcValue];
      const value = await call('query', params, settings);
      return readRecords('query', value) as ResourceRecordMap[T][];
    },
    async log(serial, settings) {
      if (serial !== undefined && (!Number.isSafeInteger(serial) || serial < 0)) {
        throw new DirectoryValidationError(
          'FC_INVALID_VALUE',
          `log(): serial must be a non-negative integer, got ${describeValue(serial)}`,
          { field: 'serial' },
        );
      }
      const value = await call('log', serial === undefined ? [] : [serial], settings);
      if (!Array.isArray(value))
        throw new DirectoryResponseError('log', `${describeValue(value)}, not an array`);
      return value
        .map((entry, position) => parseLogEntry(entry, position))
        .sort((a, b) => a.serial - b.serial);
    },
    async ping(settings) {
      const value = await call('ping', [], settings);
      if (typeof value !== 'string')
        throw new DirectoryResponseError('ping', `${describeValue(value)}, not a string`);
      return value;
    },
  };
}

function checkOptions(options: DirectoryClientOptions): string {
  const invalid = (field: string, message: string) =>
    new DirectoryValidationError('FC_INVALID_OPTION', `createDirectoryClient(): ${message}`, { field });
  if (typeof options !== 'object' || options === null) throw invalid('options', 'options must be an object');
  if (typeof options.project !== 'string' || options.project === '' || options.project.includes(':')) {
    throw invalid(
      'project',
      `project must be a non-empty name without ':', got ${describeValue(options.project)}`,
    );
  }
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw invalid('apiKey', 'apiKey must be a non-empty string');
  }
  const text = options.url ?? DEFAULT_DIRECTORY_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch (cause) {
    throw new DirectoryValidationError(
      'FC_INVALID_OPTION',
      'createDirectoryClient(): url is not a valid URL',
      {
        field: 'url',
        cause,
      },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid('url', `url must be http(s), got '${url.protocol}'`);
  }
  if (url.username !== '' || url.password !== '') {
    throw invalid('url', 'url must not contain credentials; pass project and apiKey instead');
  }
  return text;
}

function readRecords(method: string, value: XmlRpcDecoded): ResourceRecord[] {
  if (!Array.isArray(value))
    throw new DirectoryResponseError(method, `${describeValue(value)}, not an array`);
  value.forEach((record, position) => {
    if (!isPlainObject(record) || !isResourceType(record.__type__)) {
      throw new DirectoryResponseError(
        method,
        `element ${position} is not a resource record with a known __type__`,
      );
    }
  });
  return value as unknown as ResourceRecord[];
}
