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
const count: FieldSpec = { kind: 'integer', settable: true };
const texts: FieldSpec = { kind: 'string-list', settable: true };

/** The documented resource types: primary keys, fields required on create, and each field's kind. */
export const resourceSchemas: Readonly<Record<ResourceType, ResourceSchema>> = {
  resourcegroup: {
    type: 'resourcegroup',
    settable: true,
    primaryKey: ['name'],
    requiredOnCreate: ['parent'],
    fields: {
      name: text,
      parent: { kind: 'string', settable: true, nullable: true },
      customer_no: { kind: 'string' },
      production: flag,
      in_maintenance: flag,
      maintenance_start: text,
      maintenance_end: text,
      maintenance_until: { kind: 'datetime', settable: true, nullable: true },
      notification_leadtime: count,
      technical_contacts: texts,
      timezone: text,
    },
  },
  serviceuser: {
    type: 'serviceuser',
    settable: true,
    primaryKey: ['uid', 'resource_group'],
    requiredOnCreate: ['description'],
    fields: {
      uid: text,
      resource_group: text,
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
      resource_group: text,
      uid: text,
    },
  },
  virtualmachine: {
    type: 'virtualmachine',
    settable: true,
    primaryKey: ['name'],
    requiredOnCreate: ['resource_group'],
    fields: {
      name: text,
      resource_group: text,
      location: text,
      id: { kind: 'integer' },
      classes: texts,
      environment_class: { kind: 'string', settable: true, values: ['Puppet', 'NixOS'] },
      environment: text,
      cores: count,
      memory: count,
      disk: count,
      rbd_pool: { kind: 'string', settable: true, values: ['rbd.hdd', 'rbd.ssd'] },
      online: flag,
      interfaces: { kind: 'struct' },
      reverses: { kind: 'struct' },
      frontend_ips_v4: count,
      frontend_ips_v6: count,
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
