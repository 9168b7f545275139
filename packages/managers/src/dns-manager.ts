import { isIPv4, isIPv6 } from 'node:net';
import type { ListResult, SoftLayerClient } from '@sl/client';
import { type ObjectFilter, queryFilter } from '@sl/filter';
import type {
  SoftLayer_Dns_Domain,
  SoftLayer_Dns_Domain_ResourceRecord,
  SoftLayer_Dns_Domain_ResourceRecord_MxType,
  SoftLayer_Dns_Domain_ResourceRecord_PtrType,
  SoftLayer_Dns_Domain_ResourceRecord_SrvType,
} from '@sl/types';
import { checkPositive, checkText, checkWhole, invalid } from './check-input';
import { type CallControl, type ListOptions, listOptions, signalOption } from './list-options';
import { ManagerError } from './manager-error';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';

/** A zone (`SoftLayer_Dns_Domain`): its id, or its name (`example.com`). */
export type ZoneIdentifier = number | string;

/** A record as `editRecord` takes it: any properties of a resource record, and its `id`. */
export type DnsRecordChanges = SoftLayer_Dns_Domain_ResourceRecord_SrvType &
  SoftLayer_Dns_Domain_ResourceRecord_PtrType & { id: number };

/** What `DnsManager.getRecords` takes besides the zone. */
export interface GetRecordsOptions extends ListOptions {
  /** Only records with this TTL (seconds). */
  ttl?: number;
  /** Only records whose data matches (the search shorthand: `10.*`, `*example.com.`, exact otherwise). */
  data?: string;
  /** Only records whose host matches (the search shorthand). */
  host?: string;
  /** Only records of this type (`a`, `AAAA`, `mx`…; matched without regard to case). */
  recordType?: string;
}

/** The mask `getRecords` asks for unless told otherwise (the reference's). */
const RECORD_MASK =
  'id,expire,domainId,host,minimum,refresh,retry,mxPriority,ttl,type,data,responsiblePerson';

/** The resource record types the API knows (`SoftLayer_Dns_Domain_ResourceRecord.type`). */
const RECORD_TYPES = new Set(['a', 'aaaa', 'cname', 'mx', 'ns', 'ptr', 'soa', 'spf', 'srv', 'txt']);

function checkRecordType(value: unknown, what: string): string {
  const type = checkText(value, what);
  if (!RECORD_TYPES.has(type.toLowerCase())) {
    throw invalid(
      `${what} must be one of ${[...RECORD_TYPES].join(', ')} (any case), got ${JSON.stringify(type)}`,
    );
  }
  return type;
}

/** `YYYYMMDD01` for today (local time), the serial the reference gives a new zone. */
function todaysSerial(): number {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return Number(`${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}01`);
}

