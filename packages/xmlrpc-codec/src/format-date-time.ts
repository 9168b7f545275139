function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `20230401T12:34:56`: the XML-RPC spec's form, in UTC. */
export function formatIso8601(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}T${pad(
    date.getUTCHours(),
    2,
  )}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}`;
}

/** `2023-04-01T06:34:56-06:00`: SoftLayer's form, the same instant written at `utcOffset` minutes east of UTC. */
export function formatSoftLayer(date: Date, utcOffset: number): string {
  const shifted = new Date(date.getTime() + utcOffset * 60_000);
  const sign = utcOffset < 0 ? '-' : '+';
  const offset = Math.abs(utcOffset);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1, 2)}-${pad(shifted.getUTCDate(), 2)}T${pad(
    shifted.getUTCHours(),
    2,
  )}:${pad(shifted.getUTCMinutes(), 2)}:${pad(shifted.getUTCSeconds(), 2)}${sign}${pad(Math.floor(offset / 60), 2)}:${pad(
    offset % 60,
    2,
  )}`;
}
