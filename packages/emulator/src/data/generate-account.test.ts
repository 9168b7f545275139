import { describe, expect, it } from 'vitest';
import { generateAccount } from './generate-account';

describe('generateAccount', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const now = Date.UTC(2026, 5, 1);
    expect(generateAccount({ seed: 5, now })).toEqual(generateAccount({ seed: 5, now }));
    expect(generateAccount({ seed: 5, now }).guests).not.toEqual(generateAccount({ seed: 6, now }).guests);
  });

  it('builds 100,000 guests with unique ids and addresses', () => {
    const account = generateAccount({ guests: 100_000, now: 0 });
    expect(account.guests).toHaveLength(100_000);
    expect(new Set(account.guests.map((guest) => guest.id)).size).toBe(100_000);
    const addresses = new Set(account.guests.map((guest) => `${guest.datacenterId}:${guest.ipIndex}`));
    expect(addresses.size).toBe(100_000);
  });

  it('honours the sizes and the demo credentials', () => {
    const account = generateAccount({ guests: 0, tickets: 2, username: 'me', apiKey: 'k'.repeat(64) });
    expect(account.guests).toEqual([]);
    expect(account.tickets).toHaveLength(2);
    expect(account.users[0]).toMatchObject({ username: 'me', apiKey: 'k'.repeat(64) });
  });
});
