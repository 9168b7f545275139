import { redactRequest, scrubSecrets, secretsOf } from './redact';
import type { TransportRequest } from './transport-request';

const BRANDS = Symbol.for('@sl/transport.error-brands');

/** The shared shape of the constructor options of every `@sl` error. */
export interface SoftLayerErrorOptions {
  /** A stable string code, e.g. `SL_TRANSPORT`. */
  code?: string;
  cause?: unknown;
  /** The request that failed; stored redacted (no API keys, tokens or passwords). */
  request?: TransportRequest;
  isRetryable?: boolean;
}

type ErrorClass = { readonly brand: string; prototype: object };

function brandsOf(errorClass: ErrorClass | undefined): string[] {
  const brands: string[] = [];
  let current: unknown = errorClass;
  while (typeof current === 'function' && 'brand' in current && typeof current.brand === 'string') {
    if (brands[brands.length - 1] !== current.brand) brands.push(current.brand);
    current = Object.getPrototypeOf(current);
  }
  return brands;
}

/**
 * The base of every error the `@sl` packages throw. Every error has a stable `code`, says whether retrying
 * could help (`isRetryable`), keeps its `cause`, and carries the failed `request` with secrets redacted.
 * `SoftLayerError.isInstance(e)` (and the same on every subclass) works across duplicate copies of the package.
 */
export class SoftLayerError extends Error {
  /** Identifies the class across duplicate package copies; every subclass sets its own. */
  static readonly brand: string = 'SoftLayerError';
  readonly code: string;
  readonly isRetryable: boolean;
  readonly request: TransportRequest | undefined;

  constructor(message: string, options: SoftLayerErrorOptions = {}) {
    // A server's text in the message may echo the request: the request's secrets are masked in it.
    super(
      scrubSecrets(message, secretsOf(options.request)),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = new.target.name;
    this.code = options.code ?? 'SL_ERROR';
    this.isRetryable = options.isRetryable ?? false;
    this.request = options.request === undefined ? undefined : redactRequest(options.request);
    Object.defineProperty(this, BRANDS, { value: brandsOf(new.target as unknown as ErrorClass) });
  }

  /** True when `value` is an instance of this class, even if it comes from another copy of `@sl/transport`. */
  static isInstance<T extends SoftLayerError>(
    this: { readonly brand: string } & (abstract new (...args: never[]) => T),
    value: unknown,
  ): value is T {
    if (typeof value !== 'object' || value === null) return false;
    const brands = (value as { [BRANDS]?: unknown })[BRANDS];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass the check was called on.
    return Array.isArray(brands) && brands.includes(this.brand);
  }
}
