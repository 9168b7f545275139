import { mergeFilters, type ObjectFilter } from '@sl/filter';

/** What every list method of a manager takes besides its own criteria. */
export interface ListOptions {
  /** Replaces the manager's default mask (mask text, e.g. `'id,hostname,datacenter.name'`). */
  mask?: string;
  /** Merged with the filter the manager builds from its criteria (yours wins on the same property). */
  filter?: ObjectFilter;
  signal?: AbortSignal;
}

/** What every other method takes. */
export interface CallControl {
  signal?: AbortSignal;
}

/** The manager's filter with the caller's merged over it; `undefined` when both are empty. */
export function combineFilters(
  own: ObjectFilter,
  theirs: ObjectFilter | undefined,
): ObjectFilter | undefined {
  const merged = theirs === undefined ? own : mergeFilters(own, theirs);
  return Object.keys(merged).length === 0 ? undefined : merged;
}

/** `{ signal }` when there is one, else nothing: an absent option stays absent in the call. */
export function signalOption(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal === undefined ? {} : { signal };
}
