/** The API as the emitters see it: the metadata plus what it leaves implicit, in a stable order. */

export type PropertyKind = 'local' | 'relational' | 'count';

export interface ApiProperty {
  name: string;
  kind: PropertyKind;
  type: string;
  array: boolean;
  doc?: string;
  deprecated: boolean;
}

export interface ApiType {
  name: string;
  /** The parent datatype; absent only on the root, `SoftLayer_Entity`. */
  base?: string;
  doc?: string;
  deprecated: boolean;
  /** Only the properties this type declares (inheritance adds the base's), sorted by name. */
  properties: ApiProperty[];
}

export interface ApiParameter {
  name: string;
  type: string;
  array: boolean;
  /** Has a default and so does every later parameter (see `massSparePool`). */
  optional: boolean;
  doc?: string;
  /** For `enum` parameters: the allowed values, read from the doc's HTML list. */
  enumValues?: string[];
}

/** `declared` by the service itself, `inherited` from a base service, or an `orm` getter for a relational property. */
export type MethodOrigin = 'declared' | 'inherited' | 'orm';

export interface ApiMethod {
  name: string;
  returns: string;
  array: boolean;
  static: boolean;
  limitable: boolean;
  filterable: boolean;
  maskable: boolean;
  noauth: boolean;
  deprecated: boolean;
  parameters: ApiParameter[];
  doc?: string;
  origin: MethodOrigin;
  /** The service (or, for an ORM getter, the datatype owning the property) the method comes from. */
  declaredBy: string;
}

export interface ApiService {
  name: string;
  /** The nearest ancestor that is itself a service, whose methods this one inherits. */
  baseService?: string;
  doc?: string;
  /** Every callable method, sorted by name. */
  methods: ApiMethod[];
}

export interface ApiModel {
  /** Every datatype, sorted by name (services are datatypes too). */
  types: ApiType[];
  /** Every service, sorted by name. */
  services: ApiService[];
}

/** A stable, locale-independent order (UTF-16 code units), so the output is byte-identical everywhere. */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
