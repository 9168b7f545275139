import {
  decodeMethodResponse,
  type EncodeOptions,
  encodeMethodCallBytes,
  type XmlRpcDecoded,
  XmlRpcFault,
  type XmlRpcValue,
} from '@sl/xmlrpc-codec';
import type { Dispatcher } from 'undici';
import { type HttpRequestOptions, type HttpResponse, sendHttpRequest } from './send-http-request';
import { parseRetryAfter, TransportError } from './transport-error';
import type { TransportRequest } from './transport-request';

/** One XML-RPC call over HTTP, for any XML-RPC API. */
export interface XmlRpcCallOptions {
  /** The full URL the `methodCall` is POSTed to. */
  url: string;
  methodName: string;
  params: readonly XmlRpcValue[];
  basicAuth?: { username: string; password: string };
  /** Extra HTTP headers (they override the defaults: `Content-Type: text/xml`, `Accept-Encoding`). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
  userAgent?: string;
  /** Ask for a compressed answer (`Accept-Encoding: gzip, deflate, br`, decoded transparently). Default true. */
  compress?: boolean;
  /** Codec options for the request body (e.g. `largeIntegers`). */
  encodeOptions?: EncodeOptions;
  /** For error context only (stored redacted). */
  request?: TransportRequest;
}

export interface XmlRpcCallResult {
  value: XmlRpcDecoded;
  status: number;
  /** Response headers, lower-cased. */
  headers: Record<string, string>;
}

const DEFAULT_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/xml',
  accept: '*/*',
};

/**
 * POSTs an XML-RPC `methodCall` and decodes the answer (transparently decompressed).
 *
 * Throws the codec's `XmlRpcFault` unchanged for a `<fault>` answer (whatever the HTTP status), so callers map
 * fault codes themselves; `TransportError` for network failures (status 0), for HTTP errors without a fault
 * (`SL_HTTP`) and for an answer that is not XML-RPC (`SL_BAD_RESPONSE`, the codec's `XmlRpcDecodeError` as cause).
 */
export async function xmlRpcCall(options: XmlRpcCallOptions): Promise<XmlRpcCallResult> {
  const body = encodeMethodCallBytes(options.methodName, options.params, options.encodeOptions);
  const headers: Record<string, string> = { ...DEFAULT_HEADERS };
  if (options.compress !== false) headers['accept-encoding'] = 'gzip, deflate, br';
  if (options.userAgent) headers['user-agent'] = options.userAgent;
  const extra = options.headers;
  if (extra) for (const name in extra) headers[name.toLowerCase()] = extra[name] as string;
  const errorContext = options.request ? { request: options.request } : {};
  const http: HttpRequestOptions = { url: options.url, method: 'POST', headers, body, errorContext };
  if (options.basicAuth) http.basicAuth = options.basicAuth;
  if (options.signal) http.signal = options.signal;
  if (options.timeoutMs) http.timeoutMs = options.timeoutMs;
  if (options.dispatcher) http.dispatcher = options.dispatcher;
  const response = await sendHttpRequest(http);
  const ok = response.status >= 200 && response.status < 300;
  try {
    const value = decodeMethodResponse(response.body);
    if (!ok) throw httpError(response.status, options, errorContext, response);
    return { value, status: response.status, headers: response.headers };
  } catch (error) {
    if (error instanceof XmlRpcFault || error instanceof TransportError) throw error;
    if (!ok) throw httpError(response.status, options, errorContext, response, error);
    throw new TransportError(
      response.status,
      `POST ${options.url}: the answer is not a valid XML-RPC response`,
      {
        ...errorContext,
        code: 'SL_BAD_RESPONSE',
        cause: error,
      },
    );
  }
}

function httpError(
  status: number,
  options: XmlRpcCallOptions,
  errorContext: { request?: TransportRequest },
  response: HttpResponse,
  cause?: unknown,
): TransportError {
  const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
  return new TransportError(status, `POST ${options.url}: HTTP ${status}`, {
    ...errorContext,
    cause,
    responseText: response.body.subarray(0, 2000).toString('utf8'),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
