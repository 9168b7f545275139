import { type DatePoint, parseDatePoint } from './date-point';
import { FilterError } from './filter-error';
import type { FilterCondition, FilterOption, FilterValue, SortDirection } from './types';

export type ComparisonOperator = '=' | '!=' | '>' | '>=' | '<' | '<=';
export type TextOperator = '_=' | '*=' | '!*=' | '^=' | '!^=' | '$=' | '!$=' | '~' | '!~';
export type DateOperation = 'isDate' | 'lessThanDate' | 'greaterThanDate' | 'betweenDate';

/** What a condition means, read once: the form the matcher evaluates and the validator checks. */
export type ParsedCondition =
  | { readonly kind: 'compare'; readonly operator: ComparisonOperator; readonly operand: FilterValue }
  | { readonly kind: 'relativeDate'; readonly operator: ComparisonOperator; readonly days: number }
  | { readonly kind: 'text'; readonly operator: TextOperator; readonly operand: string }
  | { readonly kind: 'null'; readonly isNull: boolean }
  | { readonly kind: 'in'; readonly values: readonly FilterValue[] }
  | { readonly kind: 'date'; readonly operation: DateOperation; readonly dates: readonly DatePoint[] }
  | { readonly kind: 'orderBy'; readonly direction: SortDirection; readonly priority: number | undefined }
  | { readonly kind: 'or' | 'and'; readonly conditions: readonly ParsedCondition[] };

// Longest first, so `!*=` wins over `!=` and `>=` over `>`.
const PREFIX_OPERATORS: readonly (Exclude<ComparisonOperator, '='> | TextOperator)[] = [
  '!*=',
  '!^=',
  '!$=',
  '!=',
  '*=',
  '^=',
  '$=',
  '_=',
  '>=',
  '<=',
  '!~',
  '~',
  '>',
  '<',
];
const TEXT_OPERATORS: ReadonlySet<string> = new Set<TextOperator>([
  '_=',
  '*=',
  '!*=',
  '^=',
  '!^=',
  '$=',
  '!$=',
  '~',
  '!~',
]);

