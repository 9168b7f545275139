import { mergeFilters, type ObjectFilter } from '@sl/filter';

/**
 * Where a list method's filter starts: `getVirtualGuests` → `virtualGuests` (the relational property it
 * reads), `getAllObjects` → `''` (the service's own objects, filtered at the root), undefined otherwise.
 */
export function listPropertyOf(method: string): string | undefined {
  if (method === 'getAllObjects') return '';
  const match = /^get([A-Z])(\w*)$/.exec(method);
  return match ? `${match[1]!.toLowerCase()}${match[2]}` : undefined;
}

function hasOrderBy(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if ((value as { operation?: unknown }).operation === 'orderBy') return true;
  return Object.values(value).some(hasOrderBy);
}

/**
 * Adds `orderBy id ASC` under the method's property (`{ virtualGuests: { id: { operation: 'orderBy', … } } }`)
 * (at the root for `getAllObjects`) so pages cannot skip or repeat items — unless the filter already sorts
 * somewhere, already has a condition on that `id` (the API cannot sort and search one property), or the method
 * is not a `get…` list.
 */
export function withStableOrder(filter: ObjectFilter | undefined, method: string): ObjectFilter | undefined {
  const property = listPropertyOf(method);
  if (property === undefined || hasOrderBy(filter)) return filter;
  const level = property === '' ? filter : filter?.[property];
  if (level !== undefined && (typeof level !== 'object' || 'operation' in level || 'id' in level))
    return filter;
  const byId: ObjectFilter = { id: { operation: 'orderBy', options: [{ name: 'sort', value: ['ASC'] }] } };
  const order: ObjectFilter = property === '' ? byId : { [property]: byId };
  return filter ? mergeFilters(filter, order) : order;
}
