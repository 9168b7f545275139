import type { Transport, TransportRequest, TransportResponse } from './transport-request';

/** How long one call took. */
export interface CallTiming {
  service: string;
  method: string;
  startedAt: number;
  durationMs: number;
  ok: boolean;
}

export interface TimingTransport extends Transport {
  /** The timings recorded since the last call to `takeTimings()`, which clears them (like the reference). */
  takeTimings(): CallTiming[];
}

/** Records the duration of every call; `onTiming` is told as each call ends. */
export function withTiming(
  transport: Transport,
  options: { onTiming?: (timing: CallTiming) => void; limit?: number } = {},
): TimingTransport {
  const limit = options.limit ?? 1000;
  let timings: CallTiming[] = [];
  async function timing(request: TransportRequest): Promise<TransportResponse> {
    const startedAt = Date.now();
    const start = performance.now();
    let ok = false;
    try {
      const response = await transport(request);
      ok = true;
      return response;
    } finally {
      const entry = {
        service: request.service,
        method: request.method,
        startedAt,
        durationMs: performance.now() - start,
        ok,
      };
      timings.push(entry);
      if (timings.length > limit) timings.shift();
      options.onTiming?.(entry);
    }
  }
  return Object.assign(timing, {
    takeTimings: (): CallTiming[] => {
      const taken = timings;
      timings = [];
      return taken;
    },
  });
}
