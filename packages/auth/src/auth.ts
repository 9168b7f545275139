import { SoftLayerError, type TransportCredentials } from '@sl/transport';

/** The kinds of authentication the client knows. */
export type AuthKind = 'apiKey' | 'portalToken' | 'basic' | 'bearer' | 'iam';

/**
 * An auth strategy: it hands the transport credentials for each call, and may refresh them once after an
 * authentication failure. Secrets live in a closure: `toString`, `toJSON` and `util.inspect` show none.
 */
export interface Auth {
  readonly kind: AuthKind;
  /** The credentials for the next call (may fetch or refresh a token first). */
  credentials(signal?: AbortSignal): Promise<TransportCredentials>;
  /**
   * Called when a call failed with an authentication error. Resolves true when fresh credentials were
   * obtained and the call is worth one more try.
   */
  refreshAfterFailure?(error: unknown, signal?: AbortSignal): Promise<boolean>;
  toString(): string;
  toJSON(): Record<string, unknown>;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Builds an `Auth` whose printed forms show only `visible` (never secrets). */
export function defineAuth(
  kind: AuthKind,
  visible: Record<string, unknown>,
  methods: Pick<Auth, 'credentials' | 'refreshAfterFailure'>,
): Auth {
  const summary = { kind, ...visible };
  const text = `${kind}Auth(${Object.entries(visible)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(', ')})`;
  return Object.freeze({
    kind,
    ...methods,
    toString: (): string => text,
    toJSON: (): Record<string, unknown> => ({ ...summary }),
    [INSPECT]: (): string => text,
  });
}

/** Throws a clear error for a missing or non-string credential field. */
export function requireText(value: unknown, name: string, where: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new SoftLayerError(`${where}: ${name} must be a non-empty string`, { code: 'SL_AUTH_OPTIONS' });
  }
  return value;
}
