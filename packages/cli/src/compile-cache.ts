/**
 * Node's on-disk compile cache for the binary's own chunks: later starts reuse V8's compiled code instead of parsing
 * and compiling the CLI again (about 15 ms of a short command on Node 20).
 *
 * Node ≥ 22.1 has it built in (`module.enableCompileCache()`, as tsc uses it). Node 20 has not, so there the
 * binary keeps its own, as `v8-compile-cache` did: each chunk of this folder is compiled through `vm.Script` with the
 * code V8 produced for it last time, and what was compiled without usable cached code is written at exit. V8 checks
 * the cached code against the source and its own version and flags, and rejects a mismatch (the chunk then compiles
 * as usual and its cache is rewritten). Only this folder's files are touched; everything else loads as Node loads it.
 *
 * The folder is Node's: `NODE_COMPILE_CACHE` if set, else `node-compile-cache` in the user's cache folder (not
 * the shared temporary folder: cached code is code). `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as for Node's.
 * Any failure to read or write the cache only means no cache.
 */

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

interface LoadableModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string, ...rest: unknown[]): unknown;
}

type ModuleStatics = typeof Module & {
  wrap(source: string): string;
  _resolveFilename(request: string, parent: LoadableModule): string;
  _cache: Record<string, unknown>;
  prototype: LoadableModule;
};

/** Turns on a compile cache for the binary whose chunks are in `chunkFolder`; returns where it caches, if it does. */
export function enableCompileCache(
  chunkFolder: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const builtIn = (Module as { enableCompileCache?: () => { directory?: string } }).enableCompileCache;
  if (builtIn) return builtIn().directory;
  if (env.NODE_DISABLE_COMPILE_CACHE === '1') return undefined;
  let folder: string;
  try {
    // homedir() throws when the user has no home: then there is no cache.
    folder = join(
      env.NODE_COMPILE_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'node-compile-cache'),
      `sl-${process.version}-${process.arch}`,
    );
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch {
    return undefined;
  }
  cacheChunks(chunkFolder, folder);
  return folder;
}

function cacheChunks(chunkFolder: string, cacheFolder: string): void {
  const modules = Module as ModuleStatics;
  const compile = modules.prototype._compile;
  const toWrite: Array<[Script, string]> = [];
  modules.prototype._compile = function compileWithCache(content, filename, ...rest) {
    // A chunk with an `import()` (the emulator's, for --demo) loads as Node loads it: a `vm.Script` would need an
    // experimental option for that.
    if (dirname(filename) !== chunkFolder || content.includes('import(')) {
      return compile.call(this, content, filename, ...rest);
    }
    const cacheFile = join(cacheFolder, `${basename(filename)}.v8`);
    const cachedData = readOrUndefined(cacheFile);
    const script = new Script(modules.wrap(content.replace(/^#!.*/, '')), {
      filename,
      ...(cachedData ? { cachedData } : {}),
    });
    if (!cachedData || script.cachedDataRejected) toWrite.push([script, cacheFile]);
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this, modules), this, filename, chunkFolder);
  };
  process.once('exit', () => {
    for (const [script, cacheFile] of toWrite) writeAtomically(cacheFile, script.createCachedData());
  });
}

/** The `require` a module's code is given (what the binary's chunks use of it). */
function requireFor(module: LoadableModule, modules: ModuleStatics): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  require.resolve = ((request: string) => modules._resolveFilename(request, module)) as NodeJS.RequireResolve;
  require.cache = modules._cache as NodeJS.Require['cache'];
  return require;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all: several `sl` processes may write the same chunk's cache at once. */
function writeAtomically(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // No cache this time.
  }
}
