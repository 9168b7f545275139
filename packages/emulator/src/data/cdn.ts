// IBM Cloud CDN mappings: the generated ones, and how the API shows a mapping, an origin and a purge.
import { faults } from '../api-fault';
import { DAY_MS, formatApiDate, GENERATION_ANCHOR } from './dates';
import type { CdnMappingRecord, CdnOriginRecord, CdnPurgeRecord } from './records';
import type { EmulatorState, IdKind } from './state';

/** The mapping a unique id names, or the API's not-found fault. */
export function mappingOf(state: EmulatorState, uniqueId: unknown): CdnMappingRecord {
  const found = state.cdnMappings.all().find((mapping) => mapping.uniqueId === String(uniqueId));
  if (!found) throw faults.objectNotFound(uniqueId);
  return found;
}

export function mappingView(mapping: CdnMappingRecord): Record<string, unknown> {
  const { id: _id, origins: _origins, purges: _purges, createdAt, modifiedAt, ...rest } = mapping;
  return {
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null)),
    akamaiCname: mapping.cname,
    status: 'RUNNING',
    certificateType: 'SHARED_SAN_CERT',
    createDate: formatApiDate(createdAt),
    modifyDate: formatApiDate(modifiedAt),
  };
}

export function originView(mapping: CdnMappingRecord, origin: CdnOriginRecord): Record<string, unknown> {
  return {
    ...Object.fromEntries(Object.entries(origin).filter(([, value]) => value !== null)),
    mappingUniqueId: mapping.uniqueId,
    status: 'RUNNING',
  };
}

export function purgeView(purge: CdnPurgeRecord): Record<string, unknown> {
  return { path: purge.path, date: formatApiDate(purge.createdAt), saved: 'UNSAVED', status: 'SUCCESS' };
}

/** The generated account's two mappings: a web site on a host, and downloads from a bucket. */
export function generateCdnMappings(allocate: (kind: IdKind) => number): CdnMappingRecord[] {
  const make = (
    domain: string,
    originHost: string,
    originType: CdnMappingRecord['originType'],
    ageDays: number,
  ) => {
    const id = allocate('cdnMapping');
    const createdAt = GENERATION_ANCHOR - ageDays * DAY_MS;
    const record: CdnMappingRecord = {
      id,
      uniqueId: String(id * 1000 + 417),
      domain,
      cname: `cdn${id.toString(36)}.cdn.appdomain.cloud`,
      vendorName: 'akamai',
      originHost,
      originType,
      protocol: 'HTTP',
      httpPort: 80,
      httpsPort: null,
      path: '/',
      header: domain,
      respectHeaders: true,
      cacheKeyQueryRule: 'include-all',
      performanceConfiguration: 'General web delivery',
      createdAt,
      modifiedAt: createdAt,
      origins: [],
      purges: [],
    };
    return record;
  };
  const site = make('www.acme-shop.example', '158.80.0.10', 'HOST_SERVER', 90);
  site.origins.push({
    path: '/images',
    origin: '158.80.0.11',
    originType: 'HOST_SERVER',
    httpPort: 80,
    protocol: 'HTTP',
    header: 'images.acme-shop.example',
    bucketName: null,
    fileExtension: null,
    performanceConfiguration: 'General web delivery',
    cacheKeyQueryRule: 'include all',
  });
  site.purges.push({ path: '/index.html', createdAt: GENERATION_ANCHOR - 3 * DAY_MS });
  const downloads = make(
    'downloads.acme-shop.example',
    's3.us.cloud-object-storage.appdomain.cloud',
    'OBJECT_STORAGE',
    40,
  );
  return [site, downloads];
}
