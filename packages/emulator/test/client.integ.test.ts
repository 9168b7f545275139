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

describe('OS reload (guests and hardware share one reload transaction)', () => {
  it.each([
    ['Virtual_Guest', 'getVirtualGuests', 'mask[id,activeTransaction.id]'],
    // activeTransaction is declared on SoftLayer_Hardware_Server, so the Account listing needs the typed cast.
    ['Hardware_Server', 'getHardware', 'mask(SoftLayer_Hardware_Server)[id,activeTransaction.id]'],
  ] as const)(
    '%s::reloadOperatingSystem starts a reload, and a second one is refused while it runs',
    async (service, lister, listMask) => {
      const sl = createClientFromEnv({
        endpointUrl: emulator.xmlrpcUrl,
        username: emulator.credentials.username,
        apiKey: emulator.credentials.apiKey,
        env: {},
        systemConfigFile: false,
        homeDir: '/nonexistent',
      });
      try {
        const servers = (await sl.call('Account', lister, {
          mask: listMask,
          limit: 20,
        })) as Array<{ id: number; activeTransaction?: { id: number } }>;
        const idle = servers.find((server) => server.activeTransaction === undefined);
        expect(idle).toBeDefined();
        const id = idle!.id;
        await sl.call(service, 'reloadOperatingSystem', { id, args: ['FORCE'] });
        const after = (await sl.call(service, 'getObject', {
          id,
          mask: 'id,activeTransaction[id,transactionStatus.name],lastOperatingSystemReload.id',
        })) as {
          activeTransaction?: { id: number; transactionStatus?: { name?: string } };
          lastOperatingSystemReload?: { id: number };
        };
        expect(after.activeTransaction?.transactionStatus?.name).toBe('RELOAD_OS');
        expect(after.lastOperatingSystemReload?.id).toBe(after.activeTransaction?.id);
        await expect(sl.call(service, 'reloadOperatingSystem', { id, args: ['FORCE'] })).rejects.toThrow(
          /active transaction/,
        );
      } finally {
        await sl.close();
      }
    },
  );
});
