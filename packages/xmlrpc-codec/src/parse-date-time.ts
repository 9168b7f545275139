const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of `count` ASCII digits at `at`, or -1. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Reads a `dateTime.iso8601` text as milliseconds since the epoch, or NaN when it is not a date we understand.
 * Accepted: `20230401T12:34:56` (the XML-RPC spec), `20230401T123456`, `2023-04-01T12:34:56`, each with optional
 * fractional seconds and an optional `Z`, `±HH:MM`, `±HHMM` or `±HH` offset (SoftLayer: `2023-04-01T12:34:56-06:00`).
 * Text without an offset is read as UTC. Surrounding whitespace is ignored.
 */
export function parseDateTime(raw: string): number {
  const text = raw.trim();
  const year = digitsAt(text, 0, 4);
  let at: number;
  let month: number;
  let day: number;
  if (text.charCodeAt(4) === 45 /* - */) {
    month = digitsAt(text, 5, 2);
    day = text.charCodeAt(7) === 45 ? digitsAt(text, 8, 2) : -1;
    at = 10;
  } else {
    month = digitsAt(text, 4, 2);
    day = digitsAt(text, 6, 2);
    at = 8;
  }
  if (year < 0 || month < 1 || month > 12 || day < 1) return Number.NaN;
  if (day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return Number.NaN;
  if (text.charCodeAt(at) !== 84 /* T */) return Number.NaN;
  const extended = text.charCodeAt(at + 3) === 58; /* : */
  const hours = digitsAt(text, at + 1, 2);
  const minutes = digitsAt(text, extended ? at + 4 : at + 3, 2);
  if (extended && text.charCodeAt(at + 6) !== 58) return Number.NaN;
  const seconds = digitsAt(text, extended ? at + 7 : at + 5, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59)
    return Number.NaN;
  at += extended ? 9 : 7;
  let milliseconds = 0;
  if (text.charCodeAt(at) === 46 /* . */ || text.charCodeAt(at) === 44 /* , */) {
    const start = ++at;
    while (digitsAt(text, at, 1) >= 0) at++;
    if (at === start) return Number.NaN;
    milliseconds = Math.floor(Number(`0.${text.slice(start, at)}`) * 1000);
  }
  let offsetMinutes = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 /* Z */) at++;
  else if (sign === 43 /* + */ || sign === 45 /* - */) {
    const offsetHours = digitsAt(text, at + 1, 2);
    at += 3;
    let offsetRest = 0;
    if (text.charCodeAt(at) === 58) at++;
    if (at < text.length) {
      offsetRest = digitsAt(text, at, 2);
      at += 2;
    }
    if (offsetHours < 0 || offsetHours > 23 || offsetRest < 0 || offsetRest > 59) return Number.NaN;
    offsetMinutes = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  if (at !== text.length) return Number.NaN;
  let time = Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds);
  if (year < 100) {
    const date = new Date(time);
    date.setUTCFullYear(year);
    time = date.getTime();
  }
  return time - offsetMinutes * 60_000;
}
