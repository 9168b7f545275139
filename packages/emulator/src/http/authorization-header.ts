import type { Credentials } from '../api-call';

/** Credentials from an HTTP `Authorization` header: Basic `user:key` (or `userId:portalToken`) or Bearer. */
export function credentialsFromAuthorization(header: string | undefined): Credentials {
  if (!header) return { kind: 'none' };
  const [scheme = '', ...rest] = header.trim().split(/\s+/);
  const value = rest.join(' ');
  if (scheme.toLowerCase() === 'bearer' && value) return { kind: 'bearer', token: value };
  if (scheme.toLowerCase() !== 'basic' || !value) return { kind: 'none' };
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { kind: 'none' };
  const username = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (/^\d+$/.test(username) && /^[0-9a-f]{64}$/.test(secret)) {
    return { kind: 'token', userId: Number(username), authToken: secret };
  }
  return { kind: 'apikey', username, apiKey: secret };
}
