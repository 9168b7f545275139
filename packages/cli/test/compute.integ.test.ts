import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSl, writeConfig } from './run-binary';

// Compute commands through the real binary where slcli cannot be compared (it crashes against the API; see the
// README's deliberate differences): `vs host-create`.

describe('sl compute commands', () => {
  let emulator: Emulator;
  let config: string;
  const sl = (args: readonly string[], stdin = '') => runSl(['--config', config, ...args], stdin);
  const json = async (args: readonly string[]): Promise<unknown> => {
    const result = await sl(['--format', 'json', ...args]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout);
  };

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    config = writeConfig(emulator);
  });

  afterAll(async () => {
    await emulator?.close();
  });

  it('vs host-create verifies, asks before ordering, and orders a host that vs host-list shows', async () => {
    const args = ['vs', 'host-create', '-H', 'newhost', '-D', 'example.com', '-d', 'lon06'];
    const flavor = ['-f', '56_CORES_X_242_RAM_X_1_4_TB'];
    expect(await json([...args, ...flavor, '--verify'])).toEqual([
      [{ Item: 'Total hourly cost', cost: expect.stringMatching(/^\d+\.\d\d$/) }],
      '',
    ]);
    const declined = await sl([...args, ...flavor], 'n\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('Aborting dedicated host order.');
    const unknown = await sl([...args, '-f', 'NOPE', '--verify']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    const before = ((await json(['vs', 'host-list'])) as unknown[]).length;
    const ordered = (await json(['-y', ...args, ...flavor, '--billing', 'monthly'])) as unknown[];
    expect(ordered[2]).toMatchObject({ id: expect.any(Number) });
    expect(((await json(['vs', 'host-list'])) as unknown[]).length).toBe(before + 1);
  });
});
