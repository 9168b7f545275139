import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTsupConfig } from '@sl/config/tsup';
import { transformSync } from 'esbuild';
import type { Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const define = { __SL_CLI_VERSION__: JSON.stringify(version) };

/**
 * The binary bundles the @sl packages from their sources rather than their one-file builds, so that what a command
 * does not use is left out (the transport's recorder and its `node:crypto`, the parts of the mask language the
 * client never calls) and each manager is its own chunk: `@sl/x` → `packages/x/src/index.ts`, `@sl/x/y` →
 * `packages/x/src/y.ts`. The emulator stays external.
 */
const bundleSlSources: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'sl-sources',
  setup(build) {
    build.onResolve({ filter: /^@sl\/[\w-]+(\/[\w-]+)?$/ }, (args) => {
      const [, name, subpath] = /^@sl\/([\w-]+)(?:\/([\w-]+))?$/.exec(args.path) ?? [];
      if (name === 'emulator') return undefined;
      const file = fileURLToPath(new URL(`../${name}/src/${subpath ?? 'index'}.ts`, import.meta.url));
      return existsSync(file) ? { path: file } : undefined;
    });
  },
};

/**
 * The binary is CommonJS: on Node 20 a CommonJS program starts about 10 ms sooner than an ES module, and each
 * of its files loads with a synchronous `require` instead of the ESM loader's resolve-fetch-link. esbuild splits
 * code only into ES modules, so the split chunks (named `.cjs`) are each turned into CommonJS here, and a chunk's
 * `import("./chunk.cjs")` becomes a `require` of it (the result has the same `default` and named exports).
 * tsup's own CommonJS splitting is not used: its transform also rewrites every `?.` and `??` into helper calls.
 * Being CommonJS, the binary `require`s Node's built-in modules: an ESM import of one builds its namespace from
 * every export, which on Node 22+ runs `node:http`'s lazy getters (its bundled undici, http2, TLS and crypto).
 */
const chunksAsCommonJs: NonNullable<Options['plugins']>[number] = {
  name: 'chunks-as-commonjs',
  renderChunk(code, chunk) {
    if (chunk.type !== 'chunk') return undefined;
    const converted = transformSync(code, { format: 'cjs', target: 'node20', sourcefile: chunk.path });
    return {
      code: converted.code.replace(
        /\bimport\(("\.\/[\w.-]+\.cjs")\)/g,
        'Promise.resolve().then(() => require($1))',
      ),
    };
  },
};

export default [
  // The library (runCli, the output types): ESM and CJS with declarations, dependencies external.
  createTsupConfig({ outDir: 'dist/lib', define }),
  // The `sl` binary: split into chunks, so each command group and each manager is loaded only when it runs
  // (shipped as CommonJS, see chunksAsCommonJs), with the @sl packages (from source, see above) and commander
  // bundled in (a few files to parse instead of many modules to resolve: start-up time is the point). The emulator stays external: only `--demo`
  // loads it.
  createTsupConfig({
    entry: ['src/bin.ts'],
    outDir: 'dist/bin',
    format: ['esm'],
    outExtension: () => ({ js: '.cjs' }),
    // Rollup's tree-shaking pass would write a chunk's `import()` back; esbuild has already dropped what is unused.
    treeshake: false,
    sourcemap: false,
    dts: false,
    splitting: true,
    define,
    noExternal: [/^@sl\/(?!emulator)/, 'undici', 'commander'],
    esbuildPlugins: [bundleSlSources],
    plugins: [chunksAsCommonJs],
    // undici on Node's built-in http (see src/http/undici-on-node-http.ts).
    esbuildOptions(options) {
      options.alias = { undici: './src/http/undici-on-node-http.ts' };
    },
  }),
];
