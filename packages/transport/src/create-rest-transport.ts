import { attemptTimeout } from './attempt-timeout';
import { buildRestRequest } from './build-rest-request';
import { createDispatcher } from './create-dispatcher';
import { API_PUBLIC_ENDPOINT_REST, USER_AGENT } from './endpoints';
import { type HttpTransport, type HttpTransportOptions, readTotalCount } from './http-transport';
import { mapFault, rateLimitFromBody } from './map-fault';
import { sendHttpRequest } from './send-http-request';
import { parseRetryAfter, TransportError } from './transport-error';
import type { TransportRequest, TransportResponse } from './transport-request';

/**
 * The SoftLayer REST transport on a keep-alive undici pool. JSON error bodies `{error, code}` become
 * `SoftLayerAPIError` subclasses with `faultCode` = the body's `code` (the reference drops it and uses the
 * HTTP status); other HTTP errors become `TransportError`.
 */
export function createRestTransport(options: HttpTransportOptions = {}): HttpTransport {
  const endpointUrl = options.endpointUrl || API_PUBLIC_ENDPOINT_REST;
  const ownDispatcher = options.dispatcher ? undefined : createDispatcher(options);
  const dispatcher = options.dispatcher ?? ownDispatcher;
  const userAgent = options.userAgent ?? USER_AGENT;

  async function send(request: TransportRequest): Promise<TransportResponse> {
    const wire = buildRestRequest(request, endpointUrl);
    const timeoutMs = attemptTimeout(request, options.timeoutMs);
    const response = await sendHttpRequest({
      url: wire.url,
      method: wire.httpMethod,
      headers: { 'user-agent': userAgent, ...wire.httpHeaders },
      errorContext: { request },
      ...(wire.body === undefined ? {} : { body: wire.body }),
      ...(wire.basicAuth ? { basicAuth: wire.basicAuth } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(dispatcher ? { dispatcher } : {}),
    });
    const text = response.body.toString('utf8');
    const where = `${wire.httpMethod} ${wire.url.split('?')[0]}`;
    let value: unknown = null;
    let parsed = text.trim() === '';
    if (!parsed) {
      try {
        value = JSON.parse(text);
        parsed = true;
      } catch {
        parsed = false;
      }
    }
    if (response.status < 200 || response.status >= 300) {
      if (parsed && isErrorBody(value)) {
        throw mapFault(value.code ?? response.status, value.error, { request, httpStatus: response.status });
      }
      throw (
        rateLimitFromBody(text, { request }) ??
        new TransportError(response.status, `${where}: HTTP ${response.status}${snippet(text)}`, {
          request,
          responseText: text,
          ...retryAfter(response.headers),
        })
      );
    }
    if (!parsed) {
      throw new TransportError(response.status, `${where}: the answer is not JSON${snippet(text)}`, {
        request,
        code: 'SL_BAD_RESPONSE',
      });
    }
    const totalCount = readTotalCount(response.headers);
    return {
      value,
      status: response.status,
      headers: response.headers,
      ...(totalCount === undefined ? {} : { totalCount }),
    };
  }

  return Object.assign(send, {
    protocol: 'rest' as const,
    endpointUrl,
    close: async (): Promise<void> => {
      await ownDispatcher?.close();
    },
  });
}

function isErrorBody(value: unknown): value is { error: string; code?: string | number } {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as { error?: unknown; code?: unknown };
  return (
    typeof body.error === 'string' &&
    (body.code === undefined || ['string', 'number'].includes(typeof body.code))
  );
}

function retryAfter(headers: Record<string, string>): { retryAfterMs?: number } {
  const retryAfterMs = parseRetryAfter(headers['retry-after']);
  return retryAfterMs === undefined ? {} : { retryAfterMs };
}

function snippet(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed ? `: ${trimmed.slice(0, 200)}` : '';
}