/** Operations that take `options`, by lower-cased name. */
const NAMED_OPERATIONS: ReadonlyMap<string, string> = new Map(
  ['in', 'orderBy', 'isDate', 'lessThanDate', 'greaterThanDate', 'betweenDate', 'or', 'and'].map((name) => [
    name.toLowerCase(),
    name,
  ]),
);
const NULL_OPERATION = /^(is|not)\s+null$/i;
const RELATIVE_DATE = /^(?:currentDate|sysdate)(?:\s*([+-])\s*(\d+(?:\.\d+)?))?$/i;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function isFilterValue(value: unknown): value is FilterValue {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * Checks the shape of `options`: a list of `{ name: string, value: (string | number)[] }`, where a lone value
 * without brackets is read as a list of one.
 */
export function readOptions(options: unknown, path: string): readonly FilterOption[] {
  if (!Array.isArray(options)) {
    throw new FilterError('FILTER_INVALID_OPTIONS', path, `options must be a list, got ${describe(options)}`);
  }
  return options.map((option: unknown, index): FilterOption => {
    const at = `${path}[${index}]`;
    if (option === null || typeof option !== 'object' || Array.isArray(option)) {
      throw new FilterError(
        'FILTER_INVALID_OPTIONS',
        at,
        `an option must be { name, value }, got ${describe(option)}`,
      );
    }
    const extra = Object.keys(option).filter((key) => key !== 'name' && key !== 'value');
    if (extra.length > 0) {
      throw new FilterError(
        'FILTER_INVALID_OPTIONS',
        at,
        `an option has only name and value, not ${extra.join(', ')}`,
      );
    }
    const { name, value } = option as { name?: unknown; value?: unknown };
    if (typeof name !== 'string' || name === '') {
      throw new FilterError(
        'FILTER_INVALID_OPTIONS',
        `${at}.name`,
        `an option name must be text, got ${describe(name)}`,
      );
    }
    // The article (and the Go client) write a lone value without brackets; read it as a list of one.
    if (isFilterValue(value)) return { name, value: [value] };
    if (!Array.isArray(value)) {
      throw new FilterError(
        'FILTER_INVALID_OPTIONS',
        `${at}.value`,
        `an option value must be a list (the API wants brackets: value: ['…']), got ${describe(value)}`,
      );
    }
    value.forEach((item: unknown, itemIndex) => {
      if (!isFilterValue(item)) {
        throw new FilterError(
          'FILTER_INVALID_OPTIONS',
          `${at}.value[${itemIndex}]`,
          `option values must be text or finite numbers, got ${describe(item)}`,
        );
      }
    });
    return { name, value: value as FilterValue[] };
  });
}

/** The options by name, each name at most once and only from `allowed`. */
function optionsByName(
  options: readonly FilterOption[],
  allowed: readonly string[],
  operation: string,
  path: string,
): Map<string, { values: readonly FilterValue[]; at: string }> {
  const byName = new Map<string, { values: readonly FilterValue[]; at: string }>();
  options.forEach((option, index) => {
    const at = `${path}.options[${index}]`;
    if (!allowed.includes(option.name)) {
      throw new FilterError(
        'FILTER_INVALID_OPTIONS',
        `${at}.name`,
        `${operation} takes the options ${allowed.join(', ')}, not '${option.name}'`,
      );
    }
    if (byName.has(option.name)) {
      throw new FilterError('FILTER_INVALID_OPTIONS', `${at}.name`, `option '${option.name}' is given twice`);
    }
    byName.set(option.name, { values: option.value, at: `${at}.value` });
  });
  return byName;
}

function requireDate(
  byName: Map<string, { values: readonly FilterValue[]; at: string }>,
  name: string,
  operation: string,
  path: string,
): DatePoint {
  const option = byName.get(name);
  if (!option) {
    throw new FilterError(
      'FILTER_INVALID_OPTIONS',
      `${path}.options`,
      `${operation} needs the option '${name}'`,
    );
  }
  if (option.values.length !== 1) {
    throw new FilterError(
      'FILTER_INVALID_OPTIONS',
      option.at,
      `option '${name}' takes exactly one date, got ${option.values.length}`,
    );
  }
  const text = option.values[0];
  const point = typeof text === 'string' ? parseDatePoint(text) : undefined;
  if (!point) {
    throw new FilterError(
      'FILTER_INVALID_DATE',
      `${option.at}[0]`,
      `${describe(text)} is not a date: use 'MM/DD/YYYY HH:mm:ss' (or ISO 8601 such as 2023-04-01T00:00:00-06:00)`,
    );
  }
  return point;
}

function parseSortDirection(value: FilterValue, at: string): SortDirection {
  const upper = String(value).trim().toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') {
    throw new FilterError('FILTER_INVALID_OPTIONS', at, `sort must be ASC or DESC, got ${describe(value)}`);
  }
  return upper;
}

function parseNamedOperation(
  name: string,
  options: readonly FilterOption[],
  path: string,
  depth: number,
): ParsedCondition {
  switch (name) {
    case 'in': {
      const data = optionsByName(options, ['data'], 'in', path).get('data');
      if (!data)
        throw new FilterError('FILTER_INVALID_OPTIONS', `${path}.options`, `in needs the option 'data'`);
      return { kind: 'in', values: data.values };
    }
    case 'orderBy': {
      const byName = optionsByName(options, ['sort', 'sortOrder'], 'orderBy', path);
      const sort = byName.get('sort');
      const sortOrder = byName.get('sortOrder');
      if (sort && sort.values.length !== 1) {
        throw new FilterError('FILTER_INVALID_OPTIONS', sort.at, 'sort takes exactly one value, ASC or DESC');
      }
      let priority: number | undefined;
      if (sortOrder) {
        const value = sortOrder.values.length === 1 ? Number(sortOrder.values[0]) : Number.NaN;
        if (!Number.isInteger(value)) {
          throw new FilterError(
            'FILTER_INVALID_OPTIONS',
            sortOrder.at,
            'sortOrder takes exactly one integer',
          );
        }
        priority = value;
      }
      const direction = sort ? parseSortDirection(sort.values[0]!, `${sort.at}[0]`) : 'ASC';
      return { kind: 'orderBy', direction, priority };
    }
    case 'isDate':
    case 'lessThanDate':
    case 'greaterThanDate': {
      const byName = optionsByName(options, ['date'], name, path);
      return { kind: 'date', operation: name, dates: [requireDate(byName, 'date', name, path)] };
    }
    case 'betweenDate': {
      const byName = optionsByName(options, ['startDate', 'endDate'], name, path);
      const start = requireDate(byName, 'startDate', name, path);
      const end = requireDate(byName, 'endDate', name, path);
      return { kind: 'date', operation: name, dates: [start, end] };
    }
    default: {
      // 'or' and 'and': every value of the 'data' option is an operation of its own.
      const kind = name === 'or' ? 'or' : 'and';
      const data = optionsByName(options, ['data'], name, path).get('data');
      if (!data || data.values.length === 0) {
        throw new FilterError(
          'FILTER_INVALID_OPTIONS',
          `${path}.options`,
          `${name} needs a non-empty 'data' option`,
        );
      }
      const conditions = data.values.map((value, index) =>
        parseOperation(value, undefined, `${data.at}[${index}]`, depth + 1),
      );
      return { kind, conditions };
    }
  }
}

