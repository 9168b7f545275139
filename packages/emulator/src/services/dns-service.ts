import { faults } from '../api-fault';
import type { DomainRecord, ResourceRecordRow } from '../data/records';
import { zoneFile } from '../models/dns';
import type { ViewContext } from '../models/type-model';
import { checkDomain, objectArg, stringArg, toInteger } from './arguments';
import { isReverseDomainId } from './reverse-domains';
import { row, rows, type ServiceDefinition, value } from './service-definition';

const RECORD_TYPES = new Set(['a', 'aaaa', 'cname', 'mx', 'ns', 'ptr', 'soa', 'spf', 'srv', 'txt']);

function bumpSerial(domain: DomainRecord, now: number): void {
  domain.serial += 1;
  domain.updatedAt = now;
}

/** Builds a record row from a `SoftLayer_Dns_Domain_ResourceRecord` template, checking what the API checks. */
function recordFromTemplate(
  template: Record<string, unknown>,
  id: number,
  context: ViewContext,
): ResourceRecordRow {
  const domainId = toInteger(template.domainId);
  if (domainId === undefined) throw faults.missingParameter('domainId is required.');
  if (!context.state.domains.get(domainId) && !isReverseDomainId(domainId))
    throw faults.objectNotFound(domainId);
  const type = String(template.type ?? '').toLowerCase();
  if (!RECORD_TYPES.has(type))
    throw faults.invalidValue(`Invalid resource record type: "${String(template.type)}".`);
  const host = typeof template.host === 'string' && template.host.length > 0 ? template.host : undefined;
  if (!host) throw faults.missingParameter('host is required.');
  if (typeof template.data !== 'string' || template.data.length === 0)
    throw faults.missingParameter('data is required.');
  if (type === 'a' && !/^(\d{1,3}\.){3}\d{1,3}$/.test(template.data)) {
    throw faults.invalidValue(`"${template.data}" is not a valid IPv4 address.`);
  }
  const ttl = toInteger(template.ttl) ?? 86400;
  const out: ResourceRecordRow = { id, domainId, host, type, data: template.data, ttl };
  const mxPriority = toInteger(template.mxPriority);
  if (mxPriority !== undefined) out.mxPriority = mxPriority;
  else if (type === 'mx') out.mxPriority = 10;
  for (const key of ['port', 'priority', 'weight'] as const) {
    const number = toInteger(template[key]);
    if (number !== undefined) out[key] = number;
  }
  if (typeof template.service === 'string') out.service = template.service;
  if (typeof template.protocol === 'string') out.protocol = template.protocol;
  return out;
}

export const dnsDomainService: ServiceDefinition = {
  name: 'SoftLayer_Dns_Domain',
  type: 'SoftLayer_Dns_Domain',
  find: (id, context) => context.state.domains.get(id),
  methods: {
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Dns_Domain template');
      const name = checkDomain(template.name).toLowerCase();
      const { state } = input.context;
      if (state.domains.all().some((domain) => domain.name === name)) {
        throw faults.publicError(`${name} already exists in the system.`);
      }
      const domain = state.mutate(() => {
        const record: DomainRecord = {
          id: state.allocateId('domain'),
          name,
          serial:
            toInteger(template.serial) ??
            Number(`${new Date(input.context.now).toISOString().slice(0, 10).replaceAll('-', '')}00`),
          updatedAt: input.context.now,
        };
        state.domains.insert(record);
        for (const host of ['ns1', 'ns2']) {
          state.resourceRecords.insert({
            id: state.allocateId('resourceRecord'),
            domainId: record.id,
            host: '@',
            type: 'ns',
            data: `${host}.softlayer.com.`,
            ttl: 86400,
          });
        }
        const templates = Array.isArray(template.resourceRecords) ? template.resourceRecords : [];
        for (const entry of templates) {
          const recordTemplate = { ...(entry as Record<string, unknown>), domainId: record.id };
          state.resourceRecords.insert(
            recordFromTemplate(recordTemplate, state.allocateId('resourceRecord'), input.context),
          );
        }
        return record;
      });
      return row('SoftLayer_Dns_Domain', domain);
    },
    deleteObject: (input) => {
      const domain = input.row as DomainRecord;
      const { state } = input.context;
      state.mutate(() => {
        for (const record of state.resourceRecords.filter((r) => r.domainId === domain.id))
          state.resourceRecords.delete(record.id);
        state.domains.delete(domain.id);
      });
      return value(true);
    },
    getZoneFileContents: (input) => {
      const domain = input.row as DomainRecord;
      return value(
        zoneFile(
          domain,
          input.context.state.resourceRecords.filter((record) => record.domainId === domain.id),
        ),
      );
    },
    getByDomainName: (input) => {
      const name = stringArg(input.call.args, 0, 'name').toLowerCase();
      return rows(
        'SoftLayer_Dns_Domain',
        input.context.state.domains.filter((domain) => domain.name === name),
      );
    },
    createARecord: (input) => createTyped(input.row as DomainRecord, 'a', input.call.args, input.context),
    createCnameRecord: (input) =>
      createTyped(input.row as DomainRecord, 'cname', input.call.args, input.context),
    createTxtRecord: (input) => createTyped(input.row as DomainRecord, 'txt', input.call.args, input.context),
  },
};

