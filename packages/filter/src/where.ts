import { FilterError } from './filter-error';
import { type ConditionBuilders, op } from './op';
import { setProperty } from './set-property';
import type { FilterCondition, ObjectFilter } from './types';

/** The builders of `op`, each returning the whole filter down the path; `condition` takes a ready condition. */
export interface PathBuilder extends ConditionBuilders<ObjectFilter> {
  condition(condition: FilterCondition): ObjectFilter;
}

/** `{ a: { b: { c: leaf } } }` for the path `a.b.c`. */
function nest(segments: readonly string[], leaf: FilterCondition): ObjectFilter {
  let level: ObjectFilter | FilterCondition = leaf;
  for (let i = segments.length - 1; i >= 0; i--) {
    const parent: Record<string, unknown> = {};
    setProperty(parent, segments[i]!, level);
    level = parent as ObjectFilter;
  }
  return level as ObjectFilter;
}

/**
 * Starts a filter at a dotted property path:
 * `where('virtualGuests.datacenter.name').eq('dal05')` is
 * `{ virtualGuests: { datacenter: { name: { operation: 'dal05' } } } }`.
 */
export function where(path: string): PathBuilder {
  const segments = typeof path === 'string' ? path.split('.') : [];
  if (
    segments.length === 0 ||
    segments.some((segment) => segment.trim() === '' || segment !== segment.trim())
  ) {
    throw new FilterError(
      'FILTER_INVALID_PATH',
      String(path),
      `a path is property names joined by dots, e.g. 'virtualGuests.datacenter.name', got '${String(path)}'`,
    );
  }
  const builder: Record<string, unknown> = {
    condition: (condition: FilterCondition): ObjectFilter => nest(segments, condition),
  };
  for (const [name, build] of Object.entries(op)) {
    const make = build as (...args: readonly unknown[]) => FilterCondition;
    builder[name] = (...args: readonly unknown[]): ObjectFilter => {
      try {
        return nest(segments, make(...args));
      } catch (error) {
        if (error instanceof FilterError)
          throw new FilterError(error.code, path, error.message, { cause: error });
        throw error;
      }
    };
  }
  return builder as unknown as PathBuilder;
}
