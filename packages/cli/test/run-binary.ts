import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emulator } from '@sl/emulator';

/** The built `sl` (tests run the real binary). */
export const SL_BIN: string = fileURLToPath(new URL('../dist/bin/bin.cjs', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end (at most 120 s) with `stdin` as its whole input; never throws for an exit code. */
export function runProgram(
  file: string,
  args: readonly string[],
  stdin = '',
  env: Readonly<Record<string, string>> = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      [...args],
      {
        timeout: 120_000,
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', HOME: tmpdir(), ...env },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(stdin);
  });
}

export function runSl(
  args: readonly string[],
  stdin = '',
  env: Readonly<Record<string, string>> = {},
): Promise<RunResult> {
  return runProgram(process.execPath, [SL_BIN, ...args], stdin, env);
}

export function runSlcli(args: readonly string[], stdin = ''): Promise<RunResult> {
  return runProgram('slcli', args, stdin);
}

/** A config file (the emulator's endpoint and demo user) in a fresh temporary folder. */
export function writeConfig(emulator: Emulator): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sl-cli-')), 'softlayer.cfg');
  const { username, apiKey } = emulator.credentials;
  writeFileSync(
    path,
    `[softlayer]\nusername = ${username}\napi_key = ${apiKey}\nendpoint_url = ${emulator.xmlrpcUrl}\n`,
    {
      mode: 0o600,
    },
  );
  return path;
}

/** Runs `tasks` with at most `size` at a time; results in order. */
export async function inPool<T>(tasks: ReadonlyArray<() => Promise<T>>, size: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
  return results;
}
