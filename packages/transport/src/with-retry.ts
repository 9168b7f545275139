import { classifyFailure, type FailureClass } from './classify-failure';
import { isSafeToRepeat } from './is-safe-to-repeat';
import { redactRequest } from './redact';
import { createRetryBudget, type RetryBudget, type RetryBudgetOptions } from './retry-budget';
import { TransportError } from './transport-error';
import type { RetryEvent, Transport, TransportRequest, TransportResponse } from './transport-request';

export interface RetryOptions {
  /** Retries after the first attempt (default 5; the budget keeps an outage from multiplying the load). */
  retries?: number;
  /** Ceiling of the first delay (default 250 ms); doubles every retry. The delay is random below the ceiling. */
  minDelayMs?: number;
  /** Cap on any one delay, a server's `Retry-After` included (default 10 s). */
  maxDelayMs?: number;
  /**
   * Which calls may be repeated after a failure that may have executed them. Default `isSafeToRepeat`: the
   * call's `idempotent` when set, else read-only method names (`get*`, `find*`, `is*`, `verify*`, …).
   */
  isSafeToRepeat?: (request: TransportRequest) => boolean;
  /**
   * The retry budget: a token bucket of this client's retries (default `createRetryBudget()`: 500 tokens, 5 per
   * retry, 10 after a timeout, 1 back per success); pass one to share it between transports, `false` for none.
   */
  budget?: RetryBudget | RetryBudgetOptions | false;
  /** Overrides the verdict of the policy on one failure (retries, budget, deadline and aborts still apply). */
  shouldRetry?: (error: unknown, request: TransportRequest, classification: FailureClass) => boolean;
  /** Told before each retry. */
  onRetry?: (event: RetryEvent) => void;
  /** Source of randomness for the jitter, in [0, 1) (tests pin it). */
  random?: () => number;
}

/**
 * Retries a failed call when that cannot do harm and may help. A failure that did not execute the call (the
 * rate-limit fault, HTTP 429, nothing sent) is retried for every method; one that may have executed it
 * (HTTP 500/502/503/504, a reset after sending, a timeout) only for calls safe to repeat; any other is thrown.
 * Delays grow exponentially with full jitter and a cap; a server's `Retry-After` is waited for (within the cap).
 * Retries spend a budget that successes refill. Never retries after the caller aborts, and never waits past
 * the call's `deadline`. See the README's "Retries".
 */
export function withRetry(transport: Transport, options: RetryOptions = {}): Transport {
  const retries = options.retries ?? 5;
  const minDelayMs = options.minDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const random = options.random ?? Math.random;
  const safeToRepeat = options.isSafeToRepeat ?? isSafeToRepeat;
  const budget =
    options.budget === false
      ? undefined
      : options.budget && 'take' in options.budget
        ? options.budget
        : createRetryBudget(options.budget || {});

  return async function retrying(request: TransportRequest): Promise<TransportResponse> {
    let spent: number | undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await transport(attempt === 1 ? request : { ...request, attempt });
        budget?.succeeded(spent);
        return response;
      } catch (error) {
        const classification = classifyFailure(error);
        const allowed =
          classification === 'not-executed' || (classification === 'maybe-executed' && safeToRepeat(request));
        const wanted = options.shouldRetry ? options.shouldRetry(error, request, classification) : allowed;
        if (!wanted || attempt > retries || request.signal?.aborted) throw error;
        const delayMs = delayBefore(attempt, error, { minDelayMs, maxDelayMs, random });
        if (request.deadline !== undefined && Date.now() + delayMs >= request.deadline) throw error;
        const afterTimeout = TransportError.isInstance(error) && error.code === 'SL_TIMEOUT';
        const cost = budget ? budget.take(afterTimeout) : 0;
        if (cost === undefined) throw error;
        spent = cost;
        const event: RetryEvent = {
          attempt: attempt + 1,
          delayMs,
          error,
          classification,
          request: redactRequest(request),
          ...(budget ? { budgetLeft: budget.available } : {}),
        };
        options.onRetry?.(event);
        request.onRetry?.(event);
        await sleep(delayMs, request);
      }
    }
  };
}

/** Full jitter below an exponential ceiling (`min(max, min * 2^(attempt-1))`); `Retry-After` wins, within the cap. */
function delayBefore(
  attempt: number,
  error: unknown,
  options: { minDelayMs: number; maxDelayMs: number; random: () => number },
): number {
  const ceiling = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(options.random() * ceiling);
  const asked = TransportError.isInstance(error) ? error.retryAfterMs : undefined;
  return asked === undefined ? jittered : Math.min(options.maxDelayMs, Math.max(jittered, asked));
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
