import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { defaultFormat, helpWidth } from './root-options';
import { runCli } from './run-cli';
import { asksTopLevelHelp, topLevelHelp } from './top-level-help';

/** What `runCli(argv)` (commander) prints on a stdout that is or is not a terminal `columns` wide. */
async function commanderHelp(argv: string[], terminal: { isTTY: boolean; columns?: number }) {
  let text = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }),
    terminal,
  );
  const io: CliIo = { stdout, stderr: new PassThrough(), stdin: Readable.from([]), env: {} };
  const exitCode = await runCli(argv, io);
  return { exitCode, text, fast: topLevelHelp(defaultFormat(stdout), helpWidth(stdout)) };
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
