import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deriveModel } from './derive-model';
import { emitSchema } from './emit-schema';
import { emitTypes } from './emit-types';
import type { GeneratedFile } from './generated-file';
import type { Metadata } from './metadata';

/** Everything the generator writes, from the metadata alone: same input, byte-identical output. */
export function generate(metadata: Metadata): GeneratedFile[] {
  const model = deriveModel(metadata);
  return [...emitTypes(model), emitSchema(model)];
}

/** Writes the files under `root`, first removing generated type files that no longer exist. */
export function writeGenerated(root: string, files: GeneratedFile[]): void {
  const typesDir = join(root, 'packages/types/src/generated');
  const keep = new Set(files.map((file) => join(root, file.path)));
  try {
    for (const name of readdirSync(typesDir)) {
      const path = join(typesDir, name);
      if (!keep.has(path)) rmSync(path);
    }
  } catch {
    // No generated directory yet.
  }
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}
