import type { DirectoryClient } from './create-directory-client';
import { DirectoryValidationError } from './directory-error';
import { describeValue } from './field-value';
import type { LogEntry } from './log-entry';

/** The default polling interval: the API asks to be polled every few minutes. */
export const DEFAULT_FOLLOW_INTERVAL_MS: number = 5 * 60_000;
/** The shortest interval `followLog` accepts unless `minimumIntervalMs` (test-only) lowers it. */
export const MINIMUM_FOLLOW_INTERVAL_MS = 10_000;

export interface FollowLogOptions {
  /** Anything with the client's `log(serial?, { signal })`. */
  client: Pick<DirectoryClient, 'log'>;
  /**
   * Resume after this serial (the highest one you processed): every later entry is yielded. Omitted: start with
   * the latest 10 entries, as `log()` does.
   */
  startSerial?: number;
  /** Pause between polls, in milliseconds. Default {@link DEFAULT_FOLLOW_INTERVAL_MS}; at least the floor. */
  intervalMs?: number;
  /**
   * Test-only: lowers the floor for `intervalMs` (default {@link MINIMUM_FOLLOW_INTERVAL_MS}) so tests can poll
   * fast. Do not use against the real API, which asks not to be polled in short cycles.
   */
  minimumIntervalMs?: number;
  /** Stops following: the iteration ends (no error), the pending poll is cancelled and no timer is left. */
  signal?: AbortSignal;
}

/**
 * Follows the project's log: polls `log()` every `intervalMs`, remembers the highest serial seen and yields every
 * entry exactly once, in serial order, without gaps between polls. Persist the last yielded `serial` and pass it as
 * `startSerial` to resume after a restart. Ends when `signal` aborts; a failed poll throws (resume from the last
 * serial). Entries older than the API's 30-day retention cannot be recovered by anyone.
 */
export function followLog(options: FollowLogOptions): AsyncGenerator<LogEntry, void, undefined> {
  const floor = options.minimumIntervalMs ?? MINIMUM_FOLLOW_INTERVAL_MS;
  if (!Number.isSafeInteger(floor) || floor < 0) {
    throw invalidOption('minimumIntervalMs', `must be a non-negative integer, got ${describeValue(floor)}`);
  }
  const intervalMs = options.intervalMs ?? Math.max(DEFAULT_FOLLOW_INTERVAL_MS, floor);
  if (!Number.isSafeInteger(intervalMs) || intervalMs < floor) {
    throw invalidOption(
      'intervalMs',
      `must be an integer of at least ${floor} ms (the API asks to be polled every few minutes), got ${describeValue(intervalMs)}`,
    );
  }
  const { startSerial } = options;
  if (startSerial !== undefined && (!Number.isSafeInteger(startSerial) || startSerial < 0)) {
    throw invalidOption('startSerial', `must be a non-negative integer, got ${describeValue(startSerial)}`);
  }
  return pollLog(options.client, startSerial, intervalMs, options.signal);
}

async function* pollLog(
  client: Pick<DirectoryClient, 'log'>,
  startSerial: number | undefined,
  intervalMs: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<LogEntry, void, undefined> {
  let lastSerial = startSerial;
  while (!signal?.aborted) {
    let entries: LogEntry[];
    try {
      entries = await client.log(lastSerial, signal ? { signal } : {});
    } catch (error) {
      if (signal?.aborted) return;
      throw error;
    }
    for (const entry of [...entries].sort((a, b) => a.serial - b.serial)) {
      if (signal?.aborted) return;
      if (lastSerial !== undefined && entry.serial <= lastSerial) continue;
      lastSerial = entry.serial;
      yield entry;
    }
    // After the first poll every entry is wanted, even when that poll found an empty log.
    lastSerial ??= 0;
    if (!(await sleep(intervalMs, signal))) return;
  }
}

/** Waits `ms`; resolves `false` at once (and clears the timer) when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function invalidOption(field: string, problem: string): DirectoryValidationError {
  return new DirectoryValidationError('FC_INVALID_OPTION', `followLog(): ${field} ${problem}`, { field });
}
