import type { XmlRpcDecoded } from '@sl/xmlrpc-codec';

/** A value of a record field, as the codec decodes it. */
export type FcValue = XmlRpcDecoded;
/** A resource record: `__type__` plus its fields. */
export type FcRecord = { [field: string]: FcValue };

export type FcType =
  | 'resourcegroup'
  | 'serviceuser'
  | 'permission'
  | 'virtualmachine'
  | 'maintenance'
  | 'consumption'
  | 'invoice';

/** How the server checks one field. */
export interface FieldRule {
  readonly kind:
    | 'string'
    | 'integer'
    | 'number'
    | 'boolean'
    | 'datetime'
    | 'string-list'
    | 'struct'
    | 'struct-list';
  /** `apply` may set it; otherwise the directory computes it. */
  readonly settable?: boolean;
  readonly nullable?: boolean;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  /** Says what `pattern` or `check` wants, for the fault string. */
  readonly hint?: string;
  readonly check?: (value: FcValue) => boolean;
}

export interface TypeRules {
  readonly settable: boolean;
  readonly primaryKey: readonly string[];
  readonly requiredOnCreate: readonly string[];
  readonly fields: Readonly<Record<string, FieldRule>>;
}

const NAME = /^[a-z][a-z0-9-]{1,29}$/;
const NAME_HINT = '2–30 lower-case letters, digits or dashes, starting with a letter';
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

function isTimeZone(value: FcValue): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value as string });
    return true;
  } catch {
    return false;
  }
}

const groupName: FieldRule = { kind: 'string', settable: true, pattern: NAME, hint: NAME_HINT };

/** The server's view of every resource type: keys, required fields and value rules. */
export const FC_TYPE_RULES: Readonly<Record<FcType, TypeRules>> = {
  resourcegroup: {
    settable: true,
    primaryKey: ['name'],
    requiredOnCreate: ['parent'],
    fields: {
      name: groupName,
      parent: { ...groupName, nullable: true },
      customer_no: { kind: 'string' },
      production: { kind: 'boolean', settable: true },
      in_maintenance: { kind: 'boolean', settable: true },
      maintenance_start: { kind: 'string', settable: true, pattern: TIME_OF_DAY, hint: 'HH:MM' },
      maintenance_end: { kind: 'string', settable: true, pattern: TIME_OF_DAY, hint: 'HH:MM' },
      maintenance_until: { kind: 'datetime', settable: true, nullable: true },
      notification_leadtime: { kind: 'integer', settable: true, min: 0, max: 720 },
      technical_contacts: { kind: 'string-list', settable: true },
      timezone: {
        kind: 'string',
        settable: true,
        check: isTimeZone,
        hint: 'an IANA time zone such as Europe/Berlin',
      },
    },
  },
  serviceuser: {
    settable: true,
    primaryKey: ['uid', 'resource_group'],
    requiredOnCreate: ['description'],
    fields: {
      uid: {
        kind: 'string',
        settable: true,
        pattern: /^s-[a-z0-9][a-z0-9-]{0,29}$/,
        hint: "'s-' then a name",
      },
      resource_group: groupName,
      description: { kind: 'string', settable: true },
      ssh_pubkey: { kind: 'string-list', settable: true },
      id_number: { kind: 'integer' },
      gid_number: { kind: 'integer' },
      home_directory: { kind: 'string' },
      login_shell: { kind: 'string' },
      resource_groups_recursive: { kind: 'string-list' },
      virtual_machines: { kind: 'string-list' },
    },
  },
  permission: {
    settable: true,
    primaryKey: ['permission', 'resource_group', 'uid'],
    requiredOnCreate: [],
    fields: {
      permission: { kind: 'string', settable: true, values: ['login', 'sudo-srv', 'stats'] },
      resource_group: groupName,
      uid: { kind: 'string', settable: true, pattern: /^[a-z][a-z0-9-]{0,31}$/, hint: 'a user name' },
    },
  },
  virtualmachine: {
    settable: true,
    primaryKey: ['name'],
    requiredOnCreate: ['resource_group'],
    fields: {
      name: { kind: 'string', settable: true, pattern: /^[a-z][a-z0-9]{1,29}$/, hint: 'letters and digits' },
      resource_group: groupName,
      location: { kind: 'string', settable: true, values: ['rzob', 'whq'] },
      id: { kind: 'integer' },
      classes: { kind: 'string-list', settable: true },
      environment_class: { kind: 'string', settable: true, values: ['Puppet', 'NixOS'] },
      environment: { kind: 'string', settable: true },
      cores: { kind: 'integer', settable: true, min: 1, max: 8 },
      memory: { kind: 'integer', settable: true, min: 256, max: 3072 },
      disk: { kind: 'integer', settable: true, min: 10, max: 1000 },
      rbd_pool: { kind: 'string', settable: true, values: ['rbd.hdd', 'rbd.ssd'] },
      online: { kind: 'boolean', settable: true },
      interfaces: { kind: 'struct' },
      reverses: { kind: 'struct' },
      frontend_ips_v4: { kind: 'integer', settable: true, min: 0, max: 3 },
      frontend_ips_v6: { kind: 'integer', settable: true, min: 0, max: 100 },
      machine: { kind: 'string' },
      kvm_host: { kind: 'string' },
      production: { kind: 'boolean', settable: true },
      servicing: { kind: 'boolean' },
      last_maintenance_end: { kind: 'datetime', nullable: true },
      creation_date: { kind: 'datetime' },
      deletion: { kind: 'struct', nullable: true },
    },
  },
  maintenance: {
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

export const FC_TYPES: readonly FcType[] = Object.keys(FC_TYPE_RULES) as FcType[];

export function isFcType(value: unknown): value is FcType {
  return typeof value === 'string' && Object.hasOwn(FC_TYPE_RULES, value);
}

/** A short description of a value for fault strings, e.g. `"abc"`, `4096`, `an array`. */
export function describeFcValue(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return `dateTime ${value.toISOString()}`;
  if (value instanceof Uint8Array) return 'base64 data';
  if (typeof value === 'object') return 'a struct';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function isStruct(value: FcValue): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array)
  );
}

