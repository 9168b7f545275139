import { FilterError } from './filter-error';
import type { FilterCondition } from './types';

const USER_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const UTC_OFFSET = /^([+-])(\d{2})(\d{2})$/;

/**
 * `format_event_log_date`: `MM/DD/YYYY` and a `±HHMM` offset (default `+0000`) as the date text
 * `SoftLayer_Event_Log` filters take, `YYYY-MM-DDT00:00:00.000000±HH:MM`.
 */
export function formatEventLogDate(date: string, utcOffset = '+0000'): string {
  const match = typeof date === 'string' ? USER_DATE.exec(date) : null;
  const offset = UTC_OFFSET.exec(utcOffset ?? '+0000');
  if (!offset) {
    throw new FilterError(
      'FILTER_INVALID_VALUE',
      '',
      `UTC offset '${String(utcOffset)}' is not in the form +HHMM`,
    );
  }
  if (match) {
    const [, month, day, year] = match.map(Number) as [number, number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      const pad = (value: number): string => String(value).padStart(2, '0');
      return `${year}-${pad(month)}-${pad(day)}T00:00:00.000000${offset[1]}${offset[2]}:${offset[3]}`;
    }
  }
  throw new FilterError('FILTER_INVALID_DATE', '', `'${String(date)}' is not a date in the form MM/DD/YYYY`);
}

/** `event_log_filter_between_date` */
export function eventLogFilterBetweenDate(start: string, end: string, utcOffset?: string): FilterCondition {
  return {
    operation: 'betweenDate',
    options: [
      { name: 'startDate', value: [formatEventLogDate(start, utcOffset)] },
      { name: 'endDate', value: [formatEventLogDate(end, utcOffset)] },
    ],
  };
}

/** `event_log_filter_greater_than_date` */
export function eventLogFilterGreaterThanDate(date: string, utcOffset?: string): FilterCondition {
  return {
    operation: 'greaterThanDate',
    options: [{ name: 'date', value: [formatEventLogDate(date, utcOffset)] }],
  };
}

/** `event_log_filter_less_than_date` */
export function eventLogFilterLessThanDate(date: string, utcOffset?: string): FilterCondition {
  return {
    operation: 'lessThanDate',
    options: [{ name: 'date', value: [formatEventLogDate(date, utcOffset)] }],
  };
}
