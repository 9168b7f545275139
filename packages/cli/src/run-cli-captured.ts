import { PassThrough, Readable, Writable } from 'node:stream';
import type { CliIo } from './cli-io';
import { runCli } from './run-cli';

/** A stdout that keeps what is written, and is (or is not) a terminal `columns` wide. For tests. */
export interface CapturedStdout {
  stream: Writable & { isTTY: boolean; columns?: number };
  text(): string;
}

export function capturedStdout(terminal: { isTTY: boolean; columns?: number }): CapturedStdout {
  let text = '';
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }),
    terminal,
  );
  return { stream, text: () => text };
}

/** Runs `sl argv` in this process on a captured stdout (no input, no environment); the exit code and the output. */
export async function runCliCaptured(
  argv: string[],
  stdout: CapturedStdout,
): Promise<{ exitCode: number; text: string }> {
  const io: CliIo = { stdout: stdout.stream, stderr: new PassThrough(), stdin: Readable.from([]), env: {} };
  const exitCode = await runCli(argv, io);
  return { exitCode, text: stdout.text() };
}
