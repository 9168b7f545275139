/**
 * Operations per second of a synchronous `fn`: a short warm-up, then growing batches until one batch has run for
 * at least `minimumMs` (bounded at `maxIterations` per batch). For benchmarks only, never in tests.
 */
export function measureOpsPerSecond(
  fn: () => unknown,
  minimumMs = 400,
  maxIterations: number = 1 << 24,
): number {
  for (let warm = 0; warm < 3; warm++) fn();
  let iterations = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsedMs >= minimumMs || iterations >= maxIterations) return (iterations * 1000) / elapsedMs;
    iterations *= elapsedMs < minimumMs / 16 ? 8 : 2;
  }
}
