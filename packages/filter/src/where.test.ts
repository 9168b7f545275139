import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FilterError } from './filter-error';
import { op } from './op';
import { parseCondition } from './parse-condition';
import { isFilterCondition } from './read-filter';
import { validateFilter } from './validate-filter';
import { where } from './where';

describe('where', () => {
  it('nests every builder of op under the path', () => {
    for (const name of Object.keys(op) as (keyof typeof op)[]) {
      expect(typeof where('a.b')[name], name).toBe('function');
    }
    expect(where('a.b').condition({ operation: 'x' })).toEqual({ a: { b: { operation: 'x' } } });
    expect(where('id').in([1, 2])).toEqual({ id: op.in([1, 2]) });
  });

  it('keeps __proto__ as a plain property name', () => {
    const filter = where('__proto__.id').eq(1);
    expect(Object.keys(filter)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(filter)).toBe(Object.prototype);
    expect(validateFilter(filter)).toBe(filter);
  });

  it.each(['', 'a..b', '.a', 'a.', ' a', 'a. b'])('rejects the path %j', (path) => {
    expect(() => where(path)).toThrow(expect.objectContaining({ code: 'FILTER_INVALID_PATH' }));
  });

  it('puts the path into the errors of the builders', () => {
    expect(() => where('virtualGuests.createDate').isDate('2023-02-30')).toThrow(
      expect.objectContaining({ code: 'FILTER_INVALID_DATE', path: 'virtualGuests.createDate' }),
    );
  });
});

describe('isFilterCondition', () => {
  it('tells a condition from a level', () => {
    expect(isFilterCondition(op.eq(1))).toBe(true);
    expect(isFilterCondition({ operation: null })).toBe(true);
    expect(isFilterCondition({ operation: { name: op.eq(1) } })).toBe(false);
    expect(isFilterCondition(where('a').eq(1))).toBe(false);
    expect(isFilterCondition([op.eq(1)])).toBe(false);
    expect(isFilterCondition(null)).toBe(false);
    expect(isFilterCondition('x')).toBe(false);
  });
});

describe('op', () => {
  it('writes conditions that read back as themselves', () => {
    expect(parseCondition(op.ne(5))).toEqual({ kind: 'compare', operator: '!=', operand: '5' });
    expect(parseCondition(op.gte(new Date('2023-04-01T00:00:00Z')))).toEqual({
      kind: 'compare',
      operator: '>=',
      operand: '04/01/2023 00:00:00',
    });
    expect(parseCondition(op.notEndsWith('x'))).toEqual({ kind: 'text', operator: '!$=', operand: 'x' });
    expect(parseCondition(op.containsInsensitive('x'))).toEqual(parseCondition(op.eqIgnoreCase('x')));
    expect(parseCondition(op.orderBy())).toEqual({ kind: 'orderBy', direction: 'ASC', priority: undefined });
  });

  it('writes text that reads back as the same operation and operand, or throws FilterError (property)', () => {
    const textBuilders = [
      ['_=', op.eqIgnoreCase],
      ['*=', op.contains],
      ['!*=', op.notContains],
      ['^=', op.startsWith],
      ['!^=', op.notStartsWith],
      ['$=', op.endsWith],
      ['!$=', op.notEndsWith],
      ['~', op.like],
      ['!~', op.notLike],
    ] as const;
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer(), (text, number) => {
        for (const [operator, build] of textBuilders) {
          expect(parseCondition(build(text))).toEqual({ kind: 'text', operator, operand: text.trim() });
        }
        try {
          expect(parseCondition(op.eq(text))).toEqual({
            kind: 'compare',
            operator: '=',
            operand: text.trim(),
          });
        } catch (error) {
          expect(error).toBeInstanceOf(FilterError);
        }
        expect(parseCondition(op.eq(number))).toEqual({ kind: 'compare', operator: '=', operand: number });
        expect(parseCondition(op.lte(number))).toEqual({
          kind: 'compare',
          operator: '<=',
          operand: String(number),
        });
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['eq(NaN)', () => op.eq(Number.NaN)],
    ['eq of an operation', () => op.eq('is null')],
    ['eq of a named operation', () => op.eq('betweenDate')],
    ['gt(Infinity)', () => op.gt(Number.POSITIVE_INFINITY)],
    ['lastDays(-1)', () => op.lastDays(-1)],
    ['in(not a list)', () => op.in('1,2' as unknown as string[])],
    ['in([NaN])', () => op.in([Number.NaN])],
    ['orderBy(up)', () => op.orderBy('up' as 'ASC')],
    ['orderBy priority 1.5', () => op.orderBy('ASC', 1.5)],
    ['contains(a number)', () => op.contains(5 as unknown as string)],
  ])('throws FilterError for %s', (_what, build) => {
    expect(build).toThrow(FilterError);
  });
});
