import { redactRequest, redactResult } from './redact';
import type { RetryEvent, Transport, TransportRequest, TransportResponse } from './transport-request';

/** One call a debug transport saw (request redacted). */
export interface DebugCall {
  request: TransportRequest;
  /** `Date.now()` when the call started. */
  startedAt: number;
  durationMs: number;
  response?: TransportResponse;
  error?: unknown;
  /** The retries `withRetry` made of this call (when it runs inside `withDebug`), requests redacted. */
  retries?: RetryEvent[];
}

export interface DebugTransport extends Transport {
  /** The last calls, oldest first (at most `limit`). */
  lastCalls(): DebugCall[];
  clear(): void;
}

/**
 * Keeps the last `limit` (default 100) calls with timings, results, errors and retries; secrets are redacted.
 * Outside `withRetry` a record is one call with its `retries`; inside, one attempt (`request.attempt` from 2 on).
 */
export function withDebug(transport: Transport, options: { limit?: number } = {}): DebugTransport {
  const limit = options.limit ?? 100;
  const calls: DebugCall[] = [];
  const remember = (call: DebugCall): void => {
    calls.push(call);
    if (calls.length > limit) calls.splice(0, calls.length - limit);
  };
  async function debugging(request: TransportRequest): Promise<TransportResponse> {
    const startedAt = Date.now();
    const start = performance.now();
    const retries: RetryEvent[] = [];
    const observed: TransportRequest = {
      ...request,
      onRetry: (event) => {
        retries.push(event);
        request.onRetry?.(event);
      },
    };
    const record = (outcome: Pick<DebugCall, 'response' | 'error'>): void =>
      remember({
        request: redactRequest(request),
        startedAt,
        durationMs: performance.now() - start,
        ...outcome,
        ...(retries.length > 0 ? { retries } : {}),
      });
    try {
      const response = await transport(observed);
      record({ response: { ...response, value: redactResult(request.method, response.value) } });
      return response;
    } catch (error) {
      record({ error });
      throw error;
    }
  }
  return Object.assign(debugging, {
    lastCalls: (): DebugCall[] => [...calls],
    clear: (): void => {
      calls.length = 0;
    },
  });
}
