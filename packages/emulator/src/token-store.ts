import { randomBytes } from 'node:crypto';

/** A token the emulator issued: a portal login token or an IAM-style bearer token. */
export interface IssuedToken {
  userId: number;
  kind: 'portal' | 'bearer';
  expiresAt: number;
}

/** Tokens live in memory only: a restart logs everyone out, as a new portal session would. */
export class TokenStore {
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  issue(userId: number, kind: IssuedToken['kind'], lifetimeMs: number): string {
    if (this.#tokens.size >= 10_000) this.#forgetExpired();
    const token = randomBytes(kind === 'portal' ? 32 : 48).toString(kind === 'portal' ? 'hex' : 'base64url');
    this.#tokens.set(token, { userId, kind, expiresAt: this.#now() + lifetimeMs });
    return token;
  }

  #forgetExpired(): void {
    const now = this.#now();
    for (const [token, entry] of this.#tokens) if (entry.expiresAt <= now) this.#tokens.delete(token);
  }

  /** The token's entry when it exists; `expired` tells a stale one from an unknown one. */
  check(token: string, kind: IssuedToken['kind']): { userId: number; expired: boolean } | undefined {
    const entry = this.#tokens.get(token);
    if (!entry || entry.kind !== kind) return undefined;
    return { userId: entry.userId, expired: entry.expiresAt <= this.#now() };
  }
}
