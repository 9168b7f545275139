import { compareDatePoints, type DatePoint, parseDatePoint, toDatePoint } from './date-point';
import type { FilterValue } from './types';

/** A filter operand read once in each form it may be compared in. */
export interface Operand {
  readonly text: string;
  /** Set when the operand is a number or numeric text. */
  readonly number: number | undefined;
  /** True when the operation itself was a number (`operation: 1234`). */
  readonly isNumber: boolean;
  /** Set when the operand is a date text the API reads. */
  readonly date: DatePoint | undefined;
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** The number `text` spells, or undefined when it is not plain decimal notation. */
export function numericValue(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMERIC.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export function toOperand(value: FilterValue): Operand {
  if (typeof value === 'number') {
    return { text: String(value), number: value, isNumber: true, date: undefined };
  }
  return { text: value, number: numericValue(value), isNumber: false, date: parseDatePoint(value) };
}

/**
 * Orders an object's value against an operand: negative, zero or positive, or undefined when the two cannot be
 * compared (null, missing, an object, or text against a number that is not numeric). Numbers compare as numbers
 * when either side is a number (booleans count as 1 and 0); two texts compare as dates when both are dates,
 * otherwise by UTF-16 code units (case-sensitive).
 */
export function compareValues(value: unknown, operand: Operand): number | undefined {
  if (typeof value === 'boolean') value = value ? 1 : 0;
  if (typeof value === 'number') {
    return operand.number === undefined ? undefined : value - operand.number;
  }
  if (typeof value === 'string') {
    if (operand.isNumber) {
      const number = numericValue(value);
      return number === undefined ? undefined : number - operand.number!;
    }
    if (operand.date !== undefined) {
      const date = parseDatePoint(value);
      if (date !== undefined) return compareDatePoints(date, operand.date);
    }
    return value < operand.text ? -1 : value > operand.text ? 1 : 0;
  }
  if (value instanceof Date && operand.date !== undefined) {
    const date = toDatePoint(value);
    return date === undefined ? undefined : compareDatePoints(date, operand.date);
  }
  return undefined;
}
