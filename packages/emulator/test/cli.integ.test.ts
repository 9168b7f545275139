import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

function startCli(args: string[]) {
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
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
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

describe('sl-emulator (the CLI)', () => {
  it('prints the URL and credentials, serves them, and stops on SIGTERM', async () => {
    const cli = startCli(['--guests', '7', '--seed', '11']);
    const printed = await cli.ready;
    const url = /XML-RPC endpoint: (\S+)/.exec(printed)?.[1];
    const username = /username: +(\S+)/.exec(printed)?.[1];
    const apiKey = /api key: +(\S+)/.exec(printed)?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xmlrpc\/v3\.1\/$/);
    const rest = url!.replace('/xmlrpc/', '/rest/');
    const response = await fetch(`${rest}SoftLayer_Account/getVirtualGuests.json?objectMask=mask[id]`, {
      headers: { authorization: `Basic ${Buffer.from(`${username}:${apiKey}`).toString('base64')}` },
    });
    expect(response.headers.get('softlayer-total-items')).toBe('7');
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('explains a bad option and exits 2', async () => {
    const cli = startCli(['--guests', 'lots']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toContain('--guests must be a non-negative integer');
    expect(cli.output().stderr).toContain('Usage: sl-emulator');
  });
});
