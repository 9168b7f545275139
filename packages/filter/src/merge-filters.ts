import { FilterError } from './filter-error';
import { isPlainObject } from './is-plain-object';
import { isConditionShape, MAX_FILTER_DEPTH } from './read-filter';
import { setProperty } from './set-property';
import type { ObjectFilter } from './types';

type Level = Record<string, unknown>;

const isLevel = (value: unknown): value is Level => isPlainObject(value) && !isConditionShape(value);

function mergeInto(target: Level, source: Level, path: string, depth = 0): void {
  if (depth > MAX_FILTER_DEPTH) {
    throw new FilterError('FILTER_TOO_DEEP', path, `filters nest at most ${MAX_FILTER_DEPTH} levels`);
  }
  for (const key of Object.keys(source)) {
    const at = path === '' ? key : `${path}.${key}`;
    const incoming = source[key];
    if (!Object.hasOwn(target, key)) {
      setProperty(target, key, isLevel(incoming) ? copyLevel(incoming, at, depth + 1) : incoming);
      continue;
    }
    const existing = target[key];
    if (isLevel(existing) && isLevel(incoming)) {
      mergeInto(existing, incoming, at, depth + 1);
    } else if (isLevel(existing) || isLevel(incoming)) {
      throw new FilterError(
        'FILTER_MERGE_CONFLICT',
        at,
        'one filter has a condition here and another has properties below it; a property is one or the other',
      );
    } else {
      setProperty(target, key, incoming);
    }
  }
}

function copyLevel(level: Level, path: string, depth: number): Level {
  const copy: Level = {};
  mergeInto(copy, level, path, depth);
  return copy;
}

/**
 * Deep-merges filters into a new one: levels merge key by key; where two filters put a condition on the same
 * property, the later one wins whole (its options with it). A property that is a condition in one filter and a
 * level in another throws `FilterError` (`FILTER_MERGE_CONFLICT`). The inputs are not changed; conditions are
 * shared, not copied.
 */
export function mergeFilters(...filters: readonly ObjectFilter[]): ObjectFilter {
  const result: Level = {};
  filters.forEach((filter, index) => {
    if (!isLevel(filter)) {
      throw new FilterError(
        'FILTER_NOT_AN_OBJECT',
        '',
        `mergeFilters: argument ${index + 1} is not an object filter`,
      );
    }
    mergeInto(result, filter, '');
  });
  return result as ObjectFilter;
}
