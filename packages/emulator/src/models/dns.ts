import { formatApiDate } from '../data/dates';
import type { DomainRecord, ResourceRecordRow } from '../data/records';
import { compact, defineModel, type TypeModel } from './type-model';

export const dnsDomainModel: TypeModel<unknown> = defineModel<DomainRecord>({
  type: 'SoftLayer_Dns_Domain',
  local(domain) {
    return {
      id: domain.id,
      name: domain.name,
      serial: domain.serial,
      updateDate: formatApiDate(domain.updatedAt),
    };
  },
  relations: {
    resourceRecords: {
      type: 'SoftLayer_Dns_Domain_ResourceRecord',
      get: (domain, context) =>
        context.state.resourceRecords.filter((record) => record.domainId === domain.id),
    },
    account: { type: 'SoftLayer_Account', get: (_domain, context) => context.state },
  },
});

export const resourceRecordModel: TypeModel<unknown> = defineModel<ResourceRecordRow>({
  type: 'SoftLayer_Dns_Domain_ResourceRecord',
  local(record) {
    return compact({
      id: record.id,
      domainId: record.domainId,
      host: record.host,
      type: record.type,
      data: record.data,
      ttl: record.ttl,
      mxPriority: record.mxPriority,
      service: record.service,
      protocol: record.protocol,
      port: record.port,
      priority: record.priority,
      weight: record.weight,
      expire: record.type === 'soa' ? 604800 : null,
      minimum: record.type === 'soa' ? 3600 : null,
      refresh: record.type === 'soa' ? 3600 : null,
      retry: record.type === 'soa' ? 300 : null,
      responsiblePerson: record.type === 'soa' ? 'root.softlayer.com.' : null,
    });
  },
  relations: {
    domain: {
      type: 'SoftLayer_Dns_Domain',
      get: (record, context) => context.state.domains.get(record.domainId),
    },
  },
});

/** The BIND zone file of a domain, as `getZoneFileContents` returns it. */
export function zoneFile(domain: DomainRecord, records: readonly ResourceRecordRow[]): string {
  const lines = [`$ORIGIN ${domain.name}.`, '$TTL 86400'];
  for (const record of records) {
    if (record.type === 'soa') {
      lines.push(`@ IN SOA ${record.data} root.softlayer.com. (${domain.serial} 3600 300 604800 3600)`);
      continue;
    }
    const priority = record.mxPriority === undefined ? '' : `${record.mxPriority} `;
    lines.push(`${record.host} ${record.ttl} IN ${record.type.toUpperCase()} ${priority}${record.data}`);
  }
  return `${lines.join('\n')}\n`;
}
