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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function wallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
): number | undefined {
  // Impossible dates such as 02/30 are refused, not rolled over into March as Date.UTC would.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
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
  const trimmed =
    text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32)
      ? text.trim()
      : text;
  // The API's own values (2023-04-01T…) are by far the most common: try that form first.
  return trimmed.charCodeAt(4) === 45 /* - */ ? parseIsoDate(trimmed) : parseSlashDate(trimmed);
}

function parseSlashDate(text: string): DatePoint | undefined {
  const slash = SLASH_DATE.exec(text);
  if (!slash) return undefined;
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

/** The digits at `text[start, start + length)` as a number, or NaN when one is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** The API's exact layout, `YYYY-MM-DDTHH:mm:ss±HH:MM`, read without a regular expression (it is most values). */
function parseApiLayout(text: string): DatePoint | undefined {
  const sign = text.charCodeAt(19);
  if (
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(22) !== 58 ||
    (sign !== 43 && sign !== 45)
  ) {
    return undefined;
  }
  const offset = digitsAt(text, 20, 2) * 60 + digitsAt(text, 23, 2);
  const wall = wallClock(
    digitsAt(text, 0, 4),
    digitsAt(text, 5, 2),
    digitsAt(text, 8, 2),
    digitsAt(text, 11, 2),
    digitsAt(text, 14, 2),
    digitsAt(text, 17, 2),
    0,
  );
  if (wall === undefined || Number.isNaN(wall) || Number.isNaN(offset) || offset > 18 * 60) return undefined;
  return { wall, offsetMinutes: sign === 45 ? -offset : offset };
}

function parseIsoDate(text: string): DatePoint | undefined {
  if (text.length === 25) {
    const point = parseApiLayout(text);
    if (point !== undefined) return point;
  }
  const iso = ISO_DATE.exec(text);
  if (!iso) return undefined;
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
    fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000),
  );
  return wall === undefined ? undefined : { wall, offsetMinutes };
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
