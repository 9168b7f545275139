import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder: everything the tests read lives inside it. */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A recorded conformance file, e.g. `conformancePath('wire-vectors.json')` (see `conformance/README.md`). */
export function conformancePath(name: string): string {
  return join(repoRoot, 'conformance', name);
}

/** The SoftLayer API metadata (`tooling/codegen/metadata/sldn_metadata.json`). */
export function metadataPath(): string {
  return join(repoRoot, 'tooling', 'codegen', 'metadata', 'sldn_metadata.json');
}
