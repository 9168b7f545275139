import type { MaskSchema } from '@sl/mask';
import type { CompactSchema } from './compact-schema';
import { SchemaError } from './schema-error';

export type PropertyKind = 'local' | 'relational' | 'count';

/** One property as the schema knows it; `type` is the element type for arrays. */
export interface PropertyInfo {
  readonly kind: PropertyKind;
  readonly type: string;
  readonly array: boolean;
  /** The datatype that declares it (the type asked about or one of its ancestors). */
  readonly declaredBy: string;
}

export interface ParameterInfo {
  readonly name: string;
  readonly type: string;
  readonly array: boolean;
  /** It has a default and so does every later parameter: it may be left out. */
  readonly optional: boolean;
}

/** One callable method: declared, inherited from a base service, or an ORM getter for a relational property. */
export interface MethodInfo {
  readonly service: string;
  readonly name: string;
  /** The result type, the element type when `array`. */
  readonly returns: string;
  readonly array: boolean;
  /** Needs no id (`<Service>InitParameters`). */
  readonly static: boolean;
  readonly limitable: boolean;
  readonly filterable: boolean;
  readonly maskable: boolean;
  /** Needs no authentication. */
  readonly noauth: boolean;
  readonly origin: 'declared' | 'inherited' | 'orm';
  /** The service it is declared by, or for an ORM getter the datatype owning the property. */
  readonly declaredBy: string;
  readonly parameters: readonly ParameterInfo[];
}

/**
 * The SoftLayer API schema at run time. It is a {@link MaskSchema}, so `applyMask(value, mask, { schema })` and
 * the emulator can ask it for property kinds.
 */
export interface Schema extends MaskSchema {
  /** Every datatype name (services are datatypes too), sorted. */
  readonly typeNames: readonly string[];
  /** Every service name, sorted. */
  readonly serviceNames: readonly string[];
  hasType(name: string): boolean;
  /** The parent datatype, undefined for the root `SoftLayer_Entity` and unknown names. */
  baseOf(name: string): string | undefined;
  /** The direct subtypes of a datatype, sorted. */
  subtypesOf(name: string): readonly string[];
  /** A property of a type or of one of its ancestors. */
  property(typeName: string, name: string): PropertyInfo | undefined;
  /** The names of every property of a type, inherited ones included, sorted. */
  propertyNames(typeName: string): readonly string[];
  /** `'Account'` or `'SoftLayer_Account'` → `'SoftLayer_Account'`; undefined when there is no such service. */
  serviceName(name: string): string | undefined;
  /** A callable method of a service (short service names accepted). */
  method(service: string, name: string): MethodInfo | undefined;
  /** The names of every callable method of a service, sorted. */
  methodNames(service: string): readonly string[];
}

const KINDS: Readonly<Record<string, PropertyKind>> = { l: 'local', r: 'relational', c: 'count' };

function splitArray(text: string): { type: string; array: boolean } {
  return text.endsWith('[]') ? { type: text.slice(0, -2), array: true } : { type: text, array: false };
}

