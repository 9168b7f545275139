import { readFileSync } from 'node:fs';

/** One parameter of a method, as `https://api.softlayer.com/metadata/v3.1` describes it. */
export interface MetadataParameter {
  name: string;
  type: string;
  doc?: string;
  typeArray?: boolean;
  /** Present (even as `null`) when the parameter may be left out. */
  defaultValue?: unknown;
}

/** One method of a service. Boolean flags appear only when true. */
export interface MetadataMethod {
  name: string;
  type: string;
  doc?: string;
  typeArray?: boolean;
  static?: boolean;
  limitable?: boolean;
  filterable?: boolean;
  maskable?: boolean;
  noauth?: boolean;
  deprecated?: boolean;
  parameters?: MetadataParameter[];
}

/** One property of a datatype: `local` (a column), `relational` (another object) or `count`. */
export interface MetadataProperty {
  name: string;
  type: string;
  form: 'local' | 'relational' | 'count';
  doc?: string;
  typeArray?: boolean;
  deprecated?: boolean;
}

/** One datatype; without `noservice` it is also a service. */
export interface MetadataType {
  name: string;
  base?: string;
  noservice?: boolean;
  typeDoc?: string;
  serviceDoc?: string;
  deprecated?: boolean;
  properties?: Record<string, MetadataProperty>;
  methods?: Record<string, MetadataMethod>;
}

/** The whole metadata document: every datatype, keyed by name. */
export type Metadata = Record<string, MetadataType>;

/** Why the metadata could not be used; `code` is stable. */
export class MetadataError extends Error {
  override name = 'MetadataError';
  readonly code: 'METADATA_UNREADABLE' | 'METADATA_INVALID';
  constructor(code: MetadataError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

function fail(where: string, what: string): never {
  throw new MetadataError('METADATA_INVALID', `metadata ${where}: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the shape the generator relies on, so a malformed file fails with a clear path rather than a crash. */
export function checkMetadata(value: unknown): Metadata {
  if (!isRecord(value)) fail('root', 'expected an object keyed by type name');
  for (const [typeName, type] of Object.entries(value)) {
    if (!isRecord(type) || type.name !== typeName) fail(typeName, 'expected an object whose name is its key');
    if (type.base !== undefined && typeof type.base !== 'string') fail(typeName, 'base must be a string');
    if (typeof type.base === 'string' && !(type.base in value)) fail(typeName, `unknown base ${type.base}`);
    for (const [propertyName, property] of Object.entries(type.properties ?? {})) {
      const where = `${typeName}.${propertyName}`;
      if (!isRecord(property) || typeof property.type !== 'string')
        fail(where, 'expected a property with a type');
      if (!['local', 'relational', 'count'].includes(String(property.form))) fail(where, 'unknown form');
    }
    for (const [methodName, method] of Object.entries(type.methods ?? {})) {
      const where = `${typeName}::${methodName}`;
      if (!isRecord(method) || typeof method.type !== 'string') fail(where, 'expected a method with a type');
      if (method.parameters !== undefined && !Array.isArray(method.parameters)) fail(where, 'bad parameters');
      for (const parameter of (method.parameters ?? []) as unknown[]) {
        if (
          !isRecord(parameter) ||
          typeof parameter.name !== 'string' ||
          typeof parameter.type !== 'string'
        ) {
          fail(where, 'expected parameters with a name and a type');
        }
      }
    }
  }
  return value as Metadata;
}

/** Reads and checks `sldn_metadata.json`. */
export function readMetadata(path: string): Metadata {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new MetadataError('METADATA_UNREADABLE', `cannot read the metadata at ${path}`, { cause });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new MetadataError('METADATA_INVALID', `the metadata at ${path} is not JSON`, { cause });
  }
  return checkMetadata(parsed);
}
