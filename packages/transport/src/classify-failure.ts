import { RateLimitError } from './api-errors';
import { SoftLayerError } from './soft-layer-error';
import { TransportError } from './transport-error';

/**
 * What a failure says about the call, for retries:
 * - `not-executed`: the API certainly did not run it (the rate-limit fault, HTTP 429, a connection refused or
 *   a name that did not resolve: nothing was sent). Any method may be retried.
 * - `maybe-executed`: a transient failure after the request went out (HTTP 500/502/503/504, a connection reset
 *   or dropped after sending, a timeout). Only calls safe to repeat may be retried.
 * - `permanent`: retrying cannot help (an API fault, another HTTP status, an abort, an unreadable answer).
 */
export type FailureClass = 'not-executed' | 'maybe-executed' | 'permanent';

/** Classifies a failure of a transport call (see `FailureClass`). Unknown errors are `permanent`. */
export function classifyFailure(error: unknown): FailureClass {
  if (!SoftLayerError.isInstance(error)) return 'permanent';
  if (RateLimitError.isInstance(error)) return 'not-executed';
  if (TransportError.isInstance(error)) {
    if (error.code === 'SL_ABORTED' || error.code === 'SL_BAD_RESPONSE') return 'permanent';
    if (error.status === 429 || !error.requestSent) return 'not-executed';
  }
  return error.isRetryable ? 'maybe-executed' : 'permanent';
}
