/** How long to measure one case: at least `minRuns` samples and `minMs`, at most `maxRuns` samples. */
export interface MeasureOptions {
  minRuns: number;
  maxRuns: number;
  minMs: number;
  /** Time calls in batches of about this many ms (for fast cases); 0 → one call per sample. */
  batchMs: number;
}

export interface Measurement {
  /** The median time of one call, in ms. */
  medianMs: number;
  /** The time of one call in each sample, in ms. */
  samples: number[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Warm-up: calls until this many ms have passed (at least one call), so the JIT has settled before timing. */
const WARM_UP_MS = 300;

/** Times `run` (sync or async): warm-up calls, then batches, and returns the median per call. */
export async function measure(run: () => unknown, options: MeasureOptions): Promise<Measurement> {
  let start = performance.now();
  const first = run();
  const isAsync = first instanceof Promise;
  if (isAsync) await first;
  let warmUpCalls = 1;
  while (performance.now() - start < WARM_UP_MS) {
    if (isAsync) await run();
    else run();
    warmUpCalls++;
  }
  const perCall = (performance.now() - start) / warmUpCalls;
  const batch = Math.max(1, Math.floor(options.batchMs / Math.max(perCall, 0.001)));
  const samples: number[] = [];
  const began = performance.now();
  while (
    samples.length < options.maxRuns &&
    (samples.length < options.minRuns || performance.now() - began < options.minMs)
  ) {
    start = performance.now();
    if (isAsync) for (let index = 0; index < batch; index++) await run();
    else for (let index = 0; index < batch; index++) run();
    samples.push((performance.now() - start) / batch);
  }
  return { medianMs: median(samples), samples };
}
