import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSl, writeConfig } from './run-binary';

// block and file through the real binary: prompts, bad input, and that nothing changes when a command stops.
describe('sl block / file', () => {
  let emulator: Emulator;
  let config: string;
  const json = async (...args: string[]): Promise<unknown> =>
    JSON.parse((await runSl(['--config', config, '--format', 'json', ...args])).stdout);
  const volumeIds = async (group: string): Promise<number[]> =>
    ((await json(group, 'volume-list')) as Array<{ id: number }>).map((volume) => volume.id);

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    config = writeConfig(emulator);
  });

  afterAll(async () => {
    await emulator?.close();
  });

  it.each([
    ['block', '42000006'],
    ['file', '42000007'],
  ])('%s volume-cancel: a declined prompt or no input cancels nothing', async (group, id) => {
    const declined = await runSl(['--config', config, group, 'volume-cancel', id], 'no\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('Aborted.');
    expect((await runSl(['--config', config, group, 'snapshot-cancel', id])).code).toBe(2);
    expect(await volumeIds(group)).toContain(Number(id));
  });

  it('volume-cancel goes ahead when the volume id is typed', async () => {
    const done = await runSl(['--config', config, 'block', 'volume-cancel', '42000024'], '42000024\n');
    expect(done.code).toBe(0);
    expect(done.stdout).toBe('Block volume with id 42000024 has been marked for cancellation\n');
  });

  it('an unknown volume is a clear error with the reference exit code', async () => {
    const byName = await runSl(['--config', config, 'file', 'volume-detail', 'no-such-volume']);
    expect(byName.code).toBe(2);
    expect(byName.stderr.trim()).toBe("Error: Unable to find File Storage 'no-such-volume'");
    const byId = await runSl(['--config', config, 'block', 'volume-set-note', '999', '-n', 'x']);
    expect(byId.code).toBe(1);
    expect(byId.stderr).toMatch(/^SoftLayerAPIError\(SoftLayer_Exception_ObjectNotFound\)/);
    expect(byId.stderr).not.toMatch(/\n\s+at /);
  });

  it('access-authorize with an address not on the account says so and authorizes nothing', async () => {
    const before = await json('block', 'access-list', '42000001');
    const refused = await runSl([
      '--config',
      config,
      'block',
      'access-authorize',
      '42000001',
      '-v',
      '80000003',
      '--ip-address',
      '203.0.113.9',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe("Error: Unable to find IP address '203.0.113.9' on your account");
    expect(await json('block', 'access-list', '42000001')).toEqual(before);
  });

  it('bad option values are usage errors (exit 2) that call nothing', async () => {
    const badType = await runSl([
      '--config',
      config,
      'file',
      'snapshot-disable',
      '42000002',
      '--schedule-type',
      'YEARLY',
    ]);
    expect(badType.code).toBe(2);
    expect(badType.stderr.trim()).toBe('--schedule_type must be INTERVAL, HOURLY, DAILY, or WEEKLY');
    const badMinute = await runSl([
      '--config',
      config,
      'block',
      'snapshot-enable',
      '42000001',
      '--schedule-type',
      'INTERVAL',
      '--retention-count',
      '3',
      '--minute',
      '10',
    ]);
    expect(badMinute.code).toBe(2);
    expect(badMinute.stderr.trim()).toBe('--minute value must be between 30 and 59');
    expect((await runSl(['--config', config, 'block', 'volume-set-note', '42000001'])).code).toBe(2);
  });

  it('file access-authorize takes -h for --hardware-id (help stays --help)', async () => {
    const help = await runSl(['file', 'access-authorize', '--help']);
    expect(help.stdout).toContain('-h, --hardware-id <id>');
    expect(help.stdout).toContain('-s, --subnet-id <id>');
  });
});
