import type { ResourceType } from './resource-records';

/** The value kinds a field can hold on the wire. */
export type FieldKind =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'datetime'
  | 'string-list'
  | 'struct'
  | 'struct-list';

/** What the client knows about one field. */
export interface FieldSpec {
  readonly kind: FieldKind;
  /** `null` is a valid value. */
  readonly nullable?: boolean;
  /** `apply` may set it (primary-key fields are always given). */
  readonly settable?: boolean;
  /** The only values allowed, for enumerations. */
  readonly values?: readonly string[];
  /**
   * What the emulated directory (`@sl/fc-directory/server`) also demands where the API's documentation is silent:
   * ranges, name patterns, time zones. Only the server checks it, so the client never refuses what the real API
   * may accept.
   */
  readonly constraint?: ValueConstraint;
}

/** A server-side rule on a field's value beyond its kind (see {@link FieldSpec.constraint}). */
export interface ValueConstraint {
  /** Smallest number allowed. */
  readonly min?: number;
  /** Largest number allowed. */
  readonly max?: number;
  /** A string must match it. */
  readonly pattern?: RegExp;
  /** A string must pass it. */
  readonly check?: (value: string) => boolean;
  /** Says what `pattern` or `check` wants, for messages (`"HH:MM"`). */
  readonly hint?: string;
}

/** What the client knows about one resource type. */
export interface ResourceSchema {
  readonly type: ResourceType;
  /** `apply` accepts it; `false` for query-only types. */
  readonly settable: boolean;
  /** Every `apply` record must name all of these. */
  readonly primaryKey: readonly string[];
  /** Must be given when a `set` creates the resource (the server checks: only it knows whether it exists). */
  readonly requiredOnCreate: readonly string[];
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

const text: FieldSpec = { kind: 'string', settable: true };
const flag: FieldSpec = { kind: 'boolean', settable: true };
const texts: FieldSpec = { kind: 'string-list', settable: true };

const count = (min: number, max: number): FieldSpec => ({
  kind: 'integer',
  settable: true,
  constraint: { min, max },
});
const matching = (pattern: RegExp, hint: string): FieldSpec => ({
  kind: 'string',
  settable: true,
  constraint: { pattern, hint },
});

const groupName = matching(
  /^[a-z][a-z0-9-]{1,29}$/,
  '2–30 lower-case letters, digits or dashes, starting with a letter',
);
const timeOfDay = matching(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The documented resource types: primary keys, fields required on create, each field's kind, whether `apply` may
 * set it (the others are computed by the directory), and the emulated directory's own value constraints.
 */
export const resourceSchemas: Readonly<Record<ResourceType, ResourceSchema>> = {
  resourcegroup: {
    type: 'resourcegroup',
    settable: true,
    primaryKey: ['name'],
    requiredOnCreate: ['parent'],
    fields: {
      name: groupName,
      parent: { ...groupName, nullable: true },
      customer_no: { kind: 'string' },
      production: flag,
      in_maintenance: flag,
      maintenance_start: timeOfDay,
      maintenance_end: timeOfDay,
      maintenance_until: { kind: 'datetime', settable: true, nullable: true },
      notification_leadtime: count(0, 720),
      technical_contacts: texts,
      timezone: {
        kind: 'string',
        settable: true,
        constraint: { check: isTimeZone, hint: 'an IANA time zone such as Europe/Berlin' },
      },
    },
  },
  serviceuser: {
    type: 'serviceuser',
    settable: true,
    primaryKey: ['uid', 'resource_group'],
    requiredOnCreate: ['description'],
    fields: {
      uid: matching(/^s-[a-z0-9][a-z0-9-]{0,29}$/, "'s-' then a name"),
      resource_group: groupName,
      description: text,
      ssh_pubkey: texts,
      id_number: { kind: 'integer' },
      gid_number: { kind: 'integer' },
      home_directory: { kind: 'string' },
      login_shell: { kind: 'string' },
      resource_groups_recursive: { kind: 'string-list' },
      virtual_machines: { kind: 'string-list' },
    },
  },
  permission: {
    type: 'permission',
    settable: true,
    primaryKey: ['permission', 'resource_group', 'uid'],
    requiredOnCreate: [],
    fields: {
      permission: { kind: 'string', settable: true, values: ['login', 'sudo-srv', 'stats'] },
      resource_group: groupName,
      uid: matching(/^[a-z][a-z0-9-]{0,31}$/, 'a user name'),
    },
  },
  virtualmachine: {
    type: 'virtualmachine',
    settable: true,
    primaryKey: ['name'],
    requiredOnCreate: ['resource_group'],
    fields: {
      name: matching(/^[a-z][a-z0-9]{1,29}$/, 'letters and digits'),
      resource_group: groupName,
      location: matching(/^(rzob|whq)$/, "'rzob' or 'whq'"),
      id: { kind: 'integer' },
      classes: texts,
      environment_class: { kind: 'string', settable: true, values: ['Puppet', 'NixOS'] },
      environment: text,
      cores: count(1, 8),
      memory: count(256, 3072),
      disk: count(10, 1000),
      rbd_pool: { kind: 'string', settable: true, values: ['rbd.hdd', 'rbd.ssd'] },
      online: flag,
      interfaces: { kind: 'struct' },
      reverses: { kind: 'struct' },
      frontend_ips_v4: count(0, 3),
      frontend_ips_v6: count(0, 100),
      machine: { kind: 'string' },
      kvm_host: { kind: 'string' },
      production: flag,
      servicing: { kind: 'boolean' },
      last_maintenance_end: { kind: 'datetime', nullable: true },
      creation_date: { kind: 'datetime' },
      deletion: { kind: 'struct', nullable: true },
    },
  },
  maintenance: {
    type: 'maintenance',
    settable: false,
    primaryKey: ['machine', 'starts'],
    requiredOnCreate: [],
    fields: {
      machine: { kind: 'string' },
      starts: { kind: 'datetime' },
      ends: { kind: 'datetime' },
      active: { kind: 'boolean' },
      activities: { kind: 'string-list' },
      announced: { kind: 'boolean' },
      comment: { kind: 'string' },
    },
  },
  consumption: {
    type: 'consumption',
    settable: false,
    primaryKey: ['customer_no', 'period', 'type_id'],
    requiredOnCreate: [],
    fields: {
      customer_no: { kind: 'string' },
      period: { kind: 'string' },
      type: { kind: 'string' },
      type_id: { kind: 'string' },
      parameters: { kind: 'struct' },
    },
  },
  invoice: {
    type: 'invoice',
    settable: false,
    primaryKey: ['customer_no', 'consumption_start'],
    requiredOnCreate: [],
    fields: {
      customer_no: { kind: 'string' },
      consumption_start: { kind: 'datetime' },
      consumption_end: { kind: 'datetime' },
      items: { kind: 'struct-list' },
      status: { kind: 'string' },
      total: { kind: 'number' },
    },
  },
};

/** True when `type` is one of the documented resource types. */
export function isResourceType(type: unknown): type is ResourceType {
  return typeof type === 'string' && Object.hasOwn(resourceSchemas, type);
}

/** The spec of `field` in `schema`, or `undefined` when the type has no such field (`constructor` included). */
export function fieldSpecOf(schema: ResourceSchema, field: string): FieldSpec | undefined {
  return Object.hasOwn(schema.fields, field) ? schema.fields[field] : undefined;
}
