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
  /** How many calls were timed. */
  calls: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Times `run` (sync or async): one warm-up call, then batches, and returns the median per call. */
export async function measure(run: () => unknown, options: MeasureOptions): Promise<Measurement> {
  let start = performance.now();
  const first = run();
  const isAsync = first instanceof Promise;
  if (isAsync) await first;
  const warmUp = performance.now() - start;
  const batch = Math.max(1, Math.floor(options.batchMs / Math.max(warmUp, 0.001)));
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
  return { medianMs: median(samples), calls: samples.length * batch };
}
