import { createRequire } from 'node:module';
import * as Managers from '@sl/managers';
import { describe, expect, it } from 'vitest';
import { MANAGER_LOADERS } from './manager-loaders';

describe('MANAGER_LOADERS', () => {
  it('loads each manager from its own entry, the same class as the whole package exports', async () => {
    const exported = new Map<string, unknown>(Object.entries(Managers));
    for (const [name, load] of Object.entries(MANAGER_LOADERS)) {
      const loaded = (await load()) as Record<string, unknown>;
      expect(loaded[name], name).toBe(exported.get(name));
    }
  });

  it('shares the classes between the entries in CommonJS too', () => {
    const require = createRequire(import.meta.url);
    const whole = require('@sl/managers') as typeof Managers;
    const dns = require('@sl/managers/dns-manager') as Pick<typeof Managers, 'DnsManager'>;
    expect(dns.DnsManager).toBe(whole.DnsManager);
    const tickets = require('@sl/managers/ticket-manager') as Pick<typeof Managers, 'TicketManager'>;
    expect(tickets.TicketManager).toBe(whole.TicketManager);
  });
});
