import { createDirectoryClient } from '@sl/fc-directory';
import { afterAll, expect, it } from 'vitest';
import { startEmulator } from '../src/index';

// End to end: the emulator really serves the directory API (from `@sl/fc-directory/server`) on /fc/v1, and the
// client package talks to it. The API's behaviour in detail is tested in @sl/fc-directory.
const emulator = await startEmulator({ guests: 1, fcProject: 'circus', fcApiKey: 'fc-e2e-key-0123456789' });
afterAll(() => emulator.close());

it('answers an apply/query/log round trip from createDirectoryClient', async () => {
  const directory = createDirectoryClient(emulator.fcDirectory);
  expect(await directory.ping()).toBe('pong');
  const [created] = await directory.apply([
    { __type__: 'virtualmachine', name: 'web00', resource_group: 'circus', cores: 2 },
  ]);
  expect(created).toMatchObject({ __type__: 'virtualmachine', name: 'web00', cores: 2, memory: 512 });
  expect(await directory.query('virtualmachine', { cores: 2 })).toEqual([created]);
  const log = await directory.log();
  expect(log.map((entry) => [entry.serial, entry.method])).toEqual([
    [1, 'ping'],
    [2, 'apply'],
    [3, 'query'],
  ]);
  expect(log[1]?.result).toEqual([expect.objectContaining({ name: 'web00', cores: 2 })]);
  expect(await directory.log(3)).toEqual([]);
});