const KIND_TEXT: Readonly<Record<FieldRule['kind'], string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  datetime: 'a dateTime',
  'string-list': 'an array of strings',
  struct: 'a struct',
  'struct-list': 'an array of structs',
};

function hasKind(kind: FieldRule['kind'], value: FcValue): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'datetime':
      return value instanceof Date && !Number.isNaN(value.getTime());
    case 'string-list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'struct':
      return isStruct(value);
    case 'struct-list':
      return Array.isArray(value) && value.every(isStruct);
  }
}

/** What is wrong with `value` for `rule` (`"must be an integer, got \"2\""`), or `undefined`. */
export function fieldProblem(rule: FieldRule, value: FcValue): string | undefined {
  if (value === null) return rule.nullable ? undefined : `must be ${KIND_TEXT[rule.kind]}, got nil`;
  if (!hasKind(rule.kind, value)) return `must be ${KIND_TEXT[rule.kind]}, got ${describeFcValue(value)}`;
  if (rule.values && !rule.values.includes(value as string)) {
    return `must be one of ${rule.values.join(', ')}, got ${describeFcValue(value)}`;
  }
  if (typeof value === 'number' && ((rule.min ?? value) > value || (rule.max ?? value) < value)) {
    return `must be between ${rule.min} and ${rule.max}, got ${value}`;
  }
  if (rule.pattern && !rule.pattern.test(value as string)) {
    return `must be ${rule.hint ?? `like ${rule.pattern}`}, got ${describeFcValue(value)}`;
  }
  if (rule.check && !rule.check(value))
    return `must be ${rule.hint ?? 'valid'}, got ${describeFcValue(value)}`;
  return undefined;
}
