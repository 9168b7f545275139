import { describeRecord } from '../describe-record';
import { describeValue } from '../field-value';
import type { ResourceType, SettableResourceType } from '../resource-records';
import { fieldSpecOf, resourceSchemas } from '../resource-schema';
import { validateApplyRecord } from '../validate-apply-records';
import { constraintProblem } from './constraint-problem';
import {
  type DirectoryState,
  type FcRecord,
  type FcValue,
  groupAndDescendants,
  primaryKeyOf,
  RESOURCE_TYPES,
} from './directory-state';
import { FC_FAULT_CODES, FcFault, toRecordFault } from './fc-fault';
import { presentRecord } from './present-record';

/** How long a deleted virtual machine is kept before it is gone (the "retention schedule"). */
export const VM_DELETION_DELAY_MS: number = 7 * 86_400_000;
/** The stages a scheduled VM deletion goes through, as shown in its `deletion` field. */
export const VM_DELETION_STAGES: readonly string[] = ['soft', 'hard', 'purge'];

export interface ApplyContext {
  /** The project of the API key: it cannot be deleted. */
  project: string;
  now: number;
}

interface Change {
  /** `record 2 (virtualmachine name='web01')`, for faults. */
  where: string;
  type: SettableResourceType;
  action: 'set' | 'delete';
  record: Record<string, FcValue>;
}

/**
 * Runs `apply([records])` against `state`, mutating it, and returns the full records as they are at the end.
 * Throws {@link FcFault} on the first bad record; the caller then throws `state` away (it works on a copy).
 */
export function applyRecords(state: DirectoryState, params: FcValue[], context: ApplyContext): FcRecord[] {
  const records = params[0];
  if (params.length !== 1 || !Array.isArray(records)) {
    throw new FcFault(
      FC_FAULT_CODES.invalidParams,
      `apply() takes one parameter, an array of resource records; got ${params.length} parameter(s)${params.length ? ` starting with ${describeValue(params[0])}` : ''}`,
    );
  }
  const touched: Array<{ type: ResourceType; key: string }> = [];
  records.forEach((raw, index) => {
    const change = checkRecord(raw, index);
    const key =
      change.action === 'set' ? setRecord(state, change, context) : deleteRecord(state, change, context);
    if (key !== undefined && !touched.some((seen) => seen.type === change.type && seen.key === key)) {
      touched.push({ type: change.type, key });
    }
  });
  return touched.flatMap(({ type, key }) => {
    const record = state.records[type].get(key);
    return record ? [presentRecord(state, type, record)] : [];
  });
}

function fault(code: number, where: string, problem: string): FcFault {
  return new FcFault(code, `apply() ${where}: ${problem}`);
}

/** The client's checks (shared rules), then the server-only value constraints of the same table. */
function checkRecord(raw: FcValue, index: number): Change {
  let record: Record<string, FcValue>;
  try {
    record = validateApplyRecord(raw, index) as unknown as Record<string, FcValue>;
  } catch (error) {
    throw toRecordFault(error);
  }
  const type = record.__type__ as SettableResourceType;
  const where = describeRecord(index, record);
  const schema = resourceSchemas[type];
  for (const [field, value] of Object.entries(record)) {
    const spec = fieldSpecOf(schema, field);
    const problem = spec && constraintProblem(spec, value);
    if (problem !== undefined) throw fault(FC_FAULT_CODES.invalidRecord, where, `'${field}' ${problem}`);
  }
  return { where, type, action: record.__action__ === 'delete' ? 'delete' : 'set', record };
}

function groupExists(state: DirectoryState, name: FcValue | undefined): boolean {
  return typeof name === 'string' && state.records.resourcegroup.has(JSON.stringify([name]));
}

function fieldsOf(record: Record<string, FcValue>): FcRecord {
  const fields: FcRecord = {};
  for (const [field, value] of Object.entries(record)) if (field !== '__action__') fields[field] = value;
  return fields;
}

/** Creates or sparsely updates one resource; returns its key. */
function setRecord(state: DirectoryState, change: Change, context: ApplyContext): string {
  const { type, record, where } = change;
  const table = state.records[type];
  const key = primaryKeyOf(type, record as FcRecord);
  const existing = table.get(key);
  if (existing === undefined) {
    for (const field of resourceSchemas[type].requiredOnCreate) {
      if (record[field] === undefined || record[field] === null) {
        throw fault(FC_FAULT_CODES.invalidRecord, where, `'${field}' is required to create a ${type}`);
      }
    }
  }
  const next: FcRecord = { ...(existing ?? defaultsFor(state, type, record, context)), ...fieldsOf(record) };
  checkReferences(state, change, next, context);
  if (type === 'virtualmachine') next.deletion = null;
  table.set(key, next);
  return key;
}

