import { FilterError } from './filter-error';
import { isPlainObject } from './is-plain-object';
import { isConditionShape } from './read-filter';
import type { ObjectFilter } from './types';

/**
 * The part of a service-level filter that applies to the objects of one relational property:
 * `filterForProperty({ virtualGuests: X }, 'virtualGuests')` is `X`; `{}` when the filter does not name it or
 * holds a condition on the property itself. Throws `FilterError` when that property is not an object.
 */
export function filterForProperty(filter: ObjectFilter, propertyName: string): ObjectFilter {
  if (!Object.hasOwn(filter, propertyName)) return {};
  const inner: unknown = filter[propertyName];
  if (!isPlainObject(inner)) {
    throw new FilterError(
      'FILTER_NOT_AN_OBJECT',
      propertyName,
      `expected the filter level of ${propertyName}`,
    );
  }
  // A condition on the relation itself (`{ sparePoolBillingItem: { operation: 'is null' } }`) is tested at the
  // parent's level; it says nothing about the properties of the related objects.
  if (isConditionShape(inner)) return {};
  return inner as ObjectFilter;
}
