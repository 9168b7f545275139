import { loadManagerCalls, loadWireVectors, untag } from '@sl/test-kit';
import { describe, expect, it } from 'vitest';
import {
  type FilterCondition,
  mergeFilters,
  type ObjectFilter,
  op,
  type ParsedCondition,
  parseCondition,
  validateFilter,
  where,
} from '../src/index';

/** Rebuilds one condition with the builders, from what it means. */
function rebuildCondition(condition: FilterCondition): FilterCondition {
  const parsed: ParsedCondition = parseCondition(condition);
  const dates = (condition.options ?? []).map((option) => String(option.value[0]));
  switch (parsed.kind) {
    case 'compare': {
      const builders = { '=': op.eq, '!=': op.ne, '>': op.gt, '>=': op.gte, '<': op.lt, '<=': op.lte };
      return builders[parsed.operator](parsed.operand);
    }
    case 'text': {
      const builders = {
        '_=': op.eqIgnoreCase,
        '*=': op.contains,
        '!*=': op.notContains,
        '^=': op.startsWith,
        '!^=': op.notStartsWith,
        '$=': op.endsWith,
        '!$=': op.notEndsWith,
        '~': op.like,
        '!~': op.notLike,
      };
      return builders[parsed.operator](parsed.operand);
    }
    case 'null':
      return parsed.isNull ? op.isNull() : op.notNull();
    case 'in':
      return op.in(parsed.values);
    case 'orderBy':
      return op.orderBy(parsed.direction, parsed.priority);
    case 'date':
      return parsed.operation === 'betweenDate'
        ? op.betweenDate(dates[0]!, dates[1]!)
        : op[parsed.operation](dates[0]!);
    default:
      throw new Error(`no builder for ${parsed.kind} in the vectors`);
  }
}

/** Rebuilds a whole filter as `mergeFilters(where(path).…, …)`, one `where` per condition. */
function rebuild(filter: ObjectFilter, path: string[] = []): ObjectFilter[] {
  return Object.entries(filter).flatMap(([key, value]) =>
    'operation' in value && typeof value.operation !== 'object'
      ? [where([...path, key].join('.')).condition(rebuildCondition(value as FilterCondition))]
      : rebuild(value as ObjectFilter, [...path, key]),
  );
}

const wireFilters = loadWireVectors()
  .filter((vector) => vector.call.kwargs?.filter !== undefined)
  .map((vector) => [vector.name, untag(vector.call.kwargs!.filter)] as const);

const managerFilters = loadManagerCalls().flatMap((managerCase) =>
  managerCase.calls
    .filter((call) => call.filter !== undefined && call.filter !== null)
    .map((call) => [`${managerCase.name} → ${call.service}::${call.method}`, untag(call.filter)] as const),
);

describe('conformance: the filters the reference client sends', () => {
  it('has the vectors', () => {
    expect(wireFilters.length).toBeGreaterThanOrEqual(4);
    expect(managerFilters.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...wireFilters, ...managerFilters])(
    '%s: valid, and the builders write it exactly',
    (_name, filter) => {
      const valid = validateFilter(filter);
      expect(mergeFilters(...rebuild(valid))).toEqual(filter);
    },
  );

  it('writes the wire vectors with the builders, as a person would', () => {
    const byName = new Map(wireFilters);
    expect(byName.get('filter-equals-nested')).toEqual(where('virtualGuests.datacenter.name').eq('dal05'));
    expect(byName.get('filter-int-operation')).toEqual(where('virtualGuests.id').eq(1234));
    expect(byName.get('filter-betweenDate-options')).toEqual(
      where('tickets.createDate').betweenDate('03/01/2013 0:0:0', '03/15/2013 23:59:59'),
    );
    expect(byName.get('filter-in-orderby')).toEqual(
      mergeFilters(where('virtualGuests.id').in([1, 2, 3]), where('virtualGuests.hostname').orderBy('DESC')),
    );
  });
});
