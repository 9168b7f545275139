import { FilterError } from './filter-error';
import { setProperty } from './set-property';
import type { FilterCondition, ObjectFilter, SortDirection } from './types';

// In the order the reference client tries them, so '<=' is seen before '<'.
const SHORTHAND_OPERATORS = ['<=', '>=', '<', '>', '~', '!~', '*=', '^=', '$=', '_='] as const;
// What Python's int() accepts from text (ASCII digits; underscores between digits).
const INTEGER_TEXT = /^[+-]?\d+(?:_\d+)*$/;

function integerCondition(value: number, shown: string): FilterCondition {
  if (!Number.isSafeInteger(value)) {
    throw new FilterError('FILTER_INVALID_VALUE', '', `${shown} is too large to send exactly as a number`);
  }
  return { operation: value };
}

/**
 * The reference client's search shorthand (`query_filter`), with the same outputs: whole numbers (also in
 * text, and booleans as 1/0; fractions are truncated) become equality on the number; text starting with one of
 * `<= >= < > ~ !~ *= ^= $= _=` is normalised to `'<op> value'`; otherwise `*v*` is contains (`*=`), `*v` ends
 * with (`$=`), `v*` starts with (`^=`), and anything else is case-insensitive equality (`_=`).
 */
export function queryFilter(query: string | number | boolean): FilterCondition {
  if (typeof query === 'boolean') return { operation: query ? 1 : 0 };
  if (typeof query === 'number') {
    if (!Number.isFinite(query)) {
      throw new FilterError('FILTER_INVALID_VALUE', '', `queryFilter takes a finite number, got ${query}`);
    }
    return integerCondition(Math.trunc(query) || 0, String(query));
  }
  if (typeof query !== 'string') {
    throw new FilterError(
      'FILTER_INVALID_VALUE',
      '',
      `queryFilter takes text, a number or a boolean, got ${typeof query}`,
    );
  }
  const trimmed = query.trim();
  if (INTEGER_TEXT.test(trimmed)) return integerCondition(Number(trimmed.replaceAll('_', '')), trimmed);
  for (const operator of SHORTHAND_OPERATORS) {
    if (trimmed.startsWith(operator)) {
      return { operation: `${operator} ${trimmed.slice(operator.length).trim()}` };
    }
  }
  const starts = trimmed.startsWith('*');
  const ends = trimmed.endsWith('*');
  const bare = trimmed.replace(/^\*+|\*+$/g, '');
  if (starts && ends) return { operation: `*= ${bare}` };
  if (starts) return { operation: `$= ${bare}` };
  if (ends) return { operation: `^= ${bare}` };
  return { operation: `_= ${trimmed}` };
}

const CALENDAR_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** `YYYY-MM-DD` as the reference client writes it in a filter: `M/D/YYYY 0:0:0`. */
function dayText(date: string, what: string): string {
  const match = typeof date === 'string' ? CALENDAR_DATE.exec(date) : null;
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return `${month}/${day}/${year} 0:0:0`;
    }
  }
  throw new FilterError(
    'FILTER_INVALID_DATE',
    '',
    `${what} '${String(date)}' is not a date in the form YYYY-MM-DD`,
  );
}

/** `query_filter_date`: a `betweenDate` condition from two `YYYY-MM-DD` days (both at midnight). */
export function queryFilterDate(start: string, end: string): FilterCondition {
  return {
    operation: 'betweenDate',
    options: [
      { name: 'startDate', value: [dayText(start, 'start')] },
      { name: 'endDate', value: [dayText(end, 'end')] },
    ],
  };
}

/** `query_filter_orderby`: an `orderBy` condition, ascending unless told. */
export function queryFilterOrderBy(sort: SortDirection = 'ASC'): FilterCondition {
  if (sort !== 'ASC' && sort !== 'DESC') {
    throw new FilterError('FILTER_INVALID_VALUE', '', `sort must be ASC or DESC, got ${String(sort)}`);
  }
  return { operation: 'orderBy', options: [{ name: 'sort', value: [sort] }] };
}

/**
 * `build_filter_orderby`: a dotted path with an optional `=ASC` or `=DESC` on its last name (default DESC, as
 * the reference client's `--orderBy`), e.g. `'virtualGuests.id=ASC'`. Unlike the reference, a direction anywhere
 * but the end, an empty name, or a direction other than ASC/DESC throws `FilterError` instead of being dropped.
 */
export function buildFilterOrderBy(path: string): ObjectFilter {
  const [names, direction, ...rest] = String(path).split('=');
  const segments = names!.split('.');
  if (rest.length > 0 || segments.some((segment) => segment === '')) {
    throw new FilterError(
      'FILTER_INVALID_PATH',
      String(path),
      `expected 'a.b.c' or 'a.b.c=ASC', got '${path}'`,
    );
  }
  const sort = direction ?? 'DESC';
  if (sort !== 'ASC' && sort !== 'DESC') {
    throw new FilterError('FILTER_INVALID_VALUE', String(path), `sort must be ASC or DESC, got '${sort}'`);
  }
  let level: ObjectFilter | FilterCondition = queryFilterOrderBy(sort);
  for (let i = segments.length - 1; i >= 0; i--) {
    const parent: Record<string, unknown> = {};
    setProperty(parent, segments[i]!, level);
    level = parent as ObjectFilter;
  }
  return level as ObjectFilter;
}
