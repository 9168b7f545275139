import type { ObjectFilter } from '@sl/filter';
import type { MaskTree } from '@sl/mask';
import type { LegacyObjectMask } from '@sl/transport';

/**
 * What `mask` accepts: a string, a tree from `@sl/mask`, a typed selection (`{ id: true, datacenter: { name: true }
 * }`: a `true` anywhere) or a legacy object mask (`{ datacenter: {} }`: no `true` anywhere).
 */
export type CallMask = string | MaskTree | LegacyObjectMask;

/** Everything about one call except the service and method. Positional parameters go in `args`. */
export interface CallOptions<
  Args extends readonly unknown[] = readonly unknown[],
  Mask extends CallMask | undefined = CallMask,
> {
  /** The method's positional parameters, in the order the API documents them. */
  args?: Args;
  /** The init parameter: the id of the object the method runs on. */
  id?: number | string;
  /**
   * A mask string (`'id,hostname'` is sent as `mask[id,hostname]`), a tree from `@sl/mask`, a typed selection
   * (`{ id: true, datacenter: { name: true } }` is sent as `mask[id,datacenter[name]]` and narrows the result
   * type), or a legacy object with no `true` in it (`{ datacenter: {} }`, sent as `<Service>ObjectMask`).
   */
  mask?: Mask;
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
  /** Timeout of each HTTP exchange (each attempt), in milliseconds. */
  timeoutMs?: number;
  /**
   * When the whole call must be over, retries and their waits included (milliseconds since the epoch, e.g.
   * `Date.now() + 30_000`); for `iterCall`, every page.
   */
  deadline?: number;
  /**
   * Whether the call may run twice with the effect of once. The retry policy repeats a call after a failure
   * that may have executed it (HTTP 500, a reset, a timeout) only when it is; by default, read-only method
   * names are (`get*`, `find*`, `is*`, `verify*`, … see `@sl/transport`'s `isSafeToRepeat`).
   */
  idempotent?: boolean;
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
export type IterCallOptions<
  Args extends readonly unknown[] = readonly unknown[],
  Mask extends CallMask | undefined = CallMask,
> = Omit<CallOptions<Args, Mask>, 'limit' | 'iter'>;

const MARK: unique symbol = Symbol.for('@sl/client.call-options');

/** Call options wrapped by `withOptions`, so a service method can tell them from a positional parameter. */
export interface MarkedCallOptions<Mask extends CallMask | undefined = CallMask>
  extends Omit<CallOptions<readonly unknown[], Mask>, 'args'> {
  readonly [MARK]: true;
}

/**
 * Marks call options for a service method: `client.service('Account').getVirtualGuests(withOptions({ mask:
 * 'id' }))`. Only a marked object is read as options; any other last argument is a positional parameter. A typed
 * selection mask keeps its literal type here, so the method can narrow its result to it.
 */
export function withOptions<const Mask extends CallMask | undefined = undefined>(
  options: Omit<CallOptions<readonly unknown[], Mask>, 'args'>,
): MarkedCallOptions<Mask> {
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
  'deadline',
  'idempotent',
  'iter',
  'pageSize',
  'concurrency',
  'stableOrder',
]);

/** The names in `options` that are not call options (a typo should fail loudly, not be ignored). */
export function unknownOptionNames(options: object): string[] {
  return Object.keys(options).filter((name) => !KNOWN_OPTIONS.has(name));
}
