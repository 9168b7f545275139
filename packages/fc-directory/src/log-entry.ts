import { DirectoryResponseError } from './directory-error';
import { describeValue, isPlainObject } from './field-value';

/** A JSON value, as found in a log entry's `args` and `result`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One call recorded in the project's log, with `args` and `result` parsed from their JSON strings. */
export interface LogEntry {
  /** Gapless, increasing per project. */
  serial: number;
  /** When the call was made, as the server wrote it (UTC), e.g. `2015-12-23 01:02:03`. */
  timestamp: string;
  /** `apply`, `query` or `ping`. */
  method: string;
  /** The call's arguments: `{ args: [...positional], kw: {...keyword} }` (an empty text parses to `null`). */
  args: JsonValue;
  /** What the call returned (an empty text, e.g. of a failed call, parses to `null`). */
  result: JsonValue;
  /** The fault of a failed call; empty when it succeeded. */
  exception: string;
  ipaddress: string;
  resource_group: string;
}

/** Reads one raw entry of `log()`; throws {@link DirectoryResponseError} when it is not the documented shape. */
export function parseLogEntry(raw: unknown, position: number): LogEntry {
  const where = `entry ${position}`;
  if (!isPlainObject(raw))
    throw new DirectoryResponseError('log', `${where} is ${describeValue(raw)}, not a struct`);
  const serial = raw.serial;
  if (!Number.isSafeInteger(serial) || (serial as number) < 0) {
    throw new DirectoryResponseError('log', `${where}: serial is ${describeValue(serial)}, not an integer`);
  }
  const method = raw.method;
  if (typeof method !== 'string') {
    throw new DirectoryResponseError(
      'log',
      `${where} (serial ${serial}): method is ${describeValue(method)}`,
    );
  }
  return {
    serial: serial as number,
    timestamp: readTimestamp(raw.timestamp),
    method,
    args: parseJsonText(raw.args, `${where} (serial ${serial}) args`),
    result: parseJsonText(raw.result, `${where} (serial ${serial}) result`),
    exception: optionalText(raw.exception),
    ipaddress: optionalText(raw.ipaddress),
    resource_group: optionalText(raw.resource_group),
  };
}

function parseJsonText(value: unknown, where: string): JsonValue {
  if (typeof value !== 'string') {
    throw new DirectoryResponseError('log', `${where} is ${describeValue(value)}, not a JSON-encoded string`);
  }
  if (value.trim() === '') return null;
  try {
    return JSON.parse(value) as JsonValue;
  } catch (cause) {
    throw new DirectoryResponseError('log', `${where} is not valid JSON`, cause);
  }
}

function readTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : '';
}

function optionalText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
