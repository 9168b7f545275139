import { buildFilterOrderBy, mergeFilters, type ObjectFilter, queryFilter } from '@sl/filter';
import { CliError } from '../../cli-error';

/** `-f` shorthand, as slcli reads it: `a.b IN x,y` (a list) first, else `a.b=value` with `queryFilter`'s operators. */
function shorthandFilter(expression: string): ObjectFilter {
  let key: string;
  let condition: unknown;
  const inAt = expression.indexOf(' IN ');
  const eqAt = expression.indexOf('=');
  if (inAt >= 0) {
    key = expression.slice(0, inAt);
    const values = expression
      .slice(inAt + 4)
      .split(',')
      .map((part) => part.trim());
    condition = { operation: 'in', options: [{ name: 'data', value: values }] };
  } else if (eqAt >= 0) {
    key = expression.slice(0, eqAt);
    condition = queryFilter(expression.slice(eqAt + 1).trim());
  } else {
    throw new CliError(`Failed to find valid operation for: ${expression}`);
  }
  const parts = key.split('.').map((part) => part.trim());
  let level: unknown = condition;
  for (let i = parts.length - 1; i >= 0; i--) level = { [parts[i] ?? '']: level };
  return level as ObjectFilter;
}

/** `--json-filter`: a JSON object, else exit 2 saying why. */
export function parseJsonFilter(text: string): ObjectFilter {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CliError(`"${text}" is not valid JSON. ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CliError(
      `"${text}" should be a JSON object, but is a ${Array.isArray(parsed) ? 'list' : typeof parsed} instead.`,
    );
  }
  return parsed as ObjectFilter;
}

/**
 * The object filter of `call-api`: the `-f` shorthands merged, then `--orderBy` (DESC unless `=ASC`), and the
 * `--json-filter` under them (the shorthands win on the same property, as in slcli). Undefined when empty.
 */
export function buildCallFilter(options: {
  filters: readonly string[];
  orderBy?: string | undefined;
  jsonFilter?: string | undefined;
}): ObjectFilter | undefined {
  if (options.filters.length > 0 && options.jsonFilter) {
    throw new CliError('--filter and --json-filter cannot be used together.');
  }
  let filter = mergeFilters({}, ...options.filters.map(shorthandFilter));
  if (options.orderBy) filter = mergeFilters(filter, buildFilterOrderBy(options.orderBy));
  if (options.jsonFilter) filter = mergeFilters(parseJsonFilter(options.jsonFilter), filter);
  return Object.keys(filter).length === 0 ? undefined : filter;
}
