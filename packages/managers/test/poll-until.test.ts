import { describe, expect, it } from 'vitest';
import { ManagerError, pollUntil } from '../src/index';

describe('pollUntil', () => {
  it('reads until done, telling onPoll every value that was not done yet', async () => {
    let reads = 0;
    const seen: number[] = [];
    const value = await pollUntil(
      async () => ++reads,
      (count) => count === 3,
      'the third read',
      { intervalMs: 1, timeoutMs: 5_000, onPoll: (count) => seen.push(count) },
    );
    expect(value).toBe(3);
    expect(seen).toEqual([1, 2]);
  });

  it('stops at once on abort, with the signal reason', async () => {
    const controller = new AbortController();
    const waiting = pollUntil(
      async () => false,
      (done) => done,
      'never',
      { intervalMs: 60_000, timeoutMs: 120_000, signal: controller.signal },
    );
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });

  it('refuses a timeout or interval it cannot use', async () => {
    await expect(
      pollUntil(
        async () => 1,
        () => true,
        'x',
        { intervalMs: 0 },
      ),
    ).rejects.toBeInstanceOf(ManagerError);
    await expect(
      pollUntil(
        async () => 1,
        () => true,
        'x',
        { timeoutMs: Number.NaN },
      ),
    ).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
  });
});
