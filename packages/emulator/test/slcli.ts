// slcli against an emulator, for the integration tests: a config file in a temporary home, JSON output parsed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '@sl/test-kit';
import { expect } from 'vitest';
import type { Emulator } from '../src/index';

export interface SlcliRunner {
  /** Runs `slcli --format json -y …`; expects success; resolves the parsed JSON, or the text of a message. */
  json<T = unknown>(...args: string[]): Promise<T>;
  /** Runs `slcli -y …` (table output) and resolves its status and output, whatever they are. */
  raw(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }>;
  /** Removes the temporary home. */
  dispose(): void;
}

export function slcliFor(emulator: Emulator): SlcliRunner {
  const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-slcli-'));
  const config = join(directory, 'sl.cfg');
  const { username, apiKey } = emulator.credentials;
  writeFileSync(
    config,
    `[softlayer]\nusername = ${username}\napi_key = ${apiKey}\nendpoint_url = ${emulator.xmlrpcUrl}\ntimeout = 30\n`,
  );
  const raw = (...args: string[]) =>
    runCommand('slcli', ['--config', config, '-y', ...args], { env: { HOME: directory } });
  return {
    raw,
    async json<T>(...args: string[]): Promise<T> {
      const result = await raw('--format', 'json', ...args);
      expect(result.stderr, args.join(' ')).toBe('');
      expect(result.status, `${args.join(' ')}: ${result.stdout}`).toBe(0);
      const text = result.stdout.trim();
      return (/^[[{]/.test(text) ? JSON.parse(text) : text) as T;
    },
    dispose: () => rmSync(directory, { recursive: true, force: true }),
  };
}
