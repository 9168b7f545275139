import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, writeGenerated } from './generate';
import { readMetadata } from './metadata';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { values } = parseArgs({
  options: {
    metadata: {
      type: 'string',
      default: resolve(repoRoot, 'tooling', 'codegen', 'metadata', 'sldn_metadata.json'),
    },
    out: { type: 'string', default: repoRoot },
  },
});

try {
  const started = performance.now();
  const files = generate(readMetadata(values.metadata));
  writeGenerated(resolve(values.out), files);
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
  const elapsed = Math.round(performance.now() - started);
  console.log(`codegen: wrote ${files.length} files (${bytes} bytes) under ${values.out} in ${elapsed} ms`);
} catch (error) {
  console.error(`codegen: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
