import { compileFilter, type MatchOptions } from './compile-filter';
import type { ObjectFilter } from './types';

/**
 * The items that satisfy `filter` (given at the items' level), ordered by its `orderBy` conditions. Returns a
 * new array; the input is not changed. Throws `FilterError` for an invalid filter.
 */
export function matchFilter<T>(items: readonly T[], filter: ObjectFilter, options?: MatchOptions): T[] {
  return compileFilter(filter, options).apply(items);
}

/** True when `item` satisfies every condition of `filter` (given at the item's level). */
export function matchesFilter(item: unknown, filter: ObjectFilter, options?: MatchOptions): boolean {
  return compileFilter(filter, options).matches(item);
}
