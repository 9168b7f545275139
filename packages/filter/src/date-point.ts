/**
 * A moment as the API's dates describe it: the wall-clock time (milliseconds, counted as if it were UTC) and,
 * when the text carried one, its offset from UTC in minutes. `MM/DD/YYYY HH:mm:ss` has no offset; the API's
 * `2023-04-01T12:34:56-06:00` has one.
 */
export interface DatePoint {
  readonly wall: number;
  readonly offsetMinutes: number | undefined;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

// MM/DD/YYYY or MM/DD/YY, then an optional H:m[:s] (one or two digits each, as `query_filter_date` writes `0:0:0`).
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/;
// YYYY-MM-DD, then an optional THH:mm[:ss[.fraction]] and an optional Z or ±HH:MM / ±HHMM.
const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function wallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  // Date.UTC rolls 02/30 over into March; a real calendar date comes back unchanged.
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return wall;
}

function parseOffset(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === 'Z' || text === 'z') return 0;
  const digits = text.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

/**
 * Reads the date texts the API knows: `MM/DD/YYYY[ HH:mm[:ss]]` (two-digit years are 20YY) and ISO 8601
 * (`2023-04-01T12:34:56-06:00`, fractions of a second and `Z` allowed). Returns undefined for anything else,
 * including impossible dates such as 02/30.
 */
export function parseDatePoint(text: string): DatePoint | undefined {
  const trimmed = text.trim();
  const slash = SLASH_DATE.exec(trimmed);
  if (slash) {
    const [, month, day, year, hour, minute, second] = slash;
    const fullYear = year!.length === 2 ? 2000 + Number(year) : Number(year);
    const wall = wallClock(
      fullYear,
      Number(month),
      Number(day),
      Number(hour ?? 0),
      Number(minute ?? 0),
      Number(second ?? 0),
      0,
    );
    return wall === undefined ? undefined : { wall, offsetMinutes: undefined };
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [, year, month, day, hour, minute, second, fraction, offset] = iso;
    const offsetMinutes = parseOffset(offset);
    if (offsetMinutes !== undefined && Math.abs(offsetMinutes) > 18 * 60) return undefined;
    const wall = wallClock(
      Number(year),
      Number(month),
      Number(day),
      Number(hour ?? 0),
      Number(minute ?? 0),
      Number(second ?? 0),
      Math.floor(Number(`0.${fraction ?? '0'}`) * 1000),
    );
    return wall === undefined ? undefined : { wall, offsetMinutes };
  }
  return undefined;
}

/** A `Date` as a point: the instant, written in UTC. */
export function datePointFromDate(date: Date): DatePoint {
  return { wall: date.getTime(), offsetMinutes: 0 };
}

/** A value on an object as a date point: a `Date`, or text in one of the API's formats. */
export function toDatePoint(value: unknown): DatePoint | undefined {
  if (typeof value === 'string') return parseDatePoint(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : datePointFromDate(value);
  return undefined;
}

/**
 * Orders two points. When both carry an offset they are compared as instants; when either has none (the
 * `MM/DD/YYYY` form) their wall clocks are compared, as the API compares a filter's date with its stored
 * local time.
 */
export function compareDatePoints(a: DatePoint, b: DatePoint): number {
  if (a.offsetMinutes !== undefined && b.offsetMinutes !== undefined) {
    return a.wall - a.offsetMinutes * MINUTE - (b.wall - b.offsetMinutes * MINUTE);
  }
  return a.wall - b.wall;
}

/** The calendar day (days since 1970-01-01) of `point`, seen at `reference`'s offset when both have one. */
export function calendarDay(point: DatePoint, reference: DatePoint): number {
  if (point.offsetMinutes !== undefined && reference.offsetMinutes !== undefined) {
    const instant = point.wall - point.offsetMinutes * MINUTE;
    return Math.floor((instant + reference.offsetMinutes * MINUTE) / DAY);
  }
  return Math.floor(point.wall / DAY);
}

/** `point` moved by a (possibly fractional) number of days. */
export function addDays(point: DatePoint, days: number): DatePoint {
  return { wall: point.wall + days * DAY, offsetMinutes: point.offsetMinutes };
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** A `Date` as the API's filter date text, `MM/DD/YYYY HH:mm:ss`, written in UTC. */
export function formatFilterDate(date: Date): string {
  return (
    `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}