/** The 32 hex digits of an IPv6 address (already checked with `isIPv6`). */
function ipv6Digits(address: string): string {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const embedded = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (embedded) {
    const [a, b, c, d] = embedded.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, embedded.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined
      ? headGroups
      : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.map((group) => group.padStart(4, '0')).join('');
}

/**
 * The host of the PTR record of an address inside its reverse zone: the last octet of an IPv4 address; for IPv6 the
 * last 64 bits, digit by digit in reverse order, separated by periods (as `SoftLayer_Dns_Domain_ResourceRecord_PtrType`
 * documents). The reference takes the text after the last period, which gives the whole address for IPv6.
 */
export function ptrHostOf(ipAddress: string): string {
  if (typeof ipAddress === 'string' && isIPv4(ipAddress)) return ipAddress.split('.').at(-1)!;
  if (typeof ipAddress === 'string' && isIPv6(ipAddress)) {
    return [...ipv6Digits(ipAddress).slice(16)].reverse().join('.');
  }
  throw invalid(`an IP address is needed, got ${JSON.stringify(ipAddress)}`);
}

/**
 * The DNS zones of the account and their resource records (`SoftLayer_Dns_Domain`,
 * `SoftLayer_Dns_Domain_ResourceRecord`), as the reference client's `DNSManager`: the same API calls, typed results,
 * and zones named by id or by name.
 */
export class DnsManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(name) => this.#idsFromName(name)];
  }

  /** Every zone of the account (all pages). `mask` and `filter` go to `Account::getDomains`. */
  async listZones(options: ListOptions = {}): Promise<ListResult<SoftLayer_Dns_Domain>> {
    return this.#client.call('Account', 'getDomains', listOptions(options, { everyPage: true }));
  }

  /** One zone (an id or a name), with its resource records unless `records: false`. */
  async getZone(
    zone: ZoneIdentifier,
    options: { records?: boolean } & CallControl = {},
  ): Promise<SoftLayer_Dns_Domain> {
    const id = await this.#zoneId(zone);
    return this.#client.call('Dns_Domain', 'getObject', {
      id,
      ...(options.records === false ? {} : { mask: 'resourceRecords' }),
      ...signalOption(options.signal),
    });
  }

  /**
   * Creates a zone; `serial` defaults to today's `YYYYMMDD01` (local time). Resolves with the new zone. Unlike the
   * reference, which sends its default serial as text, we send it as a number (the property's type).
   */
  async createZone(
    name: string,
    options: { serial?: number } & CallControl = {},
  ): Promise<SoftLayer_Dns_Domain> {
    checkText(name, 'createZone: the zone name');
    if (/\s/.test(name)) throw invalid(`createZone: a zone name has no spaces, got ${JSON.stringify(name)}`);
    const serial =
      options.serial === undefined ? todaysSerial() : checkWhole(options.serial, 'createZone: serial');
    // The reference sends an empty struct for resourceRecords (an array property); the API takes it as "none".
    const template = { name, serial, resourceRecords: {} } as SoftLayer_Dns_Domain;
    return this.#client.call('Dns_Domain', 'createObject', {
      args: [template],
      ...signalOption(options.signal),
    });
  }

  /** Deletes a zone (an id or a name) with all its records. */
  async deleteZone(zone: ZoneIdentifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.#zoneId(zone);
    return this.#client.call('Dns_Domain', 'deleteObject', { id, ...signalOption(options.signal) });
  }

  /**
   * Changes a zone (an id or a name) with the properties given (e.g. `{ name }`), through `Dns_Domain::editObject`
   * as the reference does. The reference takes one struct with an `id` and sends no init parameter; we send the
   * zone's id as the init parameter. Note: the API's metadata has no `Dns_Domain::editObject` (zones cannot be
   * renamed; records change through `editRecord`), so the API (and the emulator) answer `MethodNotFoundError`.
   */
  async editZone(
    zone: ZoneIdentifier,
    changes: SoftLayer_Dns_Domain,
    options: CallControl = {},
  ): Promise<boolean> {
    if (changes === null || typeof changes !== 'object' || Object.keys(changes).length === 0) {
      throw invalid('editZone: give the properties to change');
    }
    const id = await this.#zoneId(zone);
    if (changes.id !== undefined && changes.id !== id) {
      throw invalid(`editZone: the changes name zone ${changes.id}, not zone ${id}`);
    }
    // Not in the API's metadata, so typed `unknown`: `true` is success.
    const result = await this.#client.call('Dns_Domain', 'editObject', {
      id,
      args: [changes],
      ...signalOption(options.signal),
    });
    return result === true;
  }

  /** Adds a record to a zone (an id or a name): `host` (`www`, `@`), `type` (`A`, `CNAME`, `TXT`…), `data`, TTL 60 s unless told. */
  async createRecord(
    zone: ZoneIdentifier,
    host: string,
    type: string,
    data: string,
    options: { ttl?: number } & CallControl = {},
  ): Promise<SoftLayer_Dns_Domain_ResourceRecord> {
    checkText(host, 'createRecord: host');
    checkRecordType(type, 'createRecord: type');
    checkText(data, 'createRecord: data');
    const ttl = checkWhole(options.ttl ?? 60, 'createRecord: ttl');
    const domainId = await this.#zoneId(zone);
    return this.#createRecord({ host, data, ttl, type, domainId }, options.signal);
  }

  /** Adds an MX record (`data` is the mail host) to a zone; TTL 60 s and priority 10 unless told. */
  async createRecordMx(
    zone: ZoneIdentifier,
    host: string,
    data: string,
    options: { ttl?: number; priority?: number } & CallControl = {},
  ): Promise<SoftLayer_Dns_Domain_ResourceRecord_MxType> {
    checkText(host, 'createRecordMx: host');
    checkText(data, 'createRecordMx: data');
    const ttl = checkWhole(options.ttl ?? 60, 'createRecordMx: ttl');
    const mxPriority = checkWhole(options.priority ?? 10, 'createRecordMx: priority');
    const domainId = await this.#zoneId(zone);
    return this.#createRecord({ host, data, ttl, type: 'MX', domainId, mxPriority }, options.signal);
  }

  /**
   * Adds an SRV record to a zone: `data` is the target host, `protocol` usually `tcp`/`udp`, `service` the
   * symbolic name (`_sip`); TTL 60 s, priority 20 and weight 10 unless told. Sent with the `complexType` the API
   * needs to create an SRV record.
   */
  async createRecordSrv(
    zone: ZoneIdentifier,
    host: string,
    data: string,
    protocol: string,
    port: number,
    service: string,
    options: { ttl?: number; priority?: number; weight?: number } & CallControl = {},
  ): Promise<SoftLayer_Dns_Domain_ResourceRecord_SrvType> {
    checkText(host, 'createRecordSrv: host');
    checkText(data, 'createRecordSrv: data');
    checkText(protocol, 'createRecordSrv: protocol');
    checkWhole(port, 'createRecordSrv: port', { max: 65_535 });
    checkText(service, 'createRecordSrv: service');
    const ttl = checkWhole(options.ttl ?? 60, 'createRecordSrv: ttl');
    const priority = checkWhole(options.priority ?? 20, 'createRecordSrv: priority');
    const weight = checkWhole(options.weight ?? 10, 'createRecordSrv: weight');
    const domainId = await this.#zoneId(zone);
    const template: SoftLayer_Dns_Domain_ResourceRecord_SrvType & { complexType: string } = {
      host,
      data,
      ttl,
      type: 'SRV',
      domainId,
      priority,
      protocol,
      port,
      service,
      weight,
      complexType: 'SoftLayer_Dns_Domain_ResourceRecord_SrvType',
    };
    return this.#createRecord(template, options.signal);
  }

  /**
   * Sets the reverse DNS of an address: `host` is the IP address, `data` the name it resolves to; TTL 60 s unless
   * told. No zone is sent: the API finds the reverse zone from the address.
   */
  async createRecordPtr(
    host: string,
    data: string,
    options: { ttl?: number } & CallControl = {},
  ): Promise<SoftLayer_Dns_Domain_ResourceRecord_PtrType> {
    checkText(host, 'createRecordPtr: host (the IP address)');
    checkText(data, 'createRecordPtr: data');
    const ttl = checkWhole(options.ttl ?? 60, 'createRecordPtr: ttl');
    return this.#createRecord({ host, data, ttl, type: 'PTR' }, options.signal);
  }

  /** Deletes a record by its id. */
  async deleteRecord(recordId: number, options: CallControl = {}): Promise<boolean> {
    const id = checkPositive(recordId, 'the record id', 'deleteRecord');
    return this.#client.call('Dns_Domain_ResourceRecord', 'deleteObject', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** One record by its id. */
  async getRecord(recordId: number, options: CallControl = {}): Promise<SoftLayer_Dns_Domain_ResourceRecord> {
    const id = checkPositive(recordId, 'the record id', 'getRecord');
    return this.#client.call('Dns_Domain_ResourceRecord', 'getObject', {
      id,
      ...signalOption(options.signal),
    });
  }

  /**
   * The records of a zone (an id or a name; all pages), optionally only those matching `ttl`, `data`, `host` and
   * `recordType`. A `filter` of yours is merged over these criteria (yours wins on the same property).
   */
  async getRecords(
    zone: ZoneIdentifier,
    options: GetRecordsOptions = {},
  ): Promise<ListResult<SoftLayer_Dns_Domain_ResourceRecord>> {
    const criteria: Record<string, ReturnType<typeof queryFilter>> = {};
    if (options.ttl !== undefined) criteria.ttl = queryFilter(checkWhole(options.ttl, 'getRecords: ttl'));
    if (options.host !== undefined) criteria.host = queryFilter(checkText(options.host, 'getRecords: host'));
    if (options.data !== undefined) criteria.data = queryFilter(checkText(options.data, 'getRecords: data'));
    if (options.recordType !== undefined) {
      criteria.type = queryFilter(checkText(options.recordType, 'getRecords: recordType').toLowerCase());
    }
    const id = await this.#zoneId(zone);
    return this.#getRecords(id, criteria, options);
  }

  /**
   * Changes a record: `record` carries its `id` and the properties to set (e.g. a record from `getRecords` with a
   * new `ttl`). `isGatewayAddress` (which PTR records read from the API carry and `editObject` refuses) is left
   * out; unlike the reference, the caller's object is not changed.
   */
  async editRecord(record: DnsRecordChanges, options: CallControl = {}): Promise<boolean> {
    if (record === null || typeof record !== 'object') throw invalid('editRecord: give the record to change');
    const id = checkPositive(record.id, 'record.id', 'editRecord');
    const { isGatewayAddress: _dropped, ...template } = record;
    return this.#client.call('Dns_Domain_ResourceRecord', 'editObject', {
      id,
      args: [template],
      ...signalOption(options.signal),
    });
  }

  /** The zone file of a zone (an id or a name) in BIND format. */
  async dumpZone(zone: ZoneIdentifier, options: CallControl = {}): Promise<string> {
    const id = await this.#zoneId(zone);
    return this.#client.call('Dns_Domain', 'getZoneFileContents', { id, ...signalOption(options.signal) });
  }

  /**
   * Points `hostname` at `ipAddress` in a zone: updates its one `recordType` record (default `a`; `aaaa` for IPv6)
   * with the address and `ttl` (default 7200 s), or creates it when there is none. Resolves with the record as it
   * now is. Several matching records: `ManagerError` `SL_AMBIGUOUS` (the reference raises a plain error), nothing
   * changed.
   */
  async syncHostRecord(
    zone: ZoneIdentifier,
    hostname: string,
    ipAddress: string,
    options: { recordType?: string; ttl?: number } & CallControl = {},
  ): Promise<SoftLayer_Dns_Domain_ResourceRecord> {
    checkText(hostname, 'syncHostRecord: hostname');
    checkText(ipAddress, 'syncHostRecord: ipAddress');
    const recordType = checkRecordType(options.recordType ?? 'a', 'syncHostRecord: recordType');
    const ttl = checkWhole(options.ttl ?? 7200, 'syncHostRecord: ttl');
    const domainId = await this.#zoneId(zone);
    const found = await this.#getRecords(
      domainId,
      { host: queryFilter(hostname), type: queryFilter(recordType.toLowerCase()) },
      { signal: options.signal },
    );
    if (found.length === 0) {
      return this.#createRecord(
        { host: hostname, data: ipAddress, ttl, type: recordType, domainId },
        options.signal,
      );
    }
    if (found.length > 1) {
      throw new ManagerError(
        'SL_AMBIGUOUS',
        `syncHostRecord: ${found.length} ${recordType} records for ${JSON.stringify(hostname)} ` +
          `(ids ${found.map((record) => record.id).join(', ')}); not changing any`,
      );
    }
    const updated = { ...found[0]!, data: ipAddress, ttl } as DnsRecordChanges;
    await this.editRecord(updated, signalOption(options.signal));
    return updated;
  }

  /**
   * Points the reverse DNS of `ipAddress` at `fqdn`: `ptrDomains` is the reverse zone with its records, as
   * `Virtual_Guest::getReverseDomainRecords` / `Hardware_Server::getReverseDomainRecords` give it. Updates the PTR
   * record of the address (data and `ttl`, default 7200 s) or creates one. Resolves with the record as it now is.
   * Unlike the reference, an IPv6 address gets its documented PTR host (the reference uses the whole address), and
   * the caller's objects are not changed.
   */
  async syncPtrRecord(
    ptrDomains: SoftLayer_Dns_Domain,
    ipAddress: string,
    fqdn: string,
    options: { ttl?: number } & CallControl = {},
  ): Promise<SoftLayer_Dns_Domain_ResourceRecord> {
    if (ptrDomains === null || typeof ptrDomains !== 'object' || typeof ptrDomains.id !== 'number') {
      throw invalid('syncPtrRecord: ptrDomains must be a reverse zone with its id and resourceRecords');
    }
    const host = ptrHostOf(ipAddress);
    checkText(fqdn, 'syncPtrRecord: fqdn');
    const ttl = checkWhole(options.ttl ?? 7200, 'syncPtrRecord: ttl');
    const existing = (ptrDomains.resourceRecords ?? []).find((record) => (record.host ?? '') === host);
    if (existing !== undefined) {
      const updated = { ...existing, ttl, data: fqdn } as DnsRecordChanges;
      await this.editRecord(updated, signalOption(options.signal));
      return updated;
    }
    return this.#createRecord(
      { host, data: fqdn, ttl, type: 'ptr', domainId: ptrDomains.id },
      options.signal,
    );
  }

  /** The ids of the zones an identifier names: an id, or a zone name (the search shorthand; exact without `*`). */
  resolveIds(identifier: ZoneIdentifier): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#resolvers);
  }

  /** The one zone an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(identifier: ZoneIdentifier): Promise<number | string> {
    return resolveId(identifier, this.#resolvers, 'DNS zone');
  }

  /** A zone's id from an id or a name (zones have no global identifiers). */
  async #zoneId(zone: ZoneIdentifier): Promise<number> {
    const id = await this.resolveId(zone);
    if (typeof id !== 'number')
      throw invalid(`a zone is named by its id or its name, got ${JSON.stringify(zone)}`);
    return id;
  }

  #createRecord<T extends SoftLayer_Dns_Domain_ResourceRecord>(
    template: T,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    return this.#client.call('Dns_Domain_ResourceRecord', 'createObject', {
      args: [template],
      ...signalOption(signal),
    }) as Promise<T>;
  }

  #getRecords(
    zoneId: number,
    criteria: ObjectFilter,
    options: ListOptions,
  ): Promise<ListResult<SoftLayer_Dns_Domain_ResourceRecord>> {
    const own: ObjectFilter = Object.keys(criteria).length === 0 ? {} : { resourceRecords: criteria };
    return this.#client.call('Dns_Domain', 'getResourceRecords', {
      id: zoneId,
      ...listOptions(options, { mask: RECORD_MASK, own, everyPage: true }),
    });
  }

  async #idsFromName(name: string): Promise<number[]> {
    const zones = await this.#client.call('Account', 'getDomains', {
      filter: { domains: { name: queryFilter(name) } },
    });
    return zones.map((zone) => zone.id as number);
  }
}
