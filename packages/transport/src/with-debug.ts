import { redactRequest, redactValue } from './redact';
import type { Transport, TransportRequest, TransportResponse } from './transport-request';

/** One call a debug transport saw (request redacted). */
export interface DebugCall {
  request: TransportRequest;
  /** `Date.now()` when the call started. */
  startedAt: number;
  durationMs: number;
  response?: TransportResponse;
  error?: unknown;
}

export interface DebugTransport extends Transport {
  /** The last calls, oldest first (at most `limit`). */
  lastCalls(): DebugCall[];
  clear(): void;
}

/** Keeps the last `limit` (default 100) calls with timings, results and errors; secrets are redacted. */
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
    try {
      const response = await transport(request);
      remember({
        request: redactRequest(request),
        startedAt,
        durationMs: performance.now() - start,
        response: { ...response, value: redactValue(response.value) },
      });
      return response;
    } catch (error) {
      remember({ request: redactRequest(request), startedAt, durationMs: performance.now() - start, error });
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
