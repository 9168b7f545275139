import { defineConfig } from 'vitest/config';

/**
 * The one test setup every package shares. Tests sit beside the code (`src/**\/*.test.ts`) or in `test/`
 * (`*.integ.test.ts` for integration over real HTTP on 127.0.0.1). No timing assertions, no network beyond loopback.
 */
export function createVitestConfig(overrides = {}) {
  const { test = {}, ...rest } = overrides;
  return defineConfig({
    ...rest,
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 30_000,
      // The JSON report feeds the one closing line of `pnpm test` (tooling/run.mjs sums every package's).
      reporters: ['default', 'json'],
      outputFile: { json: 'node_modules/.cache/vitest-report.json' },
      ...test,
    },
  });
}
