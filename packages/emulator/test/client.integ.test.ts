import { createClientFromEnv, ObjectNotFoundError } from '@sl/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 21, guests: 321 });
});
afterAll(() => emulator.close());

describe.each(['xmlrpc', 'rest'] as const)('@sl/client over %s', (protocol) => {
  function client() {
    return createClientFromEnv({
      endpointUrl: protocol === 'xmlrpc' ? emulator.xmlrpcUrl : emulator.restUrl,
      username: emulator.credentials.username,
      apiKey: emulator.credentials.apiKey,
      env: {},
      systemConfigFile: false,
      homeDir: '/nonexistent',
    });
  }

  it('walks every guest with iterCall, concurrently', async () => {
    const sl = client();
    try {
      const ids: number[] = [];
      for await (const guest of sl.iterCall('Account', 'getVirtualGuests', {
        mask: 'id',
        pageSize: 50,
        concurrency: 3,
      })) {
        ids.push((guest as { id: number }).id);
      }
      expect(ids).toHaveLength(321);
      expect(new Set(ids).size).toBe(321);
    } finally {
      await sl.close();
    }
  });

  it('maps the not-found fault to ObjectNotFoundError', async () => {
    const sl = client();
    try {
      await expect(sl.call('Virtual_Guest', 'getObject', { id: 12 })).rejects.toBeInstanceOf(
        ObjectNotFoundError,
      );
    } finally {
      await sl.close();
    }
  });
});
