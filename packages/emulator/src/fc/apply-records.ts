import { describeFcRecord } from './describe-fc-record';
import { type DirectoryState, groupAndDescendants, primaryKeyOf } from './directory-state';
import { FC_FAULT_CODES, FcFault } from './fc-fault';
import { presentRecord } from './present-record';
import {
  describeFcValue,
  FC_TYPE_RULES,
  FC_TYPES,
  type FcRecord,
  type FcType,
  type FcValue,
  fieldProblem,
  isFcType,
} from './resource-rules';

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
  index: number;
  where: string;
  type: FcType;
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
      `apply() takes one parameter, an array of resource records; got ${params.length} parameter(s)${params.length ? ` starting with ${describeFcValue(params[0])}` : ''}`,
    );
  }
  const touched: Array<{ type: FcType; key: string }> = [];
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

function checkRecord(raw: FcValue, index: number): Change {
  const where = describeFcRecord(index, raw);
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    raw instanceof Date ||
    raw instanceof Uint8Array
  ) {
    throw fault(
      FC_FAULT_CODES.invalidRecord,
      where,
      `a resource record must be a struct, got ${describeFcValue(raw)}`,
    );
  }
  const record = raw as Record<string, FcValue>;
  const type = record.__type__;
  if (type === undefined)
    throw fault(FC_FAULT_CODES.invalidRecord, where, '__type__ is missing (it is mandatory)');
  if (!isFcType(type)) {
    throw fault(
      FC_FAULT_CODES.invalidRecord,
      where,
      `unknown __type__ ${describeFcValue(type)}; valid types are ${FC_TYPES.join(', ')}`,
    );
  }
  const rules = FC_TYPE_RULES[type];
  if (!rules.settable) throw fault(FC_FAULT_CODES.invalidRecord, where, `'${type}' is query-only`);
  const action = record.__action__ ?? 'set';
  if (action !== 'set' && action !== 'delete') {
    throw fault(
      FC_FAULT_CODES.invalidRecord,
      where,
      `__action__ must be 'set' or 'delete', got ${describeFcValue(action)}`,
    );
  }
  for (const field of rules.primaryKey) {
    if (record[field] === undefined || record[field] === null) {
      throw fault(
        FC_FAULT_CODES.invalidRecord,
        where,
        `primary-key field '${field}' is missing (${type} needs ${rules.primaryKey.join(', ')})`,
      );
    }
  }
  for (const [field, value] of Object.entries(record)) {
    if (field === '__type__' || field === '__action__') continue;
    const rule = Object.hasOwn(rules.fields, field) ? rules.fields[field] : undefined;
    if (rule === undefined)
      throw fault(FC_FAULT_CODES.invalidRecord, where, `'${type}' has no field '${field}'`);
    if (action === 'delete' && !rules.primaryKey.includes(field)) {
      throw fault(FC_FAULT_CODES.invalidRecord, where, `a delete names only the primary key, not '${field}'`);
    }
    if (!rule.settable) {
      throw fault(
        FC_FAULT_CODES.invalidRecord,
        where,
        `'${field}' is computed by the directory and cannot be set`,
      );
    }
    const problem = fieldProblem(rule, value);
    if (problem !== undefined) throw fault(FC_FAULT_CODES.invalidRecord, where, `'${field}' ${problem}`);
  }
  return { index, where, type, action, record };
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
    for (const field of FC_TYPE_RULES[type].requiredOnCreate) {
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

function defaultsFor(
  state: DirectoryState,
  type: FcType,
  record: Record<string, FcValue>,
  context: ApplyContext,
): FcRecord {
  switch (type) {
    case 'resourcegroup': {
      const parent = state.records.resourcegroup.get(JSON.stringify([record.parent]));
      return {
        __type__: type,
        customer_no: parent?.customer_no ?? '',
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
    const holders = FC_TYPES.flatMap((other) =>
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
