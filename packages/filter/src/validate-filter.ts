import { readFilter } from './read-filter';
import type { ObjectFilter } from './types';

/**
 * Checks that `filter` is an object filter the API understands (levels of objects, conditions with known
 * operations, options of the right shape, dates it can read) and returns it typed. Throws `FilterError` with the
 * dotted path of the first problem.
 */
export function validateFilter(filter: unknown): ObjectFilter {
  readFilter(filter);
  return filter as ObjectFilter;
}
