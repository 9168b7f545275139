import type { Metadata, MetadataMethod, MetadataParameter, MetadataType } from './metadata';
import {
  type ApiMethod,
  type ApiModel,
  type ApiParameter,
  type ApiProperty,
  type ApiService,
  type ApiType,
  byName,
} from './model';

/** The service whose account id is implied: its methods, ORM getters included, need no id. */
const ACCOUNT_SERVICE = 'SoftLayer_Account';

function isService(type: MetadataType | undefined): boolean {
  return type !== undefined && type.noservice !== true;
}

/** The type and its ancestors, nearest first. */
function ancestry(metadata: Metadata, name: string): MetadataType[] {
  const chain: MetadataType[] = [];
  const seen = new Set<string>();
  let current: string | undefined = name;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const type: MetadataType | undefined = metadata[current];
    if (type === undefined) break;
    chain.push(type);
    current = type.base;
  }
  return chain;
}

function enumValues(doc: string | undefined): string[] | undefined {
  if (doc === undefined) return undefined;
  const values = [...doc.matchAll(/<li[^>]*>([^<]*)<\/li>/g)].map((match) => (match[1] ?? '').trim());
  const unique = [...new Set(values.filter((value) => value !== ''))];
  return unique.length > 0 ? unique : undefined;
}

function deriveParameters(parameters: MetadataParameter[]): ApiParameter[] {
  const derived = parameters.map((parameter): ApiParameter => {
    const result: ApiParameter = {
      name: parameter.name,
      type: parameter.type,
      array: parameter.typeArray === true,
      optional: false,
    };
    if (parameter.doc !== undefined) result.doc = parameter.doc;
    const values = parameter.type === 'enum' ? enumValues(parameter.doc) : undefined;
    if (values !== undefined) result.enumValues = values;
    return result;
  });
  // Optional only when it and every later parameter have a default: SoftLayer_Hardware_Server::massSparePool
  // has a required `action` after a defaulted `hardwareIds`.
  let restOptional = true;
  for (let index = derived.length - 1; index >= 0; index -= 1) {
    restOptional = restOptional && 'defaultValue' in (parameters[index] ?? {});
    (derived[index] as ApiParameter).optional = restOptional;
  }
  return derived;
}

function deriveMethod(method: MetadataMethod, origin: ApiMethod['origin'], declaredBy: string): ApiMethod {
  const derived: ApiMethod = {
    name: method.name,
    returns: method.type,
    array: method.typeArray === true,
    static: method.static === true,
    limitable: method.limitable === true,
    filterable: method.filterable === true,
    maskable: method.maskable === true,
    noauth: method.noauth === true,
    deprecated: method.deprecated === true,
    parameters: deriveParameters(method.parameters ?? []),
    origin,
    declaredBy,
  };
  if (method.doc !== undefined) derived.doc = method.doc;
  return derived;
}

/** `virtualGuests` → `getVirtualGuests`. */
export function ormGetterName(propertyName: string): string {
  return `get${propertyName.charAt(0).toUpperCase()}${propertyName.slice(1)}`;
}

function ormGetter(service: string, owner: string, property: ApiProperty): ApiMethod {
  const getter: ApiMethod = {
    name: ormGetterName(property.name),
    returns: property.type,
    array: property.array,
    static: service === ACCOUNT_SERVICE,
    limitable: property.array,
    filterable: true,
    maskable: true,
    noauth: false,
    deprecated: property.deprecated,
    parameters: [],
    origin: 'orm',
    declaredBy: owner,
  };
  if (property.doc !== undefined) getter.doc = `Retrieve ${property.doc}`;
  return getter;
}

function deriveType(type: MetadataType): ApiType {
  const properties = Object.values(type.properties ?? {})
    .map((property): ApiProperty => {
      const derived: ApiProperty = {
        name: property.name,
        kind: property.form,
        type: property.type,
        array: property.typeArray === true,
        deprecated: property.deprecated === true,
      };
      if (property.doc !== undefined) derived.doc = property.doc;
      return derived;
    })
    .sort(byName);
  const derived: ApiType = { name: type.name, deprecated: type.deprecated === true, properties };
  if (type.base !== undefined) derived.base = type.base;
  if (type.typeDoc !== undefined) derived.doc = type.typeDoc;
  return derived;
}

function deriveService(metadata: Metadata, typesByName: Map<string, ApiType>, name: string): ApiService {
  const chain = ancestry(metadata, name);
  const methods = new Map<string, ApiMethod>();
  // Declared methods win, nearest service first; then an ORM getter for every relational property (own or
  // inherited) whose name no declared method takes, as the Go and Java generators and SLDN do.
  for (const type of chain) {
    if (!isService(type)) continue;
    for (const method of Object.values(type.methods ?? {})) {
      if (methods.has(method.name)) continue;
      methods.set(
        method.name,
        deriveMethod(method, type.name === name ? 'declared' : 'inherited', type.name),
      );
    }
  }
  for (const type of chain) {
    for (const property of typesByName.get(type.name)?.properties ?? []) {
      if (property.kind !== 'relational') continue;
      const getter = ormGetter(name, type.name, property);
      if (!methods.has(getter.name)) methods.set(getter.name, getter);
    }
  }
  const own = metadata[name];
  const service: ApiService = { name, methods: [...methods.values()].sort(byName) };
  const baseService = chain.slice(1).find(isService);
  if (baseService !== undefined) service.baseService = baseService.name;
  if (own?.serviceDoc !== undefined) service.doc = own.serviceDoc;
  return service;
}

/** Builds the model: every datatype, every service with its inherited methods and ORM getters. */
export function deriveModel(metadata: Metadata): ApiModel {
  const types = Object.values(metadata).map(deriveType).sort(byName);
  const typesByName = new Map(types.map((type) => [type.name, type]));
  const services = Object.values(metadata)
    .filter(isService)
    .map((type) => deriveService(metadata, typesByName, type.name))
    .sort(byName);
  return { types, services };
}
