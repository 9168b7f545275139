import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, expect } from 'vitest';
import { type RunResult, runSl, writeConfig } from './run-binary';

/** One seeded emulator for a test file, and the real `sl` pointed at it. */
export interface EmulatorSession {
  /** The running emulator (from `beforeAll` on). */
  readonly emulator: Emulator;
  /** Its config file (endpoint and demo user). */
  readonly config: string;
  /** Runs `sl --config <config> …args` with `stdin` and extra environment. */
  sl(args: readonly string[], stdin?: string, env?: Readonly<Record<string, string>>): Promise<RunResult>;
  /** Runs `sl --format json …args`, expects exit 0 and parses what it printed. */
  json(args: readonly string[]): Promise<unknown>;
}

/** Starts an emulator before the file's tests and closes it after them (call at the top of a `describe`). */
export function useEmulatorSession(): EmulatorSession {
  let emulator: Emulator | undefined;
  let config = '';
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    config = writeConfig(emulator);
  });
  afterAll(async () => {
    await emulator?.close();
  });
  const sl: EmulatorSession['sl'] = (args, stdin = '', env = {}) =>
    runSl(['--config', config, ...args], stdin, env);
  return {
    get emulator() {
      if (emulator === undefined) throw new Error('the emulator starts in beforeAll');
      return emulator;
    },
    get config() {
      return config;
    },
    sl,
    async json(args) {
      const result = await sl(['--format', 'json', ...args]);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout);
    },
  };
}
