/** How long log entries are kept. */
export const LOG_RETENTION_MS: number = 30 * 86_400_000;
/** How many entries `log()` without a serial returns. */
export const LOG_LATEST_COUNT: number = 10;

/** One logged call, as `log()` answers it (a type alias, so it is a valid XML-RPC struct). */
export type CallLogEntry = {
  serial: number;
  /** UTC, `YYYY-MM-DD HH:MM:SS`. */
  timestamp: string;
  method: string;
  /** JSON: `{"args": [...], "kw": {}}`. */
  args: string;
  /** JSON of the result; empty for a failed call. */
  result: string;
  /** The fault string of a failed call; empty otherwise. */
  exception: string;
  ipaddress: string;
  resource_group: string;
};

export type CallLogInput = Omit<CallLogEntry, 'serial' | 'timestamp'>;

/** The project's log: gapless serials from 1, entries older than 30 days (by `now`) dropped. */
export interface CallLog {
  append(entry: CallLogInput): CallLogEntry;
  /** The latest {@link LOG_LATEST_COUNT} entries, oldest first. */
  latest(): CallLogEntry[];
  /** Every entry with a serial above `serial`, oldest first. */
  after(serial: number): CallLogEntry[];
}

export function createCallLog(now: () => number): CallLog {
  const entries: Array<{ time: number; entry: CallLogEntry }> = [];
  let lastSerial = 0;
  const prune = () => {
    const oldest = now() - LOG_RETENTION_MS;
    let expired = 0;
    while (expired < entries.length && (entries[expired]?.time ?? 0) < oldest) expired++;
    entries.splice(0, expired);
  };
  return {
    append(input) {
      prune();
      const time = now();
      const entry: CallLogEntry = { serial: ++lastSerial, timestamp: formatTimestamp(time), ...input };
      entries.push({ time, entry });
      return entry;
    },
    latest() {
      prune();
      return entries.slice(-LOG_LATEST_COUNT).map(({ entry }) => ({ ...entry }));
    },
    after(serial) {
      prune();
      return entries.filter(({ entry }) => entry.serial > serial).map(({ entry }) => ({ ...entry }));
    },
  };
}

function formatTimestamp(time: number): string {
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}
