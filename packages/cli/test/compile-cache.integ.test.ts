import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSl } from './run-binary';

const ZONES = ['--demo', '--format', 'json', 'dns', 'zone-list'];
/** Node 20 has no built-in compile cache: there the binary keeps its own (src/compile-cache.ts). */
const ownCache = !('enableCompileCache' in Module);

/** Every file under `folder`, recursively. */
function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the compile cache', () => {
  it('is written on the first start and used after, with the same output', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sl-compile-cache-'));
    const plain = await runSl(ZONES, '', { NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: cache });
    expect(plain.code, plain.stderr).toBe(0);
    expect(filesIn(cache)).toEqual([]);

    const first = await runSl(ZONES, '', { NODE_COMPILE_CACHE: cache });
    expect([first.code, first.stdout, first.stderr]).toEqual([0, plain.stdout, '']);
    const written = filesIn(cache);
    expect(written.length).toBeGreaterThan(0);
    if (ownCache) {
      expect(written.every((file) => /\/sl-v20\.[\d.]+-\w+\/[\w.-]+\.cjs\.v8$/.test(file))).toBe(true);
    }
    const writtenAt = written.map((file) => statSync(file).mtimeMs);
    const second = await runSl(ZONES, '', { NODE_COMPILE_CACHE: cache });
    expect([second.code, second.stdout, second.stderr]).toEqual([0, plain.stdout, '']);
    // Used, not rejected and written again.
    if (ownCache) expect(written.map((file) => statSync(file).mtimeMs)).toEqual(writtenAt);
  });

  it('a damaged cache is rejected and written again, never used', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sl-compile-cache-'));
    const first = await runSl(ZONES, '', { NODE_COMPILE_CACHE: cache });
    expect(first.code, first.stderr).toBe(0);
    const files = filesIn(cache);
    for (const file of files) writeFileSync(file, 'not V8 code');
    const damaged = await runSl(ZONES, '', { NODE_COMPILE_CACHE: cache });
    expect([damaged.code, damaged.stdout, damaged.stderr]).toEqual([0, first.stdout, '']);
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toBe('not V8 code');
    expect(filesIn(cache).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('an unusable cache folder only means no cache', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sl-compile-cache-')), 'a-file');
    writeFileSync(file, '');
    const plain = await runSl(ZONES, '', { NODE_DISABLE_COMPILE_CACHE: '1' });
    const run = await runSl(ZONES, '', { NODE_COMPILE_CACHE: join(file, 'cache') });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, plain.stdout, '']);
  });
});
