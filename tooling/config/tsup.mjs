import { defineConfig } from 'tsup';

/**
 * The one build every package shares: ESM first, CJS beside it, declarations for both, Node 20 target.
 * A package's tsup.config.ts is one line: `export default createTsupConfig()` (optionally with overrides).
 */
export function createTsupConfig(overrides = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    splitting: false,
    ...overrides,
  });
}
