import { describe, expect, it } from 'vitest';
import type { DirectoryCallSettings } from './create-directory-client';
import { DirectoryRequestError, DirectoryValidationError } from './directory-error';
import { followLog } from './follow-log';
import type { LogEntry } from './log-entry';

const entry = (serial: number): LogEntry => ({
  serial,
  timestamp: '2026-11-23 12:00:00',
  method: 'ping',
  args: { args: [], kw: {} },
  result: 'pong',
  exception: '',
  ipaddress: '127.0.0.1',
  resource_group: 'acme',
});

/** A stand-in for the client: answers each poll from a script and records the serial asked for. */
function scriptedClient(batches: Array<LogEntry[] | Error>) {
  const asked: Array<number | undefined> = [];
  return {
    asked,
    async log(serial?: number, settings?: DirectoryCallSettings): Promise<LogEntry[]> {
      asked.push(serial);
      const next = batches.shift();
      if (next instanceof Error) throw next;
      if (next) return next;
      // Nothing scripted: wait for the abort like a slow server would.
      return new Promise((_resolve, reject) => {
        settings?.signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
      });
    },
  };
}

const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;

describe('followLog', () => {
  it('asks for newer entries after the highest serial and skips repeats', async () => {
    const client = scriptedClient([[entry(3), entry(1), entry(2)], [entry(2), entry(3), entry(4)], []]);
    const seen: number[] = [];
    for await (const item of followLog({ client, intervalMs: 0, minimumIntervalMs: 0 })) {
      seen.push(item.serial);
      if (item.serial === 4) break;
    }
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(client.asked).toEqual([undefined, 3]);
  });

  it('asks for everything after an empty first poll, so a burst of more than 10 entries is not cut', async () => {
    const burst = Array.from({ length: 15 }, (_, index) => entry(index + 1));
    const client = scriptedClient([[], burst]);
    const seen: number[] = [];
    for await (const item of followLog({ client, intervalMs: 0, minimumIntervalMs: 0 })) {
      seen.push(item.serial);
      if (item.serial === 15) break;
    }
    expect(client.asked).toEqual([undefined, 0]);
    expect(seen).toHaveLength(15);
  });

  it('ends without an error and leaves no timer when aborted while waiting', async () => {
    const before = timers();
    const controller = new AbortController();
    const follower = followLog({ client: scriptedClient([[entry(1)], []]), signal: controller.signal });
    expect((await follower.next()).value).toEqual(entry(1));
    const waiting = follower.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(timers()).toBe(before + 1);
    controller.abort();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(timers()).toBe(before);
  });

  it('ends when aborted during a poll', async () => {
    const controller = new AbortController();
    const follower = followLog({ client: scriptedClient([]), signal: controller.signal, intervalMs: 60_000 });
    const pending = follower.next();
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it('throws a failed poll, so the caller can resume from the last serial', async () => {
    const failure = new DirectoryRequestError('FC_REQUEST_FAILED', 'log', 'log(): network error');
    const follower = followLog({
      client: scriptedClient([[entry(7)], failure]),
      startSerial: 6,
      intervalMs: 0,
      minimumIntervalMs: 0,
    });
    expect((await follower.next()).value?.serial).toBe(7);
    await expect(follower.next()).rejects.toBe(failure);
  });

  it('refuses an interval below the floor at once, unless the test-only floor is lowered', () => {
    const client = scriptedClient([]);
    expect(() => followLog({ client, intervalMs: 1000 })).toThrow(DirectoryValidationError);
    expect(() => followLog({ client, intervalMs: 1000 })).toThrow(/at least 10000 ms/);
    expect(() => followLog({ client, intervalMs: 1000, minimumIntervalMs: 500 })).not.toThrow();
    expect(() => followLog({ client, startSerial: -1 })).toThrow(
      /startSerial must be a non-negative integer/,
    );
    expect(() => followLog({ client, minimumIntervalMs: Number.NaN })).toThrow(/minimumIntervalMs/);
  });
});
