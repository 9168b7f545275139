import type { FailureClass } from './classify-failure';

/** Credentials an auth strategy hands to a transport; the transport decides how they go on the wire. */
export type TransportCredentials =
  /** Classic username + API key: XML-RPC `authenticate` header, HTTP basic on REST (and on XML-RPC for `apikey`). */
  | { type: 'apiKey'; username: string; apiKey: string }
  /** Portal login token: XML-RPC `authenticate {complexType: PortalLoginToken}`, HTTP basic `userId:token` on REST. */
  | { type: 'portalToken'; userId: number | string; authToken: string }
  /** Plain HTTP basic auth on both transports. */
  | { type: 'basic'; username: string; password: string }
  /** IAM access token: `Authorization: Bearer …` only (no HTTP basic user). */
  | { type: 'bearer'; token: string };

/** A legacy object mask: `{ datacenter: {}, operatingSystem: { passwords: {} } }` (leaves `{}`, `null` or `true`). */
export interface LegacyObjectMask {
  readonly [property: string]: LegacyObjectMask | null | true;
}

/** One SoftLayer API call, as every transport and wrapper sees it. */
export interface TransportRequest {
  /** Full service name, e.g. `SoftLayer_Account` (the client adds the prefix). */
  service: string;
  method: string;
  /** The method's positional parameters. */
  args?: readonly unknown[];
  /** The init parameter (object id). */
  id?: number | string;
  /** A mask string (wrapped in `mask[...]` when it needs it) or a legacy object mask. */
  mask?: string | LegacyObjectMask;
  /** An object filter (a JSON object). */
  filter?: unknown;
  limit?: number;
  offset?: number;
  /** Extra XML-RPC headers, merged last into the `headers` struct (they can override anything). */
  headers?: Readonly<Record<string, unknown>>;
  /** Extra HTTP headers, merged over the defaults. */
  httpHeaders?: Readonly<Record<string, string>>;
  /** Ask for a compressed response (default true): `Accept-Encoding: gzip, deflate, br`. */
  compress?: boolean;
  credentials?: TransportCredentials;
  signal?: AbortSignal;
  /** Per-call timeout in milliseconds; overrides the transport's. */
  timeoutMs?: number;
  /**
   * When the whole call, retries and their waits included, must be over (milliseconds since the epoch, e.g.
   * `Date.now() + 30_000`). Each attempt's timeout is cut to it and `withRetry` never waits past it.
   */
  deadline?: number;
  /** Whether the call may run twice with the effect of once; overrides the method-name rule of `withRetry`. */
  idempotent?: boolean;
  /** Which attempt this is (2 for the first retry); set by `withRetry`, absent on the first. */
  attempt?: number;
  /** Told before each retry of this call by `withRetry` (`withDebug` listens here). */
  onRetry?: (event: RetryEvent) => void;
}

/** One retry, as `withRetry` tells its `onRetry` hooks before waiting. */
export interface RetryEvent {
  /** The attempt about to be made (2 for the first retry). */
  attempt: number;
  /** How long `withRetry` waits before it. */
  delayMs: number;
  /** What the previous attempt threw. */
  error: unknown;
  /** What that failure says about the call (see `classifyFailure`). */
  classification: FailureClass;
  /** The call, secrets redacted (safe to log). */
  request: TransportRequest;
  /** Tokens left in the retry budget after this retry took its share. */
  budgetLeft?: number;
}

/** What a transport answers. */
export interface TransportResponse {
  /** The decoded result. */
  value: unknown;
  /** The `SoftLayer-Total-Items` header, when the server sent it. */
  totalCount?: number;
  status: number;
  headers: Record<string, string>;
}

/** A transport: a function from a request to a response. Wrappers take one and return one. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;
