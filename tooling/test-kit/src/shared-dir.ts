import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `shared/` folder that sits beside the repository (`../shared` from the repo root), or `SL_SHARED_DIR`.
 * Throws a clear error when it is missing, so a test never silently passes on no data.
 */
export function sharedDir(): string {
  const fromEnv = process.env.SL_SHARED_DIR;
  if (fromEnv) return resolve(fromEnv);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const candidate = resolve(repoRoot, '..', 'shared');
  if (!existsSync(join(candidate, 'conformance'))) {
    throw new Error(`shared/ not found at ${candidate}: clone the repository beside it or set SL_SHARED_DIR`);
  }
  return candidate;
}

/** A path inside shared/, e.g. `sharedPath('conformance', 'wire-vectors.json')`. */
export function sharedPath(...parts: string[]): string {
  return join(sharedDir(), ...parts);
}
