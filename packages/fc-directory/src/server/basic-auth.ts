import { createHash, timingSafeEqual } from 'node:crypto';

/** True when `header` is HTTP basic auth for exactly `username` and `password` (compared in constant time). */
export function matchesBasicAuth(header: string | undefined, username: string, password: string): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1], 'base64').toString('utf8');
  return timingSafeEqual(digest(given), digest(`${username}:${password}`));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
