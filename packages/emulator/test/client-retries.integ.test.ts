// The client's retry policy against the emulator's injected faults (issue 12): reads survive 500s and drops,
// writes are retried only after failures that did not execute them, and nothing is lost or done twice.
import { createClientFromEnv, type SoftLayerClient } from '@sl/client';
import { classifyFailure, type FailureClass, type RetryEvent, type RetryOptions } from '@sl/transport';
import { describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { startFaultProxy } from './fault-proxy';

function clientOf(emulator: Emulator, endpointUrl: string, retry: RetryOptions = {}) {
  return createClientFromEnv({
    endpointUrl,
    username: emulator.credentials.username,
    apiKey: emulator.credentials.apiKey,
    env: {},
    homeDir: '/nonexistent',
    systemConfigFile: false,
    retry,
  });
}

function sshKey(index: number): string {
  return `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${String(index).padStart(5, '0')}RetrySoakKey${'y'.repeat(20)} soak${index}@example`;
}

async function walkGuestIds(client: SoftLayerClient): Promise<number[]> {
  const ids: number[] = [];
  for await (const guest of client.iterCall('Account', 'getVirtualGuests', {
    mask: 'id',
    pageSize: 100,
    concurrency: 4,
  })) {
    ids.push((guest as { id: number }).id);
  }
  return ids;
}

/** Runs `work` for 0..count-1 with `concurrency` at once. */
async function inParallel(count: number, concurrency: number, work: (index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

describe('issue 12 regressions', () => {
  it('a concurrent walk of 2,000 guests completes with 30% of the requests failing', {
    timeout: 60_000,
  }, async () => {
    const emulator = await startEmulator({ guests: 2000, faultRate: 0.3, seed: 12 });
    const events: RetryEvent[] = [];
    // The default (5 retries) completed 30 of 30 seeded runs of this walk; 8 make it certain whatever order the
    // concurrent pages reach the emulator in (that order decides which page meets which seeded fault).
    const client = clientOf(emulator, emulator.xmlrpcUrl, {
      retries: 8,
      minDelayMs: 5,
      onRetry: (event) => events.push(event),
    });
    try {
      const ids = await walkGuestIds(client);
      expect(ids).toHaveLength(2000);
      expect(new Set(ids)).toEqual(new Set(emulator.state.guests.all().map((guest) => guest.id)));
      // The bare HTTP 500s and the drops may have run the call; a read is retried anyway.
      expect(events.some((event) => event.classification === 'maybe-executed')).toBe(true);
    } finally {
      await client.close();
      await emulator.close();
    }
  });

  it('a createObject refused by the rate limit is retried and done once', { timeout: 30_000 }, async () => {
    const emulator = await startEmulator({
      guests: 10,
      faultRate: 0.3,
      faultKinds: ['rate-limit'],
      seed: 12,
    });
    const retried: FailureClass[] = [];
    const client = clientOf(emulator, emulator.xmlrpcUrl, {
      minDelayMs: 5,
      onRetry: (event) => retried.push(event.classification),
    });
    try {
      // One after another, so the seeded faults fall on the same calls in every run.
      for (let index = 0; index < 10; index++) {
        await client.call('Security_Ssh_Key', 'createObject', {
          args: [{ label: `limited-${index}`, key: sshKey(index) }],
        });
      }
      const labels = emulator.state.sshKeys.all().map((key) => key.label);
      for (let index = 0; index < 10; index++) {
        expect(labels.filter((label) => label === `limited-${index}`)).toHaveLength(1);
      }
      expect(retried.length).toBeGreaterThan(0);
      expect(new Set(retried)).toEqual(new Set(['not-executed']));
    } finally {
      await client.close();
      await emulator.close();
    }
  });
});

describe('soak: faults before and after execution, a long walk and concurrent creates', () => {
  it.each(['xmlrpc', 'rest'] as const)(
    '%s: walks every item exactly once and does every reported create exactly once',
    {
      timeout: 60_000,
    },
    async (protocol) => {
      const emulator = await startEmulator({
        guests: 3000,
        seed: 7,
        faultRate: 0.1,
        faultLatencyMs: 1,
        rateLimit: 0,
      });
      // The emulator's own faults (500, drop, rate limit) come before the call runs; the proxy adds answers lost
      // after it ran, and 429s.
      const proxy = await startFaultProxy(emulator.url, { rate: 0.12, seed: 7 });
      const retries: RetryEvent[] = [];
      const client = clientOf(emulator, `${proxy.url}/${protocol}/v3.1/`, {
        retries: 8,
        minDelayMs: 2,
        maxDelayMs: 50,
        onRetry: (event) => retries.push(event),
      });
      const CREATES = 300;
      const done = new Map<string, number>();
      const failed = new Map<string, { classification: FailureClass; message: string }>();
      try {
        const creating = inParallel(CREATES, 4, async (index) => {
          const label = `soak-${index}`;
          try {
            const key = (await client.call('Security_Ssh_Key', 'createObject', {
              args: [{ label, key: sshKey(index) }],
            })) as { id: number };
            done.set(label, key.id);
          } catch (error) {
            failed.set(label, { classification: classifyFailure(error), message: String(error) });
          }
        });
        const walks = [await walkGuestIds(client), await walkGuestIds(client)];
        await creating;

        const guestIds = emulator.state.guests.all().map((guest) => guest.id);
        for (const ids of walks) {
          expect(ids).toHaveLength(guestIds.length);
          expect(new Set(ids)).toEqual(new Set(guestIds));
        }
        const keys = emulator.state.sshKeys.all().filter((key) => key.label.startsWith('soak-'));
        const byLabel = new Map<string, typeof keys>();
        for (const key of keys) byLabel.set(key.label, [...(byLabel.get(key.label) ?? []), key]);
        // Nothing is duplicated, and every create reported done exists exactly once, with the id reported.
        expect([...byLabel.values()].filter((group) => group.length > 1)).toEqual([]);
        for (const [label, id] of done) expect(byLabel.get(label)?.map((key) => key.id)).toEqual([id]);
        // A failed create is one that may have run (never retried, so never reported twice): no create met its own
        // earlier execution ("already exists").
        expect([...failed.values()].filter((failure) => /already exists/.test(failure.message))).toEqual([]);
        expect(new Set([...failed.values()].map((failure) => failure.classification))).toEqual(
          new Set(failed.size > 0 ? ['maybe-executed'] : []),
        );
        expect(done.size + failed.size).toBe(CREATES);
        // The run met every kind of fault, and creates were retried after the ones that did not execute them.
        expect(Object.values(proxy.counts).every((count) => count > 0)).toBe(true);
        expect(
          retries.some(
            (event) => event.request.method === 'createObject' && event.classification === 'not-executed',
          ),
        ).toBe(true);
        expect(
          retries.some(
            (event) => event.request.method === 'createObject' && event.classification === 'maybe-executed',
          ),
        ).toBe(false);
      } finally {
        await client.close();
        await proxy.close();
        await emulator.close();
      }
    },
  );
});
