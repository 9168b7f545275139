import { compareValues, toOperand } from './compare-values';
import { addDays, calendarDay, compareDatePoints, type DatePoint, toDatePoint } from './date-point';
import type { ComparisonOperator, ParsedCondition, TextOperator } from './parse-condition';

/** Tests one value (never an array: the caller spreads those) against a condition. */
export type ValueTest = (value: unknown) => boolean;

const always: ValueTest = () => true;

function holds(operator: ComparisonOperator, order: number | undefined): boolean {
  if (order === undefined || Number.isNaN(order)) return false;
  switch (operator) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '<':
      return order < 0;
    default:
      return order <= 0;
  }
}

/** The value as text for the text operations; null, objects and dates have none. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return undefined;
}

function textTest(operator: TextOperator, operand: string): ValueTest {
  const lower = operand.toLowerCase();
  const insensitive = (check: (text: string) => boolean): ValueTest => {
    return (value) => {
      const text = asText(value);
      return text !== undefined && check(text.toLowerCase());
    };
  };
  switch (operator) {
    case '_=':
      return insensitive((text) => text === lower);
    case '*=':
      return insensitive((text) => text.includes(lower));
    case '!*=':
      return insensitive((text) => !text.includes(lower));
    case '^=':
      return insensitive((text) => text.startsWith(lower));
    case '!^=':
      return insensitive((text) => !text.startsWith(lower));
    case '$=':
      return insensitive((text) => text.endsWith(lower));
    case '!$=':
      return insensitive((text) => !text.endsWith(lower));
    case '~':
      return (value) => asText(value)?.includes(operand) === true;
    default:
      return (value) => asText(value)?.includes(operand) === false;
  }
}

function dateTest(operation: string, dates: readonly DatePoint[]): ValueTest {
  const [first, second] = dates as [DatePoint, DatePoint | undefined];
  const withDate = (check: (date: DatePoint) => boolean): ValueTest => {
    return (value) => {
      const date = toDatePoint(value);
      return date !== undefined && check(date);
    };
  };
  switch (operation) {
    case 'isDate': {
      const day = calendarDay(first, first);
      return withDate((date) => calendarDay(date, first) === day);
    }
    case 'lessThanDate':
      return withDate((date) => compareDatePoints(date, first) < 0);
    case 'greaterThanDate':
      return withDate((date) => compareDatePoints(date, first) > 0);
    default:
      return withDate((date) => compareDatePoints(date, first) >= 0 && compareDatePoints(date, second!) <= 0);
  }
}

/** Turns a parsed condition into a test of one value; `now` anchors `currentDate`. */
export function compileCondition(condition: ParsedCondition, now: Date): ValueTest {
  switch (condition.kind) {
    case 'null':
      return condition.isNull ? (value) => value === null || value === undefined : (value) => value != null;
    case 'compare': {
      const operand = toOperand(condition.operand);
      const { operator } = condition;
      if (operator === '=') {
        // The common case, without the general comparison: the same answers, faster.
        const plainText = !operand.isNumber && operand.date === undefined ? operand.text : undefined;
        const number = operand.number;
        return (value) => {
          if (typeof value === 'string' && plainText !== undefined) return value === plainText;
          if (typeof value === 'number' && number !== undefined) return value === number;
          return compareValues(value, operand) === 0;
        };
      }
      return (value) => holds(operator, compareValues(value, operand));
    }
    case 'relativeDate': {
      const reference = addDays({ wall: now.getTime(), offsetMinutes: 0 }, condition.days);
      const { operator } = condition;
      return (value) => {
        const date = toDatePoint(value);
        return date !== undefined && holds(operator, compareDatePoints(date, reference));
      };
    }
    case 'text':
      return textTest(condition.operator, condition.operand);
    case 'in': {
      const operands = condition.values.map(toOperand);
      return (value) => operands.some((operand) => compareValues(value, operand) === 0);
    }
    case 'date':
      return dateTest(condition.operation, condition.dates);
    case 'orderBy':
      return always;
    case 'or': {
      const tests = condition.conditions.map((inner) => compileCondition(inner, now));
      return (value) => tests.some((test) => test(value));
    }
    case 'and': {
      const tests = condition.conditions.map((inner) => compileCondition(inner, now));
      return (value) => tests.every((test) => test(value));
    }
  }
}
