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

/**
 * Members whose value is a secret: `hash` (a portal login), `authenticationKey` (an API key, in
 * `apiAuthenticationKeys`), `apiKey`, `privateKey`, and anything named like a password, passcode, secret or token
 * (`password`, `vpnPassword`, `clientSecret`, `authToken`, `access_token`, …).
 */
const SECRET_KEY =
  /^(hash|authenticationKey|api_?key|privateKey)$|(password|passwd|passcode|secret|token)$|^(access|refresh)_token$/i;

/** Methods whose whole result is a secret when it is text (`addApiAuthenticationKey` answers the new API key). */
const SECRET_RESULT = /apiauthenticationkey|authenticationtoken|logintoken|password|secret|credential/i;

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

/**
 * `redactValue` of a call's result, and the whole result masked when the method hands out a secret as text
 * (`addApiAuthenticationKey`). What `withDebug` and `withRecording` keep.
 */
export function redactResult(method: string, value: unknown): unknown {
  if (typeof value === 'string' && SECRET_RESULT.test(method)) return REDACTED;
  return redactValue(value);
}

/** The secrets of a request's credentials, raw and as the HTTP basic header carries them (shorter than 8: none). */
export function secretsOf(request: TransportRequest | undefined): string[] {
  const credentials = request?.credentials;
  if (!credentials) return [];
  const [user, secret] =
    credentials.type === 'apiKey'
      ? [credentials.username, credentials.apiKey]
      : credentials.type === 'portalToken'
        ? [String(credentials.userId), credentials.authToken]
        : credentials.type === 'basic'
          ? [credentials.username, credentials.password]
          : [undefined, credentials.token];
  if (typeof secret !== 'string' || secret.length < 8) return [];
  return user === undefined ? [secret] : [secret, Buffer.from(`${user}:${secret}`).toString('base64')];
}

/** `text` with every one of `secrets` masked: for server text that may echo the request (a proxy's error page). */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of secrets) scrubbed = scrubbed.split(secret).join(REDACTED);
  return scrubbed;
}
