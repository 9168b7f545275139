import type { TransportRequest } from './transport-request';

const REDACTED = '[REDACTED]';
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|x-auth-token)$/i;

/** Methods whose positional parameters carry secrets (passwords, tokens, keys): their args are masked. */
const SECRET_ARGUMENTS = /login|password|passcode|token|authenticat|apikey|secret|credential/i;

/**
 * A copy of `request` safe to log: credentials, the `authenticate` header, secret HTTP headers and the
 * arguments of login-like methods (`getPortalLoginToken(username, password, …)`) are masked.
 */
export function redactRequest(request: TransportRequest): TransportRequest {
  const copy: TransportRequest = { ...request };
  if (request.credentials) copy.credentials = redactCredentials(request.credentials);
  if (request.args && request.args.length > 0 && SECRET_ARGUMENTS.test(request.method)) {
    copy.args = request.args.map(() => REDACTED);
  }
  if (request.headers && 'authenticate' in request.headers) {
    copy.headers = { ...request.headers, authenticate: REDACTED };
  }
  if (request.httpHeaders) {
    copy.httpHeaders = Object.fromEntries(
      Object.entries(request.httpHeaders).map(([name, value]) => [
        name,
        SECRET_HEADER.test(name) ? REDACTED : value,
      ]),
    );
  }
  delete copy.signal;
  delete copy.onRetry;
  return copy;
}

function redactCredentials(
  credentials: NonNullable<TransportRequest['credentials']>,
): NonNullable<TransportRequest['credentials']> {
  switch (credentials.type) {
    case 'apiKey':
      return { ...credentials, apiKey: REDACTED };
    case 'portalToken':
      return { ...credentials, authToken: REDACTED };
    case 'basic':
      return { ...credentials, password: REDACTED };
    case 'bearer':
      return { ...credentials, token: REDACTED };
  }
}

const SECRET_KEY =
  /^(hash|authToken|apiKey|api_key|password|passwd|passcode|token|accessToken|refreshToken|access_token|refresh_token|secret|privateKey)$/i;

/**
 * A deep copy of an API value with the values of secret-looking members (`hash`, `authToken`, `apiKey`,
 * `password`, `access_token`, …) masked — for debug output and recordings (`getPortalLoginToken` answers a
 * `hash` that logs you in).
 */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 100 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (value instanceof Date || value instanceof Uint8Array) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const masked = SECRET_KEY.test(key) && (typeof item === 'string' || typeof item === 'number');
    Object.defineProperty(copy, key, {
      value: masked ? REDACTED : redactValue(item, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
