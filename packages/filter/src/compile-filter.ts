import { compileCondition, type ValueTest } from './compile-condition';
import type { ParsedCondition } from './parse-condition';
import { type FilterNode, readFilter } from './read-filter';
import { compareSortKeys, type SortKey, toSortKey } from './sort-key';
import type { ObjectFilter, SortDirection } from './types';

export interface MatchOptions {
  /** The moment `currentDate` / `sysdate` means in relative date operations. Default: now. */
  readonly now?: Date;
}

/** One `orderBy` found in a filter, in the order the matcher applies them. */
export interface OrderByRule {
  /** Property names from the filter's root, e.g. `['datacenter', 'name']`. */
  readonly path: readonly string[];
  readonly direction: SortDirection;
  /** The `sortOrder` option, when given (lower sorts first). */
  readonly priority: number | undefined;
}

/** A filter checked and compiled once, to test many objects. */
export interface CompiledFilter {
  /** The `orderBy` rules, by precedence. */
  readonly orderBy: readonly OrderByRule[];
  /** True when `item` satisfies every condition. */
  matches(item: unknown): boolean;
  /** A new array of the items ordered by the `orderBy` rules (stable; the input order breaks ties). */
  sort<T>(items: readonly T[]): T[];
  /** The matching items, ordered: `sort(items.filter(matches))`. */
  apply<T>(items: readonly T[]): T[];
}

function property(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * A reader of one property. Names that `Object.prototype` has (`constructor`, `toString`, `__proto__`…) are read
 * as own properties only; any other name cannot reach the prototype of a plain object, so it is read directly.
 */
function propertyReader(key: string): (value: unknown) => unknown {
  if (key in Object.prototype) return (value) => property(value, key);
  return (value) =>
    value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** Arrays inside arrays are followed this deep, no deeper (a cycle must not hang or overflow the stack). */
const MAX_ARRAY_NESTING = 8;

/** A test of one value that, given an array (a to-many relation), passes when any element passes. */
function spreadArrays(test: ValueTest): ValueTest {
  const spread = (value: unknown, depth: number): boolean => {
    if (!Array.isArray(value)) return test(value);
    if (value.length === 0) return test(undefined);
    if (depth >= MAX_ARRAY_NESTING) return false;
    for (const element of value) {
      if (spread(element, depth + 1)) return true;
    }
    return false;
  };
  return (value) => (Array.isArray(value) ? spread(value, 0) : test(value));
}

function compileNode(
  node: FilterNode,
  now: Date,
  orderBy: OrderByRule[],
  path: readonly string[],
): ValueTest {
  if (node.kind === 'condition') {
    collectOrderBy(node.condition, path, orderBy);
    return spreadArrays(compileCondition(node.condition, now));
  }
  const tests: ValueTest[] = [];
  for (const [key, child] of node.children) {
    const test = compileNode(child, now, orderBy, [...path, key]);
    if (child.kind === 'condition' && child.condition.kind === 'orderBy') continue;
    const read = propertyReader(key);
    tests.push((value) => test(read(value)));
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return spreadArrays(tests[0]!);
  return spreadArrays((value) => tests.every((test) => test(value)));
}

function collectOrderBy(condition: ParsedCondition, path: readonly string[], orderBy: OrderByRule[]): void {
  if (condition.kind === 'orderBy') {
    orderBy.push({ path, direction: condition.direction, priority: condition.priority });
  }
}

/** The first element of an array (of arrays…), followed at most `MAX_ARRAY_NESTING` deep. */
function firstElement(value: unknown): unknown {
  for (let depth = 0; Array.isArray(value); depth++) {
    if (depth >= MAX_ARRAY_NESTING) return undefined;
    value = value[0];
  }
  return value;
}

/** The value a sort reads: the first element where the path crosses an array. */
function sortValue(item: unknown, path: readonly string[]): unknown {
  let value = item;
  for (const key of path) value = property(firstElement(value), key);
  return firstElement(value);
}

function byPrecedence(rules: OrderByRule[]): OrderByRule[] {
  // Stable: rules without sortOrder keep the order they appear in, after every rule with one.
  return rules.sort(
    (a, b) => (a.priority ?? Number.POSITIVE_INFINITY) - (b.priority ?? Number.POSITIVE_INFINITY),
  );
}

/**
 * Checks `filter` (throwing `FilterError` like `validateFilter`) and compiles it, at the level of the objects
 * tested (use `filterForProperty` to unwrap `{ virtualGuests: … }` first).
 */
export function compileFilter(filter: ObjectFilter, options: MatchOptions = {}): CompiledFilter {
  const now = options.now ?? new Date();
  const rules: OrderByRule[] = [];
  const matches = compileNode(readFilter(filter), now, rules, []);
  const orderBy = byPrecedence(rules);
  const sort = <T>(items: readonly T[]): T[] => {
    if (orderBy.length === 0) return [...items];
    // One column of keys per rule, read once per item; the sort then moves only indexes.
    const columns = orderBy.map((rule) => ({
      keys: items.map((item): SortKey => toSortKey(sortValue(item, rule.path))),
      sign: rule.direction === 'DESC' ? -1 : 1,
    }));
    const indexes = items.map((_item, index) => index);
    indexes.sort((a, b) => {
      for (const { keys, sign } of columns) {
        const order = compareSortKeys(keys[a]!, keys[b]!);
        if (order !== 0) return sign * order;
      }
      return a - b;
    });
    return indexes.map((index) => items[index]!);
  };
  return {
    orderBy,
    matches,
    sort,
    apply: <T>(items: readonly T[]): T[] => sort(items.filter((item) => matches(item))),
  };
}
