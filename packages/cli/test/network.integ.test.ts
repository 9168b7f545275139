import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSl, writeConfig } from './run-binary';

// Bad input and declined prompts in the network groups, through the real binary: a clear error, slcli's exit
// code, and nothing changed.
describe('sl network groups refuse bad input and change nothing', () => {
  let emulator: Emulator;
  let config: string;
  const json = async (...command: string[]): Promise<unknown> =>
    JSON.parse((await runSl(['--config', config, '--format', 'json', ...command])).stdout);

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    config = writeConfig(emulator);
  });

  afterAll(async () => {
    await emulator?.close();
  });

  it.each([
    ['subnet', 'cancel', '1700005', 'subnet', 'list'],
    ['globalip', 'cancel', '1700002', 'globalip', 'list'],
    ['sg', 'delete', '340002', 'sg', 'list'],
    ['vlan', 'cancel', '2100001', 'vlan', 'list'],
  ])('%s %s %s: a declined prompt exits 2 and changes nothing', async (group, verb, id, ...read) => {
    const before = await json(...read);
    for (const answer of ['no\n', '']) {
      const declined = await runSl(['--config', config, group, verb, id], answer);
      expect(declined.code).toBe(2);
      expect(declined.stderr).toContain('Aborted.');
    }
    expect(await json(...read)).toEqual(before);
  });

  it('an unknown name or id is a clear error with slcli exit codes', async () => {
    const unknownName = await runSl(['--config', config, 'vlan', 'detail', 'no-such-vlan']);
    expect(unknownName.code).toBe(2);
    expect(unknownName.stderr).toContain("Unable to find VLAN 'no-such-vlan'");
    const unknownId = await runSl(['--config', config, 'subnet', 'detail', '42']);
    expect(unknownId.code).toBe(1);
    expect(unknownId.stderr).toMatch(/^SoftLayerAPIError\(/);
    expect(unknownId.stderr).not.toMatch(/\n\s+at /);
  });

  it('an ambiguous security group name is refused before any change', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await runSl(['--config', config, 'sg', 'create', '-n', 'twin'])).code).toBe(0);
    }
    const before = await json('sg', 'list');
    const ambiguous = await runSl(['--config', config, '-y', 'sg', 'delete', 'twin']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/twin/);
    expect(ambiguous.stderr).not.toMatch(/\n\s+at /);
    expect(await json('sg', 'list')).toEqual(before);
  });

  it('a bad option value is a usage error (exit 2) before any call', async () => {
    const before = await json('sg', 'rule-list', '340003');
    const bad = await runSl(['--config', config, 'sg', 'rule-add', '340003', '-d', 'ingress', '-m', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'-m'");
    expect(await json('sg', 'rule-list', '340003')).toEqual(before);
  });
});
