import { readFileSync } from 'node:fs';
import { createTsupConfig } from '@sl/config/tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const define = { __SL_CLI_VERSION__: JSON.stringify(version) };

export default [
  // The library (runCli, the output types): ESM and CJS with declarations, dependencies external.
  createTsupConfig({ outDir: 'dist/lib', define }),
  // The `sl` binary: ESM with code splitting, so each command group is a chunk loaded only when it runs, and with
  // the @sl packages and commander bundled in (one file to parse instead of many modules to resolve: start-up
  // time is the point). The emulator stays external: only `--demo` loads it.
  createTsupConfig({
    entry: ['src/bin.ts'],
    outDir: 'dist/bin',
    format: ['esm'],
    dts: false,
    splitting: true,
    define,
    noExternal: [/^@sl\/(?!emulator)/, 'undici', 'commander'],
    // undici on Node's built-in http (see src/http/undici-on-node-http.ts).
    esbuildOptions(options) {
      options.alias = { undici: './src/http/undici-on-node-http.ts' };
    },
    banner: {
      js: "import { createRequire as __slCreateRequire } from 'node:module';\nconst require = __slCreateRequire(import.meta.url);",
    },
  }),
];
