import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FilterError, type FilterErrorCode } from './filter-error';
import { validateFilter } from './validate-filter';

const deep = (levels: number): unknown => {
  let filter: unknown = { id: { operation: 1 } };
  for (let i = 0; i < levels; i++) filter = { a: filter };
  return filter;
};

// [what, filter, code, path]
const INVALID: readonly (readonly [string, unknown, FilterErrorCode, string])[] = [
  ['not an object', 'virtualGuests', 'FILTER_NOT_AN_OBJECT', ''],
  ['an array at the root', [], 'FILTER_NOT_AN_OBJECT', ''],
  ['null at the root', null, 'FILTER_NOT_AN_OBJECT', ''],
  ['a condition at the root', { operation: 'dal05' }, 'FILTER_INVALID', ''],
  [
    'a level that is text',
    { virtualGuests: { datacenter: 'dal05' } },
    'FILTER_NOT_AN_OBJECT',
    'virtualGuests.datacenter',
  ],
  [
    'a level that is a list',
    { virtualGuests: [{ id: { operation: 1 } }] },
    'FILTER_NOT_AN_OBJECT',
    'virtualGuests',
  ],
  ['a level that is a number', { a: { b: 5 } }, 'FILTER_NOT_AN_OBJECT', 'a.b'],
  ['an empty property name', { a: { '': { operation: 1 } } }, 'FILTER_INVALID_PATH', 'a'],
  ['operation null', { a: { operation: null } }, 'FILTER_INVALID_OPERATION', 'a'],
  ['operation boolean', { a: { operation: true } }, 'FILTER_INVALID_OPERATION', 'a'],
  ['operation NaN', { a: { operation: Number.NaN } }, 'FILTER_INVALID_OPERATION', 'a'],
  ['a condition with other keys', { a: { operation: 1, value: 2 } }, 'FILTER_INVALID', 'a'],
  [
    'options on a plain value',
    { a: { operation: 'dal05', options: [{ name: 'data', value: [1] }] } },
    'FILTER_UNKNOWN_OPERATION',
    'a',
  ],
  [
    'an unknown operation with options',
    { a: { b: { operation: 'notIn', options: [{ name: 'data', value: [1] }] } } },
    'FILTER_UNKNOWN_OPERATION',
    'a.b',
  ],
  [
    'options not a list',
    { a: { operation: 'in', options: { data: [1] } } },
    'FILTER_INVALID_OPTIONS',
    'a.options',
  ],
  [
    'an option not an object',
    { a: { operation: 'in', options: ['data'] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0]',
  ],
  [
    'an option without a name',
    { a: { operation: 'in', options: [{ value: [1] }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0].name',
  ],
  [
    'an option with a misspelt key',
    { a: { operation: 'in', options: [{ name: 'data', values: [1] }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0]',
  ],
  [
    'an option value that is null',
    { a: { operation: 'in', options: [{ name: 'data', value: null }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0].value',
  ],
  [
    'an option value that is a boolean',
    { a: { operation: 'in', options: [{ name: 'data', value: true }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0].value',
  ],
  [
    'an option value that is an object',
    { a: { operation: 'in', options: [{ name: 'data', value: [1, {}] }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0].value[1]',
  ],
  ['in without data', { a: { operation: 'in' } }, 'FILTER_INVALID_OPTIONS', 'a.options'],
  [
    'in with another option',
    { a: { operation: 'in', options: [{ name: 'values', value: [1] }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0].name',
  ],
  [
    'an option given twice',
    {
      a: {
        operation: 'in',
        options: [
          { name: 'data', value: [1] },
          { name: 'data', value: [2] },
        ],
      },
    },
    'FILTER_INVALID_OPTIONS',
    'a.options[1].name',
  ],
  [
    'isDate without a date',
    { a: { operation: 'isDate', options: [] } },
    'FILTER_INVALID_OPTIONS',
    'a.options',
  ],
  [
    'a bad date',
    { a: { createDate: { operation: 'isDate', options: [{ name: 'date', value: ['13/01/2023'] }] } } },
    'FILTER_INVALID_DATE',
    'a.createDate.options[0].value[0]',
  ],
  [
    'an impossible date',
    { a: { operation: 'lessThanDate', options: [{ name: 'date', value: ['02/30/2023'] }] } },
    'FILTER_INVALID_DATE',
    'a.options[0].value[0]',
  ],
  [
    'a date that is a number',
    { a: { operation: 'greaterThanDate', options: [{ name: 'date', value: [20230401] }] } },
    'FILTER_INVALID_DATE',
    'a.options[0].value[0]',
  ],
  [
    'two dates for one',
    { a: { operation: 'isDate', options: [{ name: 'date', value: ['01/01/2023', '01/02/2023'] }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0].value',
  ],
  [
    'betweenDate without an end',
    { a: { operation: 'betweenDate', options: [{ name: 'startDate', value: ['01/01/2023'] }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options',
  ],
  [
    'orderBy with a bad sort',
    { a: { operation: 'orderBy', options: [{ name: 'sort', value: ['UP'] }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0].value[0]',
  ],
  [
    'orderBy with a bad sortOrder',
    { a: { operation: 'orderBy', options: [{ name: 'sortOrder', value: ['first'] }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0].value',
  ],
  [
    'or with an invalid inner operation',
    { a: { operation: 'or', options: [{ name: 'data', value: ['x', 'in'] }] } },
    'FILTER_INVALID_OPTIONS',
    'a.options[0].value[1].options',
  ],
  ['too deep', deep(100), 'FILTER_TOO_DEEP', `${'a.'.repeat(65).slice(0, -1)}`],
  [
    'a Date as an operation',
    { createDate: { operation: new Date(0) } },
    'FILTER_NOT_AN_OBJECT',
    'createDate.operation',
  ],
  ['a Map as a level', { a: new Map() }, 'FILTER_NOT_AN_OBJECT', 'a'],
  ['options without an operation', { a: { options: [] } }, 'FILTER_NOT_AN_OBJECT', 'a.options'],
];

const VALID: readonly (readonly [string, unknown])[] = [
  ['empty', {}],
  ['an empty level', { virtualGuests: {} }],
  ['a property named operation holding a level', { operation: { name: { operation: 'x' } } }],
  ['orderBy with no options (ASC)', { a: { operation: 'orderBy' } }],
  ['in with no values', { a: { operation: 'in', options: [{ name: 'data', value: [] }] } }],
  [
    'named operations in any case',
    {
      a: {
        operation: 'BETWEENDATE',
        options: [
          { name: 'startDate', value: ['1/1/2023 0:0:0'] },
          { name: 'endDate', value: ['2023-01-02T00:00:00.000000-06:00'] },
        ],
      },
    },
  ],
  ['an empty options list on a value', { a: { operation: 'x', options: [] } }],
  [
    'a bare option value (as the Go client sends)',
    { a: { operation: 'isDate', options: [{ name: 'date', value: '01/01/01' }] } },
  ],
  ['a bare in value', { a: { operation: 'in', options: [{ name: 'data', value: 5 }] } }],
  ['an empty operand', { a: { operation: '_= ' } }],
];

describe('validateFilter', () => {
  it.each(INVALID)('rejects %s', (_what, filter, code, path) => {
    let caught: unknown;
    try {
      validateFilter(filter);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FilterError);
    expect(caught).toMatchObject({ code, path });
    expect(FilterError.isInstance(caught)).toBe(true);
    if (path !== '') expect((caught as Error).message).toContain(`(at ${path})`);
  });

  it('rejects a cyclic filter as too deep', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.a = cyclic;
    expect(() => validateFilter(cyclic)).toThrow(expect.objectContaining({ code: 'FILTER_TOO_DEEP' }));
  });

  it.each(VALID)('accepts %s', (_what, filter) => {
    expect(validateFilter(filter)).toBe(filter);
  });

  it('returns or throws FilterError for any JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        try {
          expect(validateFilter(value)).toBe(value);
        } catch (error) {
          if (!(error instanceof FilterError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns or throws FilterError for filter-shaped values (property)', () => {
    const scalar = fc.oneof(
      fc.constantFrom(
        'in',
        'orderBy',
        'isDate',
        'betweenDate',
        'or',
        '!= x',
        '>= currentDate - 3',
        'not null',
      ),
      fc.string({ maxLength: 8 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const option = fc.record(
      {
        name: fc.oneof(fc.constantFrom('data', 'date', 'startDate', 'endDate', 'sort', 'sortOrder'), scalar),
        value: fc.oneof(fc.array(scalar, { maxLength: 3 }), scalar),
      },
      { requiredKeys: [] },
    );
    const condition = fc.record(
      { operation: scalar, options: fc.oneof(fc.array(option, { maxLength: 3 }), scalar) },
      { requiredKeys: ['operation'] },
    );
    const { level } = fc.letrec((tie) => ({
      level: fc.dictionary(fc.constantFrom('a', 'b', 'operation', 'options', '__proto__'), tie('node'), {
        maxKeys: 3,
      }),
      node: fc.oneof({ depthSize: 'small' }, condition, tie('level'), scalar),
    }));
    fc.assert(
      fc.property(level, (value) => {
        try {
          validateFilter(value);
        } catch (error) {
          if (!(error instanceof FilterError)) throw error;
          expect(error.code).toMatch(/^FILTER_/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
