import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

const hasClick = ((): boolean => {
  try {
    execFileSync('python3', ['-c', 'import click'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** click.wrap_text for each text, in one Python process. */
function clickWrap(texts: readonly string[], width: number): string[] {
  const script =
    'import click,json,sys\nfor t in json.load(sys.stdin): print(json.dumps(click.wrap_text(t, width=int(sys.argv[1]))))';
  const output = execFileSync('python3', ['-c', script, String(width)], { input: JSON.stringify(texts) });
  return output
    .toString()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string);
}

describe.runIf(hasClick)('wrapText is click.wrap_text', () => {
  it('on generated text (words, hyphens, long words, newlines, tabs)', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}(-[a-z]{1,6})?$/);
    const long = fc.stringMatching(/^[a-z0-9]{60,120}$/);
    const space = fc.constantFrom(' ', '  ', '\n', ' \n ', '\t');
    const text = fc
      .array(fc.tuple(fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: long }), space), {
        maxLength: 40,
      })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    const samples = fc.sample(text, { numRuns: 300, seed: 13 });
    for (const width of [78, 50]) {
      const expected = clickWrap(samples, width);
      samples.forEach((sample, index) => {
        expect(wrapText(sample, width), JSON.stringify(sample)).toBe(expected[index]);
      });
    }
  });
});
