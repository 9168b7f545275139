import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonJsonCompact, pythonStr } from './python-text';

const hasPython = ((): boolean => {
  try {
    execFileSync('python3', ['-c', 'pass'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Python's json.dumps and str() of each value (given as JSON), in one process. */
function python(values: readonly unknown[]): Array<{ dumps: string; str: string }> {
  const script =
    'import json,sys\nfor v in json.load(sys.stdin): print(json.dumps({"dumps": json.dumps(v), "str": str(v)}))';
  const output = execFileSync('python3', ['-c', script], { input: JSON.stringify(values) });
  return output
    .toString()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { dumps: string; str: string });
}

describe.runIf(hasPython)('Python text', () => {
  it('pythonJsonCompact is json.dumps and pythonStr is str() on JSON values', () => {
    const value = fc
      .jsonValue({ maxDepth: 3 })
      .filter((item) => JSON.stringify(item) === JSON.stringify(JSON.parse(JSON.stringify(item))));
    // Python prints floats its own way (1e+16 vs 1e16, 1.0): integers and text are what the API sends.
    const integral = (item: unknown): boolean =>
      typeof item === 'number'
        ? Number.isSafeInteger(item)
        : Array.isArray(item)
          ? item.every(integral)
          : typeof item === 'object' && item !== null
            ? Object.values(item).every(integral)
            : true;
    const samples = fc.sample(value.filter(integral), { numRuns: 300, seed: 7 });
    const expected = python(samples);
    samples.forEach((sample, index) => {
      expect(pythonJsonCompact(sample), JSON.stringify(sample)).toBe(expected[index]?.dumps);
      expect(pythonStr(sample), JSON.stringify(sample)).toBe(expected[index]?.str);
    });
  });
});
