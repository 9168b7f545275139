import { FilterError } from './filter-error';
import { isPlainObject } from './is-plain-object';
import { type ParsedCondition, parseOperation, readOptions } from './parse-condition';
import type { FilterCondition } from './types';

/** A filter after checking: levels of named children down to parsed conditions. */
export type FilterNode =
  | { readonly kind: 'level'; readonly children: readonly (readonly [string, FilterNode])[] }
  | { readonly kind: 'condition'; readonly condition: ParsedCondition; readonly path: string };

/** Deeper than any real type graph; stops hostile input before the stack does. */
export const MAX_FILTER_DEPTH = 64;

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return typeof value;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' ? `a ${name}` : 'an object';
}

/** A level holding an `operation` that is text or a number is a condition (an object there is a property). */
export function isConditionShape(value: Record<string, unknown>): boolean {
  if (!Object.hasOwn(value, 'operation')) return false;
  const operation = value.operation;
  return operation === null || typeof operation !== 'object';
}

/**
 * True when `value`, found in a filter, is a condition (`{ operation, options? }`) rather than a level of
 * properties: an own `operation` that is not an object. (A property may be named `operation`: then its value is
 * an object.) It does not check the condition; `parseCondition` does.
 */
export function isFilterCondition(value: unknown): value is FilterCondition {
  return isPlainObject(value) && isConditionShape(value);
}

function readCondition(value: Record<string, unknown>, path: string): FilterNode {
  const extra = Object.keys(value).filter((key) => key !== 'operation' && key !== 'options');
  if (extra.length > 0) {
    throw new FilterError(
      'FILTER_INVALID',
      path,
      `a condition has only operation and options, not ${extra.map((key) => `'${key}'`).join(', ')}`,
    );
  }
  const options = Object.hasOwn(value, 'options') ? readOptions(value.options, `${path}.options`) : undefined;
  return { kind: 'condition', condition: parseOperation(value.operation, options, path), path };
}

function readLevel(value: unknown, path: string, depth: number): FilterNode {
  if (!isPlainObject(value)) {
    const hint = path === 'options' || path.endsWith('.options') ? ' (options without an operation?)' : '';
    throw new FilterError(
      'FILTER_NOT_AN_OBJECT',
      path,
      `a filter level must be an object of properties or a condition { operation }, got ${kindOf(value)}${hint}`,
    );
  }
  if (depth > MAX_FILTER_DEPTH) {
    throw new FilterError('FILTER_TOO_DEEP', path, `filters nest at most ${MAX_FILTER_DEPTH} levels`);
  }
  if (isConditionShape(value)) return readCondition(value, path);
  const children: (readonly [string, FilterNode])[] = [];
  for (const key of Object.keys(value)) {
    if (key.trim() === '') throw new FilterError('FILTER_INVALID_PATH', path, 'a property name is empty');
    children.push([key, readLevel(value[key], join(path, key), depth + 1)]);
  }
  return { kind: 'level', children };
}

/** Checks a whole filter and reads it into nodes; throws `FilterError` with the path of the first problem. */
export function readFilter(filter: unknown): FilterNode {
  const node = readLevel(filter, '', 0);
  if (node.kind === 'condition') {
    throw new FilterError(
      'FILTER_INVALID',
      '',
      'a filter starts with a property name, e.g. { virtualGuests: { id: { operation: 1 } } }, not a condition',
    );
  }
  return node;
}
