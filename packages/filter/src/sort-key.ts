import { toDatePoint } from './date-point';

/** A value reduced to what ordering needs: a rank by kind, then the value within it. */
export type SortKey = readonly [rank: number, value: number | string];

const ISO_LIKE = /^\d{4}-\d{1,2}-\d{1,2}[T ]/;

/**
 * Missing and null values rank first, then numbers (booleans as 1 and 0), dates (ISO text or `Date`, by instant),
 * other text (by UTF-16 code units), and last anything else (objects), which tie.
 */
export function toSortKey(value: unknown): SortKey {
  if (value === null || value === undefined) return [0, 0];
  if (typeof value === 'boolean') return [1, value ? 1 : 0];
  if (typeof value === 'number') return [1, value];
  if (value instanceof Date || (typeof value === 'string' && ISO_LIKE.test(value))) {
    const date = toDatePoint(value);
    if (date !== undefined) return [2, date.wall - (date.offsetMinutes ?? 0) * 60_000];
  }
  if (typeof value === 'string') return [3, value];
  return [4, 0];
}

export function compareSortKeys(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  const x = a[1];
  const y = b[1];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return x < y ? -1 : x > y ? 1 : 0;
}
