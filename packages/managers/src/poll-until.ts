import { invalid } from './check-input';
import { ManagerError } from './manager-error';

/** How long and how often to poll, and what to tell on the way. */
export interface PollOptions<T = unknown> {
  /** Give up after this many ms (the reference: 3600 s for guests, 14400 s for hardware). */
  timeoutMs?: number;
  /** Wait this many ms between reads (the reference: 10 s). */
  intervalMs?: number;
  signal?: AbortSignal;
  /** Called with every value read that is not done yet (for progress: a transaction's status, …). */
  onPoll?: (value: T) => void;
}

function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Reads until `done` says yes and resolves with that value. Bounded by `timeoutMs`: the last read happens no later
 * than the deadline, then `ManagerError` `SL_WAIT_TIMEOUT` is thrown with the last value read. An abort rejects
 * with the signal's reason at once.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  { timeoutMs = 3_600_000, intervalMs = 10_000, signal, onPoll }: PollOptions<T> = {},
): Promise<T> {
  if (!(timeoutMs >= 0) || !(intervalMs > 0)) {
    throw invalid(`timeoutMs must be >= 0 and intervalMs > 0`);
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    signal?.throwIfAborted();
    const value = await read();
    if (done(value)) return value;
    onPoll?.(value);
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new ManagerError('SL_WAIT_TIMEOUT', `${what}: not done after ${timeoutMs} ms`, {
        lastValue: value,
      });
    }
    await sleep(Math.min(intervalMs, left), signal);
  }
}
