import { describe, expect, it } from 'vitest';
import { defaultFormat, helpWidth } from './root-options';
import { capturedStdout, runCliCaptured } from './run-cli-captured';
import { asksTopLevelHelp, topLevelHelp } from './top-level-help';

/** What `runCli(argv)` (commander) prints on a stdout that is or is not a terminal `columns` wide. */
async function commanderHelp(argv: string[], terminal: { isTTY: boolean; columns?: number }) {
  const stdout = capturedStdout(terminal);
  const { exitCode, text } = await runCliCaptured(argv, stdout);
  return { exitCode, text, fast: topLevelHelp(defaultFormat(stdout.stream), helpWidth(stdout.stream)) };
}

describe('topLevelHelp', () => {
  it('prints what commander prints off a terminal', async () => {
    for (const argv of [['--help'], ['-h']]) {
      const { exitCode, text, fast } = await commanderHelp(argv, { isTTY: false });
      expect(exitCode).toBe(0);
      expect(fast).toBe(text);
    }
    expect((await commanderHelp(['-h'], { isTTY: false })).text).toContain('default: "raw"');
  });

  it('prints what commander prints on a terminal of any width', async () => {
    // Every width up to 250 columns (wrapping starts below ~100) and a terminal that reports none.
    for (const columns of [undefined, ...Array.from({ length: 251 }, (_, width) => width)]) {
      const { text, fast } = await commanderHelp(['--help'], { isTTY: true, columns });
      expect(fast, `${columns} columns`).toBe(text);
    }
    expect((await commanderHelp(['-h'], { isTTY: true, columns: 80 })).text).toContain('default: "table"');
  });

  it('is used only for the command lines that ask for nothing else', () => {
    expect([['--help'], ['-h']].every(asksTopLevelHelp)).toBe(true);
    for (const argv of [
      [],
      ['dns'],
      ['--help', 'dns'],
      ['-v'],
      ['help'],
      ['--version'],
      ['--format', 'json'],
    ]) {
      expect(asksTopLevelHelp(argv), argv.join(' ')).toBe(false);
    }
  });
});
