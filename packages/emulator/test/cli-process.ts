// The `sl-emulator` command as a child process (run from source under tsx, as CI runs it before any build).
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** What the command printed on start: its endpoints and the demo user. */
export interface CliEndpoint {
  xmlrpcUrl: string;
  restUrl: string;
  username: string;
  apiKey: string;
  /** `Basic …` for REST calls. */
  authorization: string;
}

export interface CliProcess {
  child: ChildProcess;
  /** Resolves with stdout once the command is listening (or has exited). */
  ready: Promise<string>;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | string | null>;
  output(): { stdout: string; stderr: string };
}

export function startCli(args: readonly string[]): CliProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: PACKAGE_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? signal)),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sl-emulator did not start: ${stderr}`)), 30_000);
    child.stdout.on('data', () => {
      if (stdout.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve(stdout);
      }
    });
    exited.then(() => {
      clearTimeout(timer);
      resolve(stdout);
    });
  });
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

/** The endpoints and credentials in what the command printed. */
export function endpointOf(printed: string): CliEndpoint {
  const field = (label: string): string => {
    const found = new RegExp(`${label}: +(\\S+)`).exec(printed)?.[1];
    if (found === undefined) throw new Error(`sl-emulator printed no ${label}: ${printed}`);
    return found;
  };
  const username = field('username');
  const apiKey = field('api key');
  return {
    xmlrpcUrl: field('XML-RPC endpoint'),
    restUrl: field('REST endpoint'),
    username,
    apiKey,
    authorization: `Basic ${Buffer.from(`${username}:${apiKey}`).toString('base64')}`,
  };
}