function invalid(what: string): never {
  throw new SchemaError('SCHEMA_INVALID', `not a version 1 compact schema: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the shape of every entry, so a hand-made or damaged schema fails here and not in a lookup. */
function checkCompact(value: unknown): CompactSchema {
  if (!isRecord(value) || value.version !== 1) invalid('expected { version: 1, types, services }');
  if (!isRecord(value.types) || !isRecord(value.services)) invalid('types and services must be objects');
  for (const [name, entry] of Object.entries(value.types)) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isRecord(entry[1])) {
      invalid(`types.${name} must be [base, properties]`);
    }
    for (const [property, encoded] of Object.entries(entry[1])) {
      if (typeof encoded !== 'string' || !/^[lrc]:./.test(encoded))
        invalid(`types.${name}.${property} is malformed`);
    }
  }
  for (const [name, entry] of Object.entries(value.services)) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isRecord(entry[1])) {
      invalid(`services.${name} must be [baseService, methods]`);
    }
    for (const [method, encoded] of Object.entries(entry[1])) {
      if (
        !Array.isArray(encoded) ||
        encoded.length < 3 ||
        !encoded.every((part) => typeof part === 'string')
      ) {
        invalid(`services.${name}.${method} is malformed`);
      }
    }
  }
  return value as unknown as CompactSchema;
}

/** Builds the lookups over a compact schema (as `loadSchema` does); indexes are built lazily, per type. */
export function createSchema(compact: CompactSchema): Schema {
  const { types, services } = checkCompact(compact);
  const typeNames = Object.keys(types).sort();
  const serviceNames = Object.keys(services).sort();
  const propertyCache = new Map<string, Map<string, PropertyInfo>>();
  const methodCache = new Map<string, MethodInfo>();
  let subtypes: Map<string, string[]> | undefined;

  const baseOf = (name: string): string | undefined => {
    const base = Object.hasOwn(types, name) ? types[name]?.[0] : undefined;
    return base === '' ? undefined : base;
  };

  const properties = (typeName: string): Map<string, PropertyInfo> => {
    const cached = propertyCache.get(typeName);
    if (cached !== undefined) return cached;
    const all = new Map<string, PropertyInfo>();
    propertyCache.set(typeName, all); // first, so that a cycle of bases in a damaged schema ends here
    const base = baseOf(typeName);
    for (const [name, info] of base === undefined ? [] : properties(base)) all.set(name, info);
    const own = Object.hasOwn(types, typeName) ? (types[typeName]?.[1] ?? {}) : {};
    for (const [name, encoded] of Object.entries(own)) {
      const kind = KINDS[encoded.slice(0, 1)] ?? 'local';
      all.set(name, { kind, ...splitArray(encoded.slice(2)), declaredBy: typeName });
    }
    return all;
  };

  const serviceName = (name: string): string | undefined => {
    if (Object.hasOwn(services, name)) return name;
    const long = `SoftLayer_${name}`;
    return Object.hasOwn(services, long) ? long : undefined;
  };

  const decodeMethod = (
    service: string,
    holder: string,
    name: string,
    encoded: readonly string[],
  ): MethodInfo => {
    const [returns = 'void', flags = '', declaredBy = '', ...parameters] = encoded;
    const orm = flags.includes('o');
    const inherited = flags.includes('i') || holder !== service;
    return {
      service,
      name,
      ...(({ type, array }) => ({ returns: type, array }))(splitArray(returns)),
      static: flags.includes('s'),
      limitable: flags.includes('l'),
      filterable: flags.includes('f'),
      maskable: flags.includes('m'),
      noauth: flags.includes('n'),
      origin: orm ? 'orm' : inherited ? 'inherited' : 'declared',
      declaredBy: declaredBy === '' ? holder : declaredBy,
      parameters: parameters.map((text) => {
        const optional = text.endsWith('?');
        const [parameterName = '', type = ''] = (optional ? text.slice(0, -1) : text).split(':');
        return { name: parameterName, ...splitArray(type), optional };
      }),
    };
  };

  const method = (service: string, name: string): MethodInfo | undefined => {
    const resolved = serviceName(service);
    if (resolved === undefined) return undefined;
    const key = `${resolved}::${name}`;
    const cached = methodCache.get(key);
    if (cached !== undefined) return cached;
    let found: MethodInfo | undefined;
    const seen = new Set<string>();
    for (let holder: string | undefined = resolved; holder !== undefined && !seen.has(holder); ) {
      seen.add(holder);
      const entry: CompactSchema['services'][string] | undefined = services[holder];
      const encoded = entry !== undefined && Object.hasOwn(entry[1], name) ? entry[1][name] : undefined;
      if (encoded !== undefined) {
        found = decodeMethod(resolved, holder, name, encoded);
        break;
      }
      holder = entry?.[0] === '' ? undefined : entry?.[0];
    }
    // Misses are not kept: names come from callers (or requests, in the emulator) and must not grow the cache.
    if (found !== undefined) methodCache.set(key, found);
    return found;
  };

  const methodNames = (service: string): string[] => {
    const names = new Set<string>();
    const seen = new Set<string>();
    for (let holder = serviceName(service); holder !== undefined && !seen.has(holder); ) {
      seen.add(holder);
      const entry: CompactSchema['services'][string] | undefined = services[holder];
      for (const name of Object.keys(entry?.[1] ?? {})) names.add(name);
      holder = entry?.[0] === '' ? undefined : entry?.[0];
    }
    return [...names].sort();
  };

  return {
    typeNames,
    serviceNames,
    hasType: (name) => Object.hasOwn(types, name),
    baseOf,
    subtypesOf: (name) => {
      if (subtypes === undefined) {
        subtypes = new Map();
        for (const typeName of typeNames) {
          const base = baseOf(typeName);
          if (base !== undefined) subtypes.set(base, [...(subtypes.get(base) ?? []), typeName]);
        }
      }
      return subtypes.get(name) ?? [];
    },
    property: (typeName, name) => properties(typeName).get(name),
    propertyNames: (typeName) => [...properties(typeName).keys()].sort(),
    serviceName,
    method,
    methodNames,
  };
}