function createTyped(domain: DomainRecord, type: string, args: readonly unknown[], context: ViewContext) {
  const template = { domainId: domain.id, type, host: args[0], data: args[1], ttl: args[2] };
  const record = context.state.mutate(() => {
    const created = recordFromTemplate(template, context.state.allocateId('resourceRecord'), context);
    context.state.resourceRecords.insert(created);
    bumpSerial(domain, context.now);
    return created;
  });
  return row('SoftLayer_Dns_Domain_ResourceRecord', record);
}

export const resourceRecordService: ServiceDefinition = {
  name: 'SoftLayer_Dns_Domain_ResourceRecord',
  type: 'SoftLayer_Dns_Domain_ResourceRecord',
  find: (id, context) => context.state.resourceRecords.get(id),
  methods: {
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Dns_Domain_ResourceRecord template');
      const { state } = input.context;
      const record = state.mutate(() => {
        const created = recordFromTemplate(template, state.allocateId('resourceRecord'), input.context);
        state.resourceRecords.insert(created);
        const domain = state.domains.get(created.domainId);
        if (domain) bumpSerial(domain, input.context.now);
        return created;
      });
      return row('SoftLayer_Dns_Domain_ResourceRecord', record);
    },
    createObjects: (input) => {
      const templates = input.call.args[0];
      if (!Array.isArray(templates))
        throw faults.missingParameter('Parameter 1 must be an array of templates.');
      const { state } = input.context;
      const created = state.mutate(() =>
        templates.map((_entry, index) => {
          const record = recordFromTemplate(
            objectArg(templates, index, 'template'),
            state.allocateId('resourceRecord'),
            input.context,
          );
          state.resourceRecords.insert(record);
          return record;
        }),
      );
      return rows('SoftLayer_Dns_Domain_ResourceRecord', created);
    },
    editObject: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Dns_Domain_ResourceRecord template');
      const record = input.row as ResourceRecordRow;
      const merged = { ...record, ...template, id: record.id, domainId: record.domainId };
      const checked = recordFromTemplate(merged, record.id, input.context);
      input.context.state.mutate(() => {
        Object.assign(record, checked);
        const domain = input.context.state.domains.get(record.domainId);
        if (domain) bumpSerial(domain, input.context.now);
      });
      return value(true);
    },
    deleteObject: (input) => {
      const record = input.row as ResourceRecordRow;
      input.context.state.mutate(() => {
        input.context.state.resourceRecords.delete(record.id);
        const domain = input.context.state.domains.get(record.domainId);
        if (domain) bumpSerial(domain, input.context.now);
      });
      return value(true);
    },
  },
};
