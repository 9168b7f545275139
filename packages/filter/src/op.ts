import { formatFilterDate, parseDatePoint } from './date-point';
import { FilterError } from './filter-error';
import { parseOperation } from './parse-condition';
import type { FilterCondition, FilterDate, FilterValue, SortDirection } from './types';

/** Every operation of the API as a method; `op` returns conditions, `where(path)` whole filters. */
export interface ConditionBuilders<R> {
  /** Equals: `'dal05'` or `1234` (text compares case-sensitively). */
  eq(value: FilterValue): R;
  /** `!= value` */
  ne(value: FilterValue): R;
  /** `> value` (a `Date` is written as `MM/DD/YYYY HH:mm:ss` in UTC) */
  gt(value: FilterValue | Date): R;
  /** `>= value` */
  gte(value: FilterValue | Date): R;
  /** `< value` */
  lt(value: FilterValue | Date): R;
  /** `<= value` */
  lte(value: FilterValue | Date): R;
  /** `is null`: the property is null or missing. */
  isNull(): R;
  /** `not null` */
  notNull(): R;
  /** `_= text`: equals, ignoring case. */
  eqIgnoreCase(text: string): R;
  /** `_= text`, the name the reference client's docs suggest; the same as `eqIgnoreCase`. */
  containsInsensitive(text: string): R;
  /** `*= text`: contains, ignoring case. */
  contains(text: string): R;
  /** `!*= text` */
  notContains(text: string): R;
  /** `^= text`: starts with, ignoring case. */
  startsWith(text: string): R;
  /** `!^= text` */
  notStartsWith(text: string): R;
  /** `$= text`: ends with, ignoring case. */
  endsWith(text: string): R;
  /** `!$= text` */
  notEndsWith(text: string): R;
  /** `~ text`: contains, case-sensitive (the API's "like"). */
  like(text: string): R;
  /** `!~ text` */
  notLike(text: string): R;
  /** `isDate` with option `date`: the same calendar day. */
  isDate(date: FilterDate): R;
  /** `lessThanDate` with option `date` */
  lessThanDate(date: FilterDate): R;
  /** `greaterThanDate` with option `date` */
  greaterThanDate(date: FilterDate): R;
  /** `betweenDate` with options `startDate` and `endDate` (both included) */
  betweenDate(start: FilterDate, end: FilterDate): R;
  /** `>= currentDate - days`: within the last `days` days. */
  lastDays(days: number): R;
  /** `in` with option `data`: equals one of `values`. */
  in(values: readonly FilterValue[]): R;
  /** `orderBy` with option `sort` (and `sortOrder` when `priority` is given: lower sorts first). */
  orderBy(direction?: SortDirection, priority?: number): R;
}

function checkNumber(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw new FilterError('FILTER_INVALID_VALUE', '', `${what} must be a finite number, got ${value}`);
  }
  return value;
}

function operandText(value: FilterValue | Date): string {
  if (value instanceof Date) return dateText(value);
  return typeof value === 'number' ? String(checkNumber(value, 'a value')) : value;
}

function text(value: string): string {
  if (typeof value !== 'string') {
    throw new FilterError('FILTER_INVALID_VALUE', '', `expected text, got ${typeof value}`);
  }
  return value;
}

function dateText(date: FilterDate): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new FilterError('FILTER_INVALID_DATE', '', 'the Date is invalid');
    return formatFilterDate(date);
  }
  if (typeof date !== 'string' || parseDatePoint(date) === undefined) {
    throw new FilterError(
      'FILTER_INVALID_DATE',
      '',
      `'${String(date)}' is not a date: use a Date or 'MM/DD/YYYY HH:mm:ss' (or ISO 8601)`,
    );
  }
  return date.trim();
}

const prefixed =
  (operator: string) =>
  (value: string): FilterCondition => ({ operation: `${operator} ${text(value)}` });

const compared =
  (operator: string) =>
  (value: FilterValue | Date): FilterCondition => ({ operation: `${operator} ${operandText(value)}` });

const dateCondition =
  (operation: string) =>
  (date: FilterDate): FilterCondition => ({
    operation,
    options: [{ name: 'date', value: [dateText(date)] }],
  });

/** True when `value`, written as an operation, means "equals `value`" (not `> 5`, `is null`, `in`…). */
function readsAsEquality(value: string): boolean {
  try {
    const parsed = parseOperation(value, undefined, '');
    return parsed.kind === 'compare' && parsed.operator === '=';
  } catch {
    return false; // a named operation such as 'in' without its options
  }
}

function equals(value: FilterValue): FilterCondition {
  if (typeof value === 'number') return { operation: checkNumber(value, 'a value') };
  if (!readsAsEquality(text(value))) {
    throw new FilterError(
      'FILTER_INVALID_VALUE',
      '',
      `'${value}' reads as an operation, not a value: the API cannot test equality with it`,
    );
  }
  return { operation: value };
}

/** Builders for every condition the API takes, e.g. `op.gte(4)` is `{ operation: '>= 4' }`. */
export const op: ConditionBuilders<FilterCondition> = {
  eq: equals,
  ne: compared('!='),
  gt: compared('>'),
  gte: compared('>='),
  lt: compared('<'),
  lte: compared('<='),
  isNull: () => ({ operation: 'is null' }),
  notNull: () => ({ operation: 'not null' }),
  eqIgnoreCase: prefixed('_='),
  containsInsensitive: prefixed('_='),
  contains: prefixed('*='),
  notContains: prefixed('!*='),
  startsWith: prefixed('^='),
  notStartsWith: prefixed('!^='),
  endsWith: prefixed('$='),
  notEndsWith: prefixed('!$='),
  like: prefixed('~'),
  notLike: prefixed('!~'),
  isDate: dateCondition('isDate'),
  lessThanDate: dateCondition('lessThanDate'),
  greaterThanDate: dateCondition('greaterThanDate'),
  betweenDate: (start, end) => ({
    operation: 'betweenDate',
    options: [
      { name: 'startDate', value: [dateText(start)] },
      { name: 'endDate', value: [dateText(end)] },
    ],
  }),
  lastDays: (days) => {
    if (checkNumber(days, 'days') < 0)
      throw new FilterError('FILTER_INVALID_VALUE', '', 'days must be 0 or more');
    return { operation: `>= currentDate - ${days}` };
  },
  in: (values) => {
    if (!Array.isArray(values))
      throw new FilterError('FILTER_INVALID_VALUE', '', 'in takes a list of values');
    for (const value of values) {
      if (typeof value === 'number') checkNumber(value, 'a value');
      else text(value);
    }
    return { operation: 'in', options: [{ name: 'data', value: [...values] }] };
  },
  orderBy: (direction = 'ASC', priority) => {
    if (direction !== 'ASC' && direction !== 'DESC') {
      throw new FilterError(
        'FILTER_INVALID_VALUE',
        '',
        `orderBy takes ASC or DESC, got ${String(direction)}`,
      );
    }
    const options = [{ name: 'sort', value: [direction] }];
    if (priority === undefined) return { operation: 'orderBy', options };
    if (!Number.isInteger(priority)) {
      throw new FilterError('FILTER_INVALID_VALUE', '', `sortOrder must be an integer, got ${priority}`);
    }
    return { operation: 'orderBy', options: [...options, { name: 'sortOrder', value: [priority] }] };
  },
};
