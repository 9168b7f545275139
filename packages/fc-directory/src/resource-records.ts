// The documented resource types of the directory API, as TypeScript types. Field lists follow the API's
// "Resource Types" page; where it is silent (value shapes of lists and structs) the README says what we chose.

/** A project (resource group). Primary key: `name`. Required on create: `parent`. */
export interface ResourceGroupRecord {
  __type__: 'resourcegroup';
  name: string;
  parent: string | null;
  customer_no: string;
  production: boolean;
  in_maintenance: boolean;
  /** Start of the weekly maintenance window, `HH:MM` in `timezone`. */
  maintenance_start: string;
  /** End of the weekly maintenance window, `HH:MM` in `timezone`. */
  maintenance_end: string;
  /** Maintenance mode is kept until then (`null`: not in maintenance mode). */
  maintenance_until: Date | null;
  /** Hours of notice before a maintenance. */
  notification_leadtime: number;
  technical_contacts: string[];
  timezone: string;
}

/** A service user (`s-…`). Primary key: `uid` + `resource_group`. Required on create: `description`. */
export interface ServiceUserRecord {
  __type__: 'serviceuser';
  uid: string;
  resource_group: string;
  description: string;
  ssh_pubkey: string[];
  id_number: number;
  gid_number: number;
  home_directory: string;
  login_shell: string;
  resource_groups_recursive: string[];
  virtual_machines: string[];
}

/** The values a {@link PermissionRecord} can grant. */
export type PermissionName = 'login' | 'sudo-srv' | 'stats';

/** A permission of a user in a resource group. Primary key: all three fields. */
export interface PermissionRecord {
  __type__: 'permission';
  permission: PermissionName;
  resource_group: string;
  uid: string;
}

/** Where a VM's scheduled deletion stands (`deletion` is `null` when none is scheduled). */
export interface VirtualMachineDeletion {
  /** When the VM will be gone. */
  deadline: Date;
  /** The retention schedule's stages still to come, e.g. `['soft', 'hard', 'purge']`. */
  stages: string[];
}

/** A virtual machine. Primary key: `name`. Required on create: `resource_group`. */
export interface VirtualMachineRecord {
  __type__: 'virtualmachine';
  name: string;
  resource_group: string;
  location: string;
  id: number;
  /** Roles, e.g. `['role::webgateway']`. */
  classes: string[];
  environment_class: 'Puppet' | 'NixOS';
  environment: string;
  /** 1–8. */
  cores: number;
  /** MiB, 256–3072. */
  memory: number;
  /** GiB, 10–1000. */
  disk: number;
  rbd_pool: 'rbd.hdd' | 'rbd.ssd';
  online: boolean;
  /** Network name → addresses. */
  interfaces: Record<string, string[]>;
  /** Address → reverse DNS name. */
  reverses: Record<string, string>;
  /** Number of public IPv4 frontend addresses, 0–3. */
  frontend_ips_v4: number;
  /** Number of public IPv6 frontend addresses, 0–100. */
  frontend_ips_v6: number;
  machine: string;
  kvm_host: string;
  production: boolean;
  servicing: boolean;
  last_maintenance_end: Date | null;
  creation_date: Date;
  deletion: VirtualMachineDeletion | null;
}

/** A maintenance (query-only). Primary key: `machine` + `starts`. Times are UTC. */
export interface MaintenanceRecord {
  __type__: 'maintenance';
  machine: string;
  starts: Date;
  ends: Date;
  active: boolean;
  activities: string[];
  announced: boolean;
  comment: string;
}

/** Consumption of a billable resource in a period (query-only). Primary key: `customer_no` + `period` + `type_id`. */
export interface ConsumptionRecord {
  __type__: 'consumption';
  customer_no: string;
  /** The month, `YYYY-MM`. */
  period: string;
  type: string;
  type_id: string;
  parameters: Record<string, string | number | boolean>;
}

/** One line of an {@link InvoiceRecord}. */
export interface InvoiceItem {
  description: string;
  /** Pre-tax. */
  price: number;
  product: string;
}

/** An invoice (query-only). Primary key: `customer_no` + `consumption_start`. Amounts are pre-tax. */
export interface InvoiceRecord {
  __type__: 'invoice';
  customer_no: string;
  consumption_start: Date;
  consumption_end: Date;
  items: InvoiceItem[];
  status: string;
  total: number;
}

/** Every resource type, by its `__type__`. */
export interface ResourceRecordMap {
  resourcegroup: ResourceGroupRecord;
  serviceuser: ServiceUserRecord;
  permission: PermissionRecord;
  virtualmachine: VirtualMachineRecord;
  maintenance: MaintenanceRecord;
  consumption: ConsumptionRecord;
  invoice: InvoiceRecord;
}

export type ResourceType = keyof ResourceRecordMap;
/** The types `apply` can change. */
export type SettableResourceType = 'resourcegroup' | 'serviceuser' | 'permission' | 'virtualmachine';
/** The types only `query` can read. */
export type QueryOnlyResourceType = Exclude<ResourceType, SettableResourceType>;
/** Any full record, as `query` and `apply` return them. */
export type ResourceRecord = ResourceRecordMap[ResourceType];

/** The primary-key fields of each type. */
export interface PrimaryKeyMap {
  resourcegroup: 'name';
  serviceuser: 'uid' | 'resource_group';
  permission: 'permission' | 'resource_group' | 'uid';
  virtualmachine: 'name';
  maintenance: 'machine' | 'starts';
  consumption: 'customer_no' | 'period' | 'type_id';
  invoice: 'customer_no' | 'consumption_start';
}

/** The fields `apply` may set on each settable type (computed fields such as `id` or `deletion` are not). */
export interface SettableFieldMap {
  resourcegroup:
    | 'parent'
    | 'production'
    | 'in_maintenance'
    | 'maintenance_start'
    | 'maintenance_end'
    | 'maintenance_until'
    | 'notification_leadtime'
    | 'technical_contacts'
    | 'timezone';
  serviceuser: 'description' | 'ssh_pubkey';
  permission: never;
  virtualmachine:
    | 'resource_group'
    | 'location'
    | 'classes'
    | 'environment_class'
    | 'environment'
    | 'cores'
    | 'memory'
    | 'disk'
    | 'rbd_pool'
    | 'online'
    | 'frontend_ips_v4'
    | 'frontend_ips_v6'
    | 'production';
}

/** The fields `K` of the records of type `T`. */
type FieldsOf<T extends ResourceType, K extends PropertyKey> = Pick<
  ResourceRecordMap[T],
  K & keyof ResourceRecordMap[T]
>;

/** A sparse `set` of one resource: its type, all primary-key fields, and only the fields to change. */
export type SetRecord<T extends SettableResourceType = SettableResourceType> = T extends SettableResourceType
  ? { __type__: T; __action__?: 'set' } & FieldsOf<T, PrimaryKeyMap[T]> &
      Partial<FieldsOf<T, SettableFieldMap[T]>>
  : never;

/** A delete of one resource, named by its type and primary key (deleting what does not exist is not an error). */
export type DeleteRecord<T extends SettableResourceType = SettableResourceType> =
  T extends SettableResourceType
    ? { __type__: T; __action__: 'delete' } & FieldsOf<T, PrimaryKeyMap[T]>
    : never;

/** One element of the list given to `apply`. */
export type ApplyRecord = SetRecord | DeleteRecord;

/** Exact-match filter for `query`: any fields of the type, each compared for equality. */
export type QueryFilter<T extends ResourceType> = Partial<Omit<ResourceRecordMap[T], '__type__'>>;
