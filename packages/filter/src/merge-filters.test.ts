import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FilterError } from './filter-error';
import { mergeFilters } from './merge-filters';
import { op } from './op';
import type { FilterCondition, ObjectFilter } from './types';
import { where } from './where';

const conditions: FilterCondition[] = [
  op.eq(1),
  op.eq('x'),
  op.startsWith('w'),
  op.orderBy('DESC'),
  op.in([1, 2]),
];
const { filter } = fc.letrec((tie) => ({
  filter: fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__'), tie('node'), { maxKeys: 3 }),
  node: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...conditions), tie('filter')),
})) as { filter: fc.Arbitrary<ObjectFilter> };

/** The result, or the error code: a conflict must show up whichever way the merge is grouped. */
function outcome(merge: () => ObjectFilter): ObjectFilter | string {
  try {
    return merge();
  } catch (error) {
    if (error instanceof FilterError) return error.code;
    throw error;
  }
}

describe('mergeFilters', () => {
  it('merges levels and lets the later condition win whole', () => {
    const orderBy = where('virtualGuests.id').orderBy('ASC');
    const byName = where('virtualGuests.hostname').eqIgnoreCase('web');
    expect(mergeFilters(orderBy, byName)).toEqual({
      virtualGuests: { id: op.orderBy('ASC'), hostname: { operation: '_= web' } },
    });
    const dated = where('a').betweenDate('01/01/2023', '01/02/2023');
    expect(mergeFilters(dated, where('a').eq(2))).toEqual({ a: { operation: 2 } });
  });

  it('changes none of its inputs', () => {
    const first = where('a.b').eq(1);
    const second = where('a.c').eq(2);
    const snapshot = JSON.stringify([first, second]);
    const merged = mergeFilters(first, second) as { a: object };
    expect(JSON.stringify([first, second])).toBe(snapshot);
    expect(merged.a).not.toBe(first.a);
  });

  it('keeps values that are not plain objects as they are', () => {
    const date = new Date(0);
    const merged: Record<string, unknown> = mergeFilters({
      a: { operation: date },
    } as unknown as ObjectFilter);
    expect(merged.a).toEqual({ operation: date });
    expect((merged.a as Record<string, unknown>).operation).toBe(date);
  });

  it('keeps __proto__ as a plain property', () => {
    const merged = mergeFilters(JSON.parse('{"__proto__": {"id": {"operation": 1}}}') as ObjectFilter);
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });

  it('throws on a property that is a condition in one and a level in another', () => {
    expect(() => mergeFilters(where('a.b').eq(1), where('a').isNull())).toThrow(
      expect.objectContaining({ code: 'FILTER_MERGE_CONFLICT', path: 'a' }),
    );
    expect(() => mergeFilters(where('a').isNull(), where('a.b.c').eq(1))).toThrow(FilterError);
    expect(() => mergeFilters(op.eq(1) as unknown as ObjectFilter)).toThrow(FilterError);
  });

  it('throws FilterError, not a stack overflow, on a cyclic filter', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.a = cyclic;
    expect(() => mergeFilters(cyclic as ObjectFilter)).toThrow(
      expect.objectContaining({ code: 'FILTER_TOO_DEEP' }),
    );
    expect(() => mergeFilters({ a: {} }, cyclic as ObjectFilter)).toThrow(FilterError);
  });

  it('is associative (property)', () => {
    fc.assert(
      fc.property(filter, filter, filter, (a, b, c) => {
        expect(outcome(() => mergeFilters(mergeFilters(a, b), c))).toEqual(
          outcome(() => mergeFilters(a, mergeFilters(b, c))),
        );
        expect(outcome(() => mergeFilters(a, b, c))).toEqual(
          outcome(() => mergeFilters(mergeFilters(a, b), c)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent, and the identity on one filter (property)', () => {
    fc.assert(
      fc.property(filter, (a) => {
        expect(mergeFilters(a, a)).toEqual(a);
        expect(mergeFilters(a)).toEqual(a);
        expect(mergeFilters(a, {})).toEqual(a);
        expect(mergeFilters({}, a)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('is commutative where no leaf is set twice, up to key order (property)', () => {
    const sorted = (value: unknown): string =>
      JSON.stringify(value, (_key, inner: unknown) =>
        inner && typeof inner === 'object' && !Array.isArray(inner)
          ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : 1)))
          : inner,
      );
    fc.assert(
      fc.property(filter, filter, (a, b) => {
        const ab = outcome(() => mergeFilters(a, b));
        const ba = outcome(() => mergeFilters(b, a));
        if (typeof ab === 'string' || typeof ba === 'string') {
          expect(ab).toEqual(ba);
          return;
        }
        // Where both set the same leaf differently, the later wins, so only compare when they agree.
        const agree = sorted(mergeFilters(ab, ba)) === sorted(ab);
        if (agree) expect(sorted(ab)).toBe(sorted(ba));
      }),
      { numRuns: 200 },
    );
  });
});