/**
 * Reads one `operation` (with its `options`) into what it means; throws `FilterError` naming `path` when it is
 * not an operation the API knows.
 */
export function parseOperation(
  operation: unknown,
  options: readonly FilterOption[] | undefined,
  path: string,
  depth: number = 0,
): ParsedCondition {
  if (depth > 8) throw new FilterError('FILTER_TOO_DEEP', path, 'or/and operations nest too deeply');
  if (typeof operation === 'number') {
    if (!Number.isFinite(operation)) {
      throw new FilterError(
        'FILTER_INVALID_OPERATION',
        path,
        `operation must be a finite number, got ${operation}`,
      );
    }
    if (options && options.length > 0) {
      throw new FilterError('FILTER_UNKNOWN_OPERATION', path, `operation ${operation} takes no options`);
    }
    return { kind: 'compare', operator: '=', operand: operation };
  }
  if (typeof operation !== 'string') {
    throw new FilterError(
      'FILTER_INVALID_OPERATION',
      path,
      `operation must be text or a number, got ${describe(operation)}`,
    );
  }
  const text = operation.trim();
  const named = NAMED_OPERATIONS.get(text.toLowerCase());
  if (named !== undefined) {
    return parseNamedOperation(named, options ?? [], path, depth);
  }
  if (options && options.length > 0) {
    throw new FilterError(
      'FILTER_UNKNOWN_OPERATION',
      path,
      `operation ${describe(operation)} takes no options; the operations with options are ${[...NAMED_OPERATIONS.values()].join(', ')}`,
    );
  }
  const nullMatch = NULL_OPERATION.exec(text);
  if (nullMatch) return { kind: 'null', isNull: nullMatch[1]!.toLowerCase() === 'is' };
  for (const operator of PREFIX_OPERATORS) {
    if (!text.startsWith(operator)) continue;
    const operand = text.slice(operator.length).trim();
    if (TEXT_OPERATORS.has(operator)) return { kind: 'text', operator: operator as TextOperator, operand };
    const relative = RELATIVE_DATE.exec(operand);
    if (relative) {
      const days = relative[2] === undefined ? 0 : Number(relative[2]) * (relative[1] === '-' ? -1 : 1);
      return { kind: 'relativeDate', operator: operator as ComparisonOperator, days };
    }
    return { kind: 'compare', operator: operator as ComparisonOperator, operand };
  }
  return { kind: 'compare', operator: '=', operand: text };
}

/** Reads one condition (`{ operation, options }`) into what it means; throws `FilterError` when it is invalid. */
export function parseCondition(condition: FilterCondition): ParsedCondition {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    throw new FilterError(
      'FILTER_NOT_AN_OBJECT',
      '',
      'a condition must be an object { operation, options? }',
    );
  }
  const options = condition.options === undefined ? undefined : readOptions(condition.options, 'options');
  return parseOperation(condition.operation, options, '');
}
