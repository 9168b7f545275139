import { type Dispatcher, getGlobalDispatcher, request as undiciRequest } from 'undici';
import { decompressBody } from './decompress-body';
import type { SoftLayerErrorOptions } from './soft-layer-error';
import { TransportError } from './transport-error';

/** One HTTP exchange. */
export interface HttpRequestOptions {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  basicAuth?: { username: string; password: string };
  signal?: AbortSignal;
  /** Whole-exchange timeout in milliseconds (0 or undefined: none). */
  timeoutMs?: number;
  /** The undici dispatcher (connection pool); undici's global one when omitted. */
  dispatcher?: Dispatcher;
  /** Context for errors (redacted before it is stored). */
  errorContext?: Pick<SoftLayerErrorOptions, 'request'>;
}

export interface HttpResponse {
  status: number;
  /** Lower-cased names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body, already decompressed. */
  body: Buffer;
}

/**
 * Sends one HTTP request with undici and reads the whole (decompressed) body. Network failures, timeouts and
 * aborts throw `TransportError` (status 0; codes `SL_NETWORK`, `SL_TIMEOUT`, `SL_ABORTED`) whose `requestSent`
 * is false when not a byte of the request was written (refused, DNS failure, connect timeout). Any HTTP status
 * is returned, not thrown: callers decide what an error status means.
 */
export async function sendHttpRequest(options: HttpRequestOptions): Promise<HttpResponse> {
  // The caller's headers are used as they are (undici does not change them) unless basic auth adds one.
  const headers: Record<string, string> | undefined = options.basicAuth
    ? { ...options.headers, authorization: basicAuthorization(options.basicAuth) }
    : options.headers;
  // No controller and no timer unless the call has a timeout (most calls have none); the timer is cleared
  // when the exchange ends, so finished calls leave no pending timers behind (AbortSignal.timeout would).
  const deadline = options.timeoutMs ? startDeadline(options.timeoutMs, options.signal) : undefined;
  const signal = deadline ? deadline.signal : options.signal;
  const writing = trackWriting(options.dispatcher);
  try {
    options.signal?.throwIfAborted();
    const response = await undiciRequest(options.url, {
      method: options.method,
      headers,
      body: options.body,
      signal,
      dispatcher: writing.dispatcher,
    });
    // A view on undici's buffer, not a copy.
    const raw = Buffer.from(await response.body.arrayBuffer());
    const responseHeaders = flattenHeaders(response.headers);
    const contentEncoding = responseHeaders['content-encoding'];
    if (!contentEncoding) return { status: response.statusCode, headers: responseHeaders, body: raw };
    let body: Buffer;
    try {
      body = await decompressBody(raw, contentEncoding);
    } catch (cause) {
      throw new TransportError(response.statusCode, `${where(options)}: could not decode the response body`, {
        ...options.errorContext,
        code: 'SL_BAD_RESPONSE',
        cause,
      });
    }
    return { status: response.statusCode, headers: responseHeaders, body };
  } catch (cause) {
    if (cause instanceof TransportError) throw cause;
    const requestSent = writing.started() && !isConnectFailure(cause);
    if (options.signal?.aborted) {
      throw new TransportError(0, `${where(options)}: aborted by the caller`, {
        ...options.errorContext,
        code: 'SL_ABORTED',
        cause: options.signal.reason ?? cause,
        requestSent,
      });
    }
    if (deadline?.timedOut() || isTimeout(cause)) {
      throw new TransportError(
        0,
        `${where(options)}: timed out${options.timeoutMs ? ` after ${options.timeoutMs} ms` : ''}`,
        {
          ...options.errorContext,
          code: 'SL_TIMEOUT',
          cause,
          requestSent,
        },
      );
    }
    const detail = cause instanceof Error ? (errorCode(cause) ?? cause.message) : String(cause);
    throw new TransportError(0, `${where(options)}: network error (${detail})`, {
      ...options.errorContext,
      code: 'SL_NETWORK',
      cause,
      requestSent,
    });
  } finally {
    deadline?.clear();
  }
}

/** A signal that aborts after `timeoutMs` or when `callerSignal` aborts; `clear()` stops the timer. */
function startDeadline(
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): { signal: AbortSignal; timedOut: () => boolean; clear: () => void } {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`The operation timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  timer.unref();
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    clear: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

function where(options: HttpRequestOptions): string {
  return `${options.method} ${options.url}`;
}

function basicAuthorization(credentials: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

function errorCode(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Errors of the connect phase: nothing of the request was written. */
const CONNECT_FAILURES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function isConnectFailure(error: unknown): boolean {
  const code = error instanceof Error ? errorCode(error) : undefined;
  return code !== undefined && CONNECT_FAILURES.has(code);
}

/**
 * The dispatcher to send with, and whether undici started writing the request (its `onRequestStart` hook runs
 * on a connected socket right before the first byte is written). Before that, nothing reached the server.
 * Without `compose` (a foreign dispatcher) the start counts as unknown: assumed sent.
 */
function trackWriting(given: Dispatcher | undefined): {
  dispatcher: Dispatcher | undefined;
  started: () => boolean;
} {
  const base = given ?? getGlobalDispatcher();
  if (typeof base.compose !== 'function') return { dispatcher: given, started: () => true };
  let started = false;
  const dispatcher = base.compose(
    (dispatch) => (dispatchOptions, handler) =>
      dispatch(dispatchOptions, {
        ...bindHandler(handler),
        onRequestStart(controller, context) {
          started = true;
          handler.onRequestStart?.(controller, context);
        },
      }),
  );
  return { dispatcher, started: () => started };
}

/** The handler's hooks bound to it, so a wrapper can forward them. */
function bindHandler(handler: Dispatcher.DispatchHandler): Dispatcher.DispatchHandler {
  const bound: Record<string, unknown> = {};
  for (const name of [
    'onRequestUpgrade',
    'onResponseStart',
    'onResponseData',
    'onResponseEnd',
    'onResponseError',
  ] as const) {
    const hook = handler[name];
    if (typeof hook === 'function') bound[name] = hook.bind(handler);
  }
  return bound as Dispatcher.DispatchHandler;
}

function isTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = errorCode(error);
  return (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'ETIMEDOUT'
  );
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
