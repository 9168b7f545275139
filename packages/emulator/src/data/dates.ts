/** The API's date form, `2023-04-01T12:34:56-06:00`: ISO 8601 in US Central standard time, as the API answers. */
export function formatApiDate(milliseconds: number): string {
  const central = new Date(milliseconds - 6 * 3600_000);
  const pad = (value: number): string => (value < 10 ? `0${value}` : String(value));
  return `${central.getUTCFullYear()}-${pad(central.getUTCMonth() + 1)}-${pad(central.getUTCDate())}T${pad(central.getUTCHours())}:${pad(central.getUTCMinutes())}:${pad(central.getUTCSeconds())}-06:00`;
}

/** Milliseconds since the epoch of an API date (or any ISO 8601 text); NaN when it is not one. */
export function parseApiDate(text: string): number {
  return Date.parse(text);
}

/** Dates of generated objects count back from here, so a seed gives the same account on any day. */
export const GENERATION_ANCHOR: number = Date.UTC(2026, 0, 1, 12, 0, 0);

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
