import { FilterError } from './filter-error';
import { isConditionShape } from './read-filter';
import type { ObjectFilter } from './types';

/**
 * The part of a service-level filter that applies to the objects of one relational property:
 * `filterForProperty({ virtualGuests: X }, 'virtualGuests')` is `X`; `{}` when the filter does not name it.
 */
export function filterForProperty(filter: ObjectFilter, propertyName: string): ObjectFilter {
  if (!Object.hasOwn(filter, propertyName)) return {};
  const inner: unknown = filter[propertyName];
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) {
    throw new FilterError(
      'FILTER_NOT_AN_OBJECT',
      propertyName,
      `expected the filter level of ${propertyName}`,
    );
  }
  if (isConditionShape(inner as Record<string, unknown>)) {
    throw new FilterError(
      'FILTER_INVALID',
      propertyName,
      `${propertyName} holds a condition; filter on its properties instead, e.g. { ${propertyName}: { id: { operation: 1 } } }`,
    );
  }
  return inner as ObjectFilter;
}
