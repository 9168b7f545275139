import type { CallMask } from '@sl/client';
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

/** `{ filter }` when there is one, else nothing: an absent option stays absent in the call. */
export function filterOption(filter: ObjectFilter | undefined): { filter?: ObjectFilter } {
  return filter === undefined ? {} : { filter };
}

/**
 * `{ mask }`: the caller's mask, else `fallback` (the method's default), else nothing. Typed `{ mask?: CallMask }` so
 * that the call infers no typed selection from it and keeps the full result type (`mask: options.mask ?? DEFAULT`
 * written straight into `client.call` makes TypeScript infer a selection mask type and fail).
 */
export function withMask(mask: CallMask | undefined, fallback?: string): { mask?: CallMask } {
  const chosen = mask ?? fallback;
  return chosen === undefined ? {} : { mask: chosen };
}

/** What a list method adds to the caller's `ListOptions`. */
export interface ListDefaults {
  /** The mask sent unless the caller gives one. */
  mask?: string;
  /** The manager's own filter (from its criteria); the caller's is merged over it. */
  own?: ObjectFilter;
  /** Read every page, 100 items a page (`iter`, with the client's default page size spelled out). */
  everyPage?: boolean;
}

/**
 * The options of a list call: the caller's mask (else the method's default), the manager's own filter with the
 * caller's merged over it (none when both are empty), every page when asked, and the caller's signal.
 */
export function listOptions(
  options: ListOptions,
  defaults: ListDefaults = {},
): { mask?: CallMask; filter?: ObjectFilter; iter?: true; limit?: number; signal?: AbortSignal } {
  return {
    ...withMask(options.mask, defaults.mask),
    ...filterOption(combineFilters(defaults.own ?? {}, options.filter)),
    ...(defaults.everyPage ? { iter: true, limit: 100 } : {}),
    ...signalOption(options.signal),
  };
}
