import { SoftLayerError } from './soft-layer-error';
import { TransportError } from './transport-error';
import type { Transport, TransportRequest, TransportResponse } from './transport-request';

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** Delay before the first retry, before jitter (default 250 ms); doubles every retry. */
  minDelayMs?: number;
  /** Cap on any one delay (default 10 s). */
  maxDelayMs?: number;
  /**
   * Also retry calls that may create or bill (`placeOrder`, `createObject`, …; see `isUnsafeToRetry`).
   * Default false: a lost answer to such a call must never become two orders.
   */
  retryUnsafeMethods?: boolean;
  /** Decide yourself; default: the error's `isRetryable`. */
  shouldRetry?: (error: unknown, request: TransportRequest, attempt: number) => boolean;
  /** Told before each retry. */
  onRetry?: (info: { error: unknown; request: TransportRequest; attempt: number; delayMs: number }) => void;
  /** Source of randomness for the jitter, in [0, 1) (tests pin it). */
  random?: () => number;
}

const UNSAFE_METHOD =
  /^(create|place|purchase|order|add|bill|provision|upgrade|reload|import|copy|clone|send|reboot|power|cancel)/;

/** True for methods that may create, bill or change state in a way a duplicate would repeat. */
export function isUnsafeToRetry(method: string): boolean {
  return UNSAFE_METHOD.test(method);
}

/**
 * Retries rate-limit faults, 429/502/503/504, connection resets and timeouts — anything whose `isRetryable`
 * is true — with exponential backoff, full jitter and a cap. Never retries after the caller aborts, and never
 * retries unsafe methods unless `retryUnsafeMethods` is set.
 */
export function withRetry(transport: Transport, options: RetryOptions = {}): Transport {
  const retries = options.retries ?? 3;
  const minDelayMs = options.minDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const random = options.random ?? Math.random;
  return async function retrying(request: TransportRequest): Promise<TransportResponse> {
    const unsafe = !options.retryUnsafeMethods && isUnsafeToRetry(request.method);
    for (let attempt = 0; ; attempt++) {
      try {
        return await transport(request);
      } catch (error) {
        const retryable = options.shouldRetry
          ? options.shouldRetry(error, request, attempt)
          : SoftLayerError.isInstance(error) && error.isRetryable;
        if (attempt >= retries || unsafe || !retryable || request.signal?.aborted) throw error;
        const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** attempt);
        const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
        // A server's Retry-After wins over the backoff, within the cap.
        const asked = TransportError.isInstance(error) ? error.retryAfterMs : undefined;
        const delayMs = asked === undefined ? jittered : Math.min(maxDelayMs, Math.max(jittered, asked));
        options.onRetry?.({ error, request, attempt: attempt + 1, delayMs });
        await sleep(delayMs, request);
      }
    }
  };
}

function sleep(delayMs: number, request: TransportRequest): Promise<void> {
  const signal = request.signal;
  return new Promise((resolve, reject) => {
    const aborted = (): void => {
      clearTimeout(timer);
      reject(
        new TransportError(0, `${request.service}::${request.method}: aborted while waiting to retry`, {
          code: 'SL_ABORTED',
          request,
          cause: signal?.reason,
        }),
      );
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, delayMs);
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });
}