function checkReferences(state: DirectoryState, change: Change, next: FcRecord, context: ApplyContext): void {
  if (change.type === 'resourcegroup') {
    const name = next.name as string;
    if (name === context.project) {
      if (next.parent !== null) {
        throw fault(
          FC_FAULT_CODES.notAllowed,
          change.where,
          `the parent of your own project '${name}' cannot be changed`,
        );
      }
      return;
    }
    if (typeof next.parent !== 'string') {
      throw fault(
        FC_FAULT_CODES.invalidRecord,
        change.where,
        `'parent' must name an existing project, got nil`,
      );
    }
    if (!groupExists(state, next.parent)) {
      throw fault(FC_FAULT_CODES.notFound, change.where, `parent '${next.parent}' does not exist`);
    }
    if (groupAndDescendants(state, name).includes(next.parent)) {
      throw fault(FC_FAULT_CODES.notAllowed, change.where, `parent '${next.parent}' would make a cycle`);
    }
    return;
  }
  if ('resource_group' in next && !groupExists(state, next.resource_group)) {
    throw fault(
      FC_FAULT_CODES.notFound,
      change.where,
      `resource_group '${next.resource_group}' does not exist`,
    );
  }
}

/** The settings a new project starts with; its customer number is its parent's. */
export function resourceGroupDefaults(customerNo: FcValue): FcRecord {
  return {
    customer_no: customerNo,
    production: false,
    in_maintenance: false,
    maintenance_start: '21:00',
    maintenance_end: '05:00',
    maintenance_until: null,
    notification_leadtime: 24,
    technical_contacts: [],
    timezone: 'Europe/Berlin',
  };
}

function defaultsFor(
  state: DirectoryState,
  type: SettableResourceType,
  record: Record<string, FcValue>,
  context: ApplyContext,
): FcRecord {
  switch (type) {
    case 'resourcegroup': {
      const parent = state.records.resourcegroup.get(JSON.stringify([record.parent]));
      return { __type__: type, ...resourceGroupDefaults(parent?.customer_no ?? '') };
    }
    case 'serviceuser': {
      const id = state.nextId++;
      return {
        __type__: type,
        ssh_pubkey: [],
        id_number: id,
        gid_number: 100,
        home_directory: `/srv/${record.uid}`,
        login_shell: '/bin/bash',
      };
    }
    case 'virtualmachine': {
      const id = state.nextId++;
      return {
        __type__: type,
        location: 'rzob',
        id,
        classes: [],
        environment_class: 'NixOS',
        environment: 'fc-24.11-production',
        cores: 1,
        memory: 512,
        disk: 30,
        rbd_pool: 'rbd.hdd',
        online: true,
        interfaces: { srv: [`172.22.${Math.floor(id / 250) % 250}.${(id % 250) + 2}`] },
        reverses: {},
        frontend_ips_v4: 0,
        frontend_ips_v6: 0,
        machine: 'virtual',
        kvm_host: `kvm${String(id % 10).padStart(2, '0')}`,
        production: false,
        servicing: false,
        last_maintenance_end: null,
        creation_date: wholeSeconds(context.now),
        deletion: null,
      };
    }
    default:
      return { __type__: type };
  }
}

/** Deletes one resource (or schedules a VM's deletion); returns the key when the record still shows. */
function deleteRecord(state: DirectoryState, change: Change, context: ApplyContext): string | undefined {
  const { type, record, where } = change;
  const table = state.records[type];
  const key = primaryKeyOf(type, record as FcRecord);
  const existing = table.get(key);
  if (existing === undefined) return undefined;
  if (type === 'virtualmachine') {
    if (existing.deletion === null || existing.deletion === undefined) {
      existing.deletion = {
        deadline: wholeSeconds(context.now + VM_DELETION_DELAY_MS),
        stages: [...VM_DELETION_STAGES],
      };
    }
    return key;
  }
  if (type === 'resourcegroup') {
    const name = existing.name as string;
    if (name === context.project)
      throw fault(FC_FAULT_CODES.notAllowed, where, 'you cannot delete your own project');
    const holders = RESOURCE_TYPES.flatMap((other) =>
      [...state.records[other].values()].filter(
        (candidate) => candidate.parent === name || candidate.resource_group === name,
      ),
    );
    if (holders.length > 0) {
      throw fault(
        FC_FAULT_CODES.notAllowed,
        where,
        `project '${name}' still holds ${holders.length} resource(s) (e.g. a ${holders[0]?.__type__}); delete them first`,
      );
    }
  }
  table.delete(key);
  return undefined;
}

/** XML-RPC `dateTime.iso8601` has whole seconds: store what clients will see, so they can filter on it. */
function wholeSeconds(time: number): Date {
  return new Date(Math.floor(time / 1000) * 1000);
}
