import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter } from './compile-filter';
import { matchesFilter, matchFilter } from './match-filter';
import { mergeFilters } from './merge-filters';
import { op } from './op';
import type { FilterCondition, ObjectFilter } from './types';
import { where } from './where';

const text = fc.constantFrom('web1', 'WEB2', 'db', 'dal05', '', '10', '2023-04-01T12:34:56-06:00');
const scalar = fc.oneof(text, fc.integer({ min: -5, max: 5 }), fc.boolean(), fc.constant(null));
const guest = fc.record(
  {
    id: fc.integer({ min: 1, max: 9 }),
    hostname: scalar,
    createDate: fc.oneof(
      scalar,
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    ),
    datacenter: fc.oneof(fc.constant(null), fc.record({ name: scalar }, { requiredKeys: [] })),
    tagReferences: fc.array(fc.record({ tag: fc.record({ name: scalar }) }), { maxLength: 3 }),
  },
  { requiredKeys: ['id'] },
);
const condition: fc.Arbitrary<FilterCondition> = fc.oneof(
  scalar
    .filter((value) => value !== null && typeof value !== 'boolean')
    .map((value) => op.eq(value as string)),
  text.map(op.ne),
  fc.integer({ min: -5, max: 5 }).map(op.gte),
  fc.constant(op.isNull()),
  fc.constant(op.notNull()),
  text.map(op.contains),
  text.map(op.notLike),
  text.map(op.startsWith),
  fc
    .array(
      scalar.filter((value) => typeof value === 'string' || typeof value === 'number'),
      { maxLength: 3 },
    )
    .map((values) => op.in(values as string[])),
  fc.constant(op.betweenDate('01/01/2000', '12/31/2030 23:59:59')),
  fc.constant(op.lastDays(3650)),
  fc.constantFrom(op.orderBy('ASC'), op.orderBy('DESC'), op.orderBy('DESC', 1)),
);
const path = fc.constantFrom(
  'id',
  'hostname',
  'createDate',
  'datacenter.name',
  'tagReferences.tag.name',
  'absent',
);
const filter: fc.Arbitrary<ObjectFilter> = fc
  .array(fc.tuple(path, condition), { maxLength: 3 })
  .map((pairs) => {
    // One condition per path: a later one replaces an earlier one, as mergeFilters does.
    return mergeFilters(...pairs.map(([at, leaf]) => where(at).condition(leaf)));
  });

const countBy = <T>(items: readonly T[]): Map<T, number> => {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
};

describe('matchFilter (properties)', () => {
  it('returns a sub-multiset of its input, exactly the items that match, without changing the input', () => {
    fc.assert(
      fc.property(fc.array(guest, { maxLength: 12 }), filter, (input, objectFilter) => {
        const withRepeats = [...input, ...input.slice(0, 2)];
        const before = JSON.stringify(withRepeats);
        const result = matchFilter(withRepeats, objectFilter);
        expect(JSON.stringify(withRepeats)).toBe(before);
        const inputCounts = countBy(withRepeats);
        for (const [item, count] of countBy(result))
          expect(count).toBeLessThanOrEqual(inputCounts.get(item) ?? 0);
        const expected = withRepeats.filter((item) => matchesFilter(item, objectFilter));
        expect(result.length).toBe(expected.length);
        if (compileFilter(objectFilter).orderBy.length === 0) expect(result).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('sorts into an order where each rule holds, and sorting again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(guest, { maxLength: 12 }), filter, (input, objectFilter) => {
        const compiled = compileFilter(objectFilter);
        const once = compiled.apply(input);
        expect(compiled.sort(once)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });
});
