import { scrubSecrets, secretsOf } from './redact';
import { SoftLayerError, type SoftLayerErrorOptions } from './soft-layer-error';

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export interface TransportErrorOptions extends SoftLayerErrorOptions {
  /** The start of the HTTP error body (at most 2,000 characters), when there was one. */
  responseText?: string;
  /** What the server's `Retry-After` header asked for, in milliseconds. */
  retryAfterMs?: number;
  /** False when not a byte of the request was written (default true: it may have reached the server). */
  requestSent?: boolean;
}

/** Reads `Retry-After` (seconds, or an HTTP date) as milliseconds from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The request did not get a usable answer: a network failure (`status` 0: connection refused or reset,
 * timeout, abort) or an HTTP error without an API fault. Codes: `SL_NETWORK`, `SL_TIMEOUT`, `SL_ABORTED`,
 * `SL_HTTP`, `SL_BAD_RESPONSE`.
 */
export class TransportError extends SoftLayerError {
  static override readonly brand: string = 'TransportError';
  /** The HTTP status, or 0 when there was no HTTP response. */
  readonly status: number;
  /** The start of the HTTP error body, for diagnosis (the request's secrets masked, should it echo them). */
  readonly responseText: string | undefined;
  /** The server's `Retry-After`, in milliseconds (`withRetry` waits at least this long, within its cap). */
  readonly retryAfterMs: number | undefined;
  /**
   * False when the request certainly never reached the server (connection refused, DNS failure, connect
   * timeout: nothing was written), so the call was not executed; true when it may have been.
   */
  readonly requestSent: boolean;

  constructor(status: number, message: string, options: TransportErrorOptions = {}) {
    const { responseText, retryAfterMs, requestSent, ...rest } = options;
    const code = options.code ?? (status === 0 ? 'SL_NETWORK' : 'SL_HTTP');
    super(message, {
      ...rest,
      code,
      isRetryable:
        options.isRetryable ??
        ((code === 'SL_NETWORK' || code === 'SL_TIMEOUT' || RETRYABLE_STATUS.has(status)) &&
          code !== 'SL_ABORTED'),
    });
    this.status = status;
    this.responseText =
      responseText === undefined
        ? undefined
        : scrubSecrets(responseText, secretsOf(options.request)).slice(0, 2000);
    this.retryAfterMs = retryAfterMs;
    this.requestSent = status !== 0 || requestSent !== false;
  }
}
