import type { ObjectFilter } from '@sl/filter';
import type { MaskTree } from '@sl/mask';
import type { LegacyObjectMask } from '@sl/transport';

/** Everything about one call except the service and method. Positional parameters go in `args`. */
export interface CallOptions<Args extends readonly unknown[] = readonly unknown[]> {
  /** The method's positional parameters, in the order the API documents them. */
  args?: Args;
  /** The init parameter: the id of the object the method runs on. */
  id?: number | string;
  /** A mask string (`'id,hostname'` is sent as `mask[id,hostname]`), a tree from `@sl/mask`, or a legacy object. */
  mask?: string | MaskTree | LegacyObjectMask;
  filter?: ObjectFilter;
  /** At most this many results (`resultLimit`). */
  limit?: number;
  /** Skip this many results; needs `limit`. */
  offset?: number;
  /** Extra XML-RPC headers, merged last into the `headers` struct. */
  headers?: Readonly<Record<string, unknown>>;
  /** Extra HTTP headers. */
  rawHeaders?: Readonly<Record<string, string>>;
  /** Ask for a compressed answer (default true). */
  compress?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Fetch every page (see `iterCall`) and resolve with all the items. */
  iter?: boolean;
  /** Page size for `iter` / `iterCall` (default 100). */
  pageSize?: number;
  /** Pages fetched at once for `iter` / `iterCall` once the total is known (default 1: sequential). */
  concurrency?: number;
  /** For `iter` / `iterCall`: add `orderBy id` when the filter has no order (default true). */
  stableOrder?: boolean;
}

/** Options of `iterCall`: like `call`'s, with `pageSize` instead of `limit`. */
export type IterCallOptions<Args extends readonly unknown[] = readonly unknown[]> = Omit<
  CallOptions<Args>,
  'limit' | 'iter'
>;

const MARK: unique symbol = Symbol.for('@sl/client.call-options');

/** Call options wrapped by `withOptions`, so a service method can tell them from a positional parameter. */
export interface MarkedCallOptions extends Omit<CallOptions, 'args'> {
  readonly [MARK]: true;
}

/**
 * Marks call options for a service method: `client.service('Account').getVirtualGuests(withOptions({ mask:
 * 'id' }))`. Only a marked object is read as options; any other last argument is a positional parameter.
 */
export function withOptions(options: Omit<CallOptions, 'args'>): MarkedCallOptions {
  return Object.freeze({ ...options, [MARK]: true as const });
}

/** True for an object made by `withOptions` (from any copy of this package). */
export function isMarkedCallOptions(value: unknown): value is MarkedCallOptions {
  return typeof value === 'object' && value !== null && (value as { [MARK]?: unknown })[MARK] === true;
}

const KNOWN_OPTIONS = new Set([
  'args',
  'id',
  'mask',
  'filter',
  'limit',
  'offset',
  'headers',
  'rawHeaders',
  'compress',
  'signal',
  'timeoutMs',
  'iter',
  'pageSize',
  'concurrency',
  'stableOrder',
]);

/** The names in `options` that are not call options (a typo should fail loudly, not be ignored). */
export function unknownOptionNames(options: object): string[] {
  return Object.keys(options).filter((name) => !KNOWN_OPTIONS.has(name));
}
