/**
 * The reference's `clean_time`: `2025-09-12T06:00:00-06:00` → `2025-09-12 06:00` (or `2025-09-12` with `date`):
 * the wall time as written, no zone conversion; text in another shape is returned as is.
 */
export function cleanTime(
  time: string | undefined | null,
  shape: 'minutes' | 'date' = 'minutes',
): string | null {
  if (time === undefined || time === null) return null;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}/.exec(time);
  if (!match) return time;
  return shape === 'date' ? (match[1] ?? '') : `${match[1]} ${match[2]}`;
}
