import type { FieldSpec } from './resource-schema';

/** A short, safe description of a value's type for error messages, e.g. `string "2"`, `array`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  switch (typeof value) {
    case 'string':
      return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** True for `{…}` objects: not arrays, dates, buffers, maps or class instances. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const EXPECTED: Readonly<Record<FieldSpec['kind'], string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a finite number',
  boolean: 'a boolean',
  datetime: 'a valid Date',
  'string-list': 'an array of strings',
  struct: 'an object',
  'struct-list': 'an array of objects',
};

function matchesKind(kind: FieldSpec['kind'], value: unknown): boolean {
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
      return isPlainObject(value);
    case 'struct-list':
      return Array.isArray(value) && value.every(isPlainObject);
  }
}

/** What is wrong with `value` for a field described by `spec`, or `undefined` when it fits. */
export function fieldValueProblem(spec: FieldSpec, value: unknown): string | undefined {
  if (value === null) return spec.nullable ? undefined : `must be ${EXPECTED[spec.kind]}, got null`;
  if (!matchesKind(spec.kind, value)) return `must be ${EXPECTED[spec.kind]}, got ${describeValue(value)}`;
  if (spec.values && !spec.values.includes(value as string)) {
    return `must be one of ${spec.values.map((v) => `'${v}'`).join(', ')}, got ${describeValue(value)}`;
  }
  return undefined;
}
