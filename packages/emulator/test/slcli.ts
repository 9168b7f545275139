// slcli against an emulator, for the integration tests: a config file in a temporary home, JSON output parsed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '@sl/test-kit';
import { afterAll, beforeAll, expect } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../src/index';

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
    // In the temporary home, so that files slcli writes (ssl download) land there.
    runCommand('slcli', ['--config', config, '-y', ...args], { env: { HOME: directory }, cwd: directory });
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

/**
 * Starts an emulator with `options` and an slcli runner against it in the enclosing describe's beforeAll, and closes
 * both in its afterAll. Read them through the getters inside tests; reading one before beforeAll ran throws.
 */
export function useSlcliEmulator(options: EmulatorOptions): {
  readonly emulator: Emulator;
  readonly cli: SlcliRunner;
} {
  let emulator: Emulator | undefined;
  let cli: SlcliRunner | undefined;
  beforeAll(async () => {
    emulator = await startEmulator(options);
    cli = slcliFor(emulator);
  });
  afterAll(async () => {
    await emulator?.close();
    cli?.dispose();
  });
  const notStarted = (name: string) =>
    new Error(`useSlcliEmulator: the ${name} is read before beforeAll started it (read it inside a test)`);
  return {
    get emulator() {
      if (!emulator) throw notStarted('emulator');
      return emulator;
    },
    get cli() {
      if (!cli) throw notStarted('slcli runner');
      return cli;
    },
  };
}
