import { describe, expect, it } from 'vitest';
import { compileFilter } from './compile-filter';
import { FilterError } from './filter-error';
import { filterForProperty } from './filter-for-property';
import { matchesFilter, matchFilter } from './match-filter';
import { op } from './op';
import type { ObjectFilter } from './types';
import { where } from './where';

const guests = [
  {
    id: 1,
    hostname: 'web1',
    domain: 'example.com',
    maxMemory: 1024,
    maxCpu: 2,
    status: 'ACTIVE',
    hourlyBillingFlag: true,
    datacenter: { name: 'dal05' },
    createDate: '2023-04-01T12:34:56-06:00',
    tagReferences: [
      { id: 10, tag: { name: 'prod' } },
      { id: 11, tag: { name: 'web' } },
    ],
    sparePoolBillingItem: null,
    notes: 'Primary Web',
  },
  {
    id: 2,
    hostname: 'WEB2',
    domain: 'example.org',
    maxMemory: 2048,
    maxCpu: 4,
    status: 'ACTIVE',
    hourlyBillingFlag: false,
    datacenter: { name: 'dal10' },
    createDate: '2023-04-15T08:00:00-05:00',
    tagReferences: [{ id: 20, tag: { name: 'dev' } }],
    notes: 'secondary',
  },
  {
    id: 3,
    hostname: 'db1',
    domain: 'example.com',
    maxMemory: 4096,
    maxCpu: 8,
    status: 'INACTIVE',
    hourlyBillingFlag: true,
    datacenter: { name: 'wdc01' },
    createDate: '2023-05-01T00:00:00.123456-06:00',
    tagReferences: [],
    sparePoolBillingItem: { id: 77 },
  },
  {
    id: 4,
    hostname: 'db2',
    domain: 'test.net',
    maxMemory: 1024,
    maxCpu: 1,
    status: 'ACTIVE',
    datacenter: null,
    tagReferences: [{ id: 40, tag: { name: 'prod' } }],
    notes: '',
    accountId: '4',
  },
] as const;

const NOW = new Date('2023-05-10T00:00:00Z');
const ids = (filter: ObjectFilter): number[] =>
  matchFilter(guests, filter, { now: NOW }).map((guest) => guest.id);

// [what, filter, the ids that match (in order)] — the README's semantics table, as tests.
const CASES: readonly (readonly [string, ObjectFilter, number[]])[] = [
  ['empty filter: everything', {}, [1, 2, 3, 4]],
  ['equals text', where('hostname').eq('web1'), [1]],
  ['equals text is case-sensitive', where('hostname').eq('WEB1'), []],
  ['equals int', where('maxMemory').eq(1024), [1, 4]],
  ['numeric text against a number compares as numbers', where('maxMemory').eq('1024.0'), [1, 4]],
  ['a number against numeric text compares as numbers', where('accountId').eq(4), [4]],
  ['text against text compares as text', where('accountId').eq('04'), []],
  ['booleans are 1 and 0', where('hourlyBillingFlag').eq(1), [1, 3]],
  ['booleans are 1 and 0 (false)', where('hourlyBillingFlag').eq(0), [2]],
  ['!= excludes null and missing (SQL)', where('datacenter.name').ne('dal05'), [2, 3]],
  ['>', where('maxCpu').gt(2), [2, 3]],
  ['>=', where('maxCpu').gte(2), [1, 2, 3]],
  ['<', where('maxCpu').lt(2), [4]],
  ['<=', where('maxCpu').lte(2), [1, 4]],
  ['a number cannot compare with non-numeric text', where('maxCpu').gt('abc'), []],
  ['is null: null parent', where('datacenter.name').isNull(), [4]],
  ['is null: null or missing relation', where('sparePoolBillingItem').isNull(), [1, 2, 4]],
  ['is null: missing property', where('createDate').isNull(), [4]],
  ['not null', where('createDate').notNull(), [1, 2, 3]],
  ['not null (spelled NOT NULL)', { sparePoolBillingItem: { id: { operation: 'NOT NULL' } } }, [3]],
  ['_= equals ignoring case', where('datacenter.name').eqIgnoreCase('DAL05'), [1]],
  ['_= equals ignoring case (2)', where('hostname').eqIgnoreCase('web2'), [2]],
  ['*= contains ignoring case', where('hostname').contains('EB'), [1, 2]],
  ['*= contains ignoring case (2)', where('notes').contains('web'), [1]],
  ['!*= excludes missing', where('notes').notContains('web'), [2, 4]],
  ['^= starts with ignoring case', where('hostname').startsWith('WEB'), [1, 2]],
  ['!^=', where('hostname').notStartsWith('db'), [1, 2]],
  ['$= ends with ignoring case', where('hostname').endsWith('1'), [1, 3]],
  ['!$=', where('hostname').notEndsWith('1'), [2, 4]],
  ['~ contains, case-sensitive', where('hostname').like('WEB'), [2]],
  ['~ contains, case-sensitive (2)', where('hostname').like('web'), [1]],
  ['!~ does not contain, case-sensitive', where('hostname').notLike('web'), [2, 3, 4]],
  ['text operations read numbers as text', where('maxMemory').startsWith('10'), [1, 4]],
  ['in', where('datacenter.name').in(['dal05', 'wdc01']), [1, 3]],
  ['in with numbers and numeric text', where('id').in([2, '3']), [2, 3]],
  ['to-many: any element', where('tagReferences.tag.name').eq('prod'), [1, 4]],
  ['to-many: != is any element that differs', where('tagReferences.tag.name').ne('prod'), [1, 2]],
  ['to-many: an empty list is null', where('tagReferences.tag.name').isNull(), [3]],
  [
    'to-many: conditions at one level hold for the same element',
    { tagReferences: { id: { operation: 10 }, tag: { name: { operation: 'web' } } } },
    [],
  ],
  [
    'to-many: conditions at one level hold for the same element (2)',
    { tagReferences: { id: { operation: 11 }, tag: { name: { operation: 'web' } } } },
    [1],
  ],
  ['several properties: all must hold', { status: op.eq('ACTIVE'), domain: op.endsWith('.com') }, [1]],
  ['a path that is not there', where('nothing.here').eq('x'), []],
  ['a path that is not there is null', where('nothing.here').isNull(), [1, 2, 3, 4]],
  [
    'betweenDate: both ends included, wall clock against MM/DD/YYYY',
    where('createDate').betweenDate('04/01/2023 12:34:56', '04/30/2023 23:59:59'),
    [1, 2],
  ],
  ['isDate: the same calendar day', where('createDate').isDate('04/15/2023'), [2]],
  ['isDate: fractions of a second', where('createDate').isDate('05/01/2023 00:00:00'), [3]],
  ['lessThanDate', where('createDate').lessThanDate('04/15/2023'), [1]],
  ['greaterThanDate', where('createDate').greaterThanDate('04/15/2023'), [2, 3]],
  [
    'greaterThanDate with an offset compares instants',
    where('createDate').greaterThanDate('2023-04-15T13:00:00Z'),
    [3],
  ],
  ['comparisons read dates', where('createDate').gte('04/15/2023 08:00:00'), [2, 3]],
  ['lastDays: >= currentDate - N', where('createDate').lastDays(30), [2, 3]],
  ['sysdate is currentDate', { createDate: { operation: '> sysdate - 10' } }, [3]],
  [
    'or: any of the values, each an operation',
    { hostname: { operation: 'or', options: [{ name: 'data', value: ['^= db', 'web1'] }] } },
    [1, 3, 4],
  ],
  [
    'and: all of the values',
    { maxMemory: { operation: 'and', options: [{ name: 'data', value: ['>= 1024', '< 4096'] }] } },
    [1, 2, 4],
  ],
  ['orderBy alone filters nothing', where('id').orderBy('DESC'), [4, 3, 2, 1]],
  ['orderBy is stable', where('maxMemory').orderBy('ASC'), [1, 4, 2, 3]],
  [
    'orderBy: sortOrder first (lower wins)',
    { maxMemory: op.orderBy('ASC', 2), maxCpu: op.orderBy('DESC', 1) },
    [3, 2, 1, 4],
  ],
  [
    'orderBy: without sortOrder, in the order written',
    { maxMemory: op.orderBy('ASC'), hostname: op.orderBy('ASC') },
    [4, 1, 2, 3],
  ],
  [
    'orderBy: sortOrder before none',
    { maxMemory: op.orderBy('ASC'), hostname: op.orderBy('DESC', 5) },
    [1, 4, 3, 2],
  ],
  ['orderBy: null first ascending', where('datacenter.name').orderBy('ASC'), [4, 1, 2, 3]],
  ['orderBy: null last descending', where('datacenter.name').orderBy('DESC'), [3, 2, 1, 4]],
  ['orderBy: dates by instant, missing first', where('createDate').orderBy('ASC'), [4, 1, 2, 3]],
  ['orderBy: text by code units (capitals first)', where('hostname').orderBy('ASC'), [2, 3, 4, 1]],
  ['orderBy: to-many reads the first element', where('tagReferences.tag.name').orderBy('ASC'), [3, 2, 1, 4]],
  ['orderBy with conditions', { status: op.eq('ACTIVE'), id: op.orderBy('DESC') }, [4, 2, 1]],
];

describe('matchFilter: the semantics table', () => {
  it.each(CASES)('%s', (_what, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
    for (const guest of guests) {
      expect(matchesFilter(guest, filter, { now: NOW })).toBe(expected.includes(guest.id));
    }
  });

  it('returns a new array and leaves the input alone', () => {
    const input = [...guests];
    const result = matchFilter(input, {});
    expect(result).not.toBe(input);
    expect(result).toEqual(input);
    matchFilter(input, where('id').orderBy('DESC'));
    expect(input.map((guest) => guest.id)).toEqual([1, 2, 3, 4]);
  });

  it('reads own properties only', () => {
    expect(matchesFilter({}, { constructor: { name: op.eq('Object') } })).toBe(false);
    expect(matchesFilter({}, { toString: op.isNull() })).toBe(true);
  });

  it('uses the current time when not told', () => {
    const recent = { createDate: new Date(Date.now() - 60_000).toISOString() };
    expect(matchesFilter(recent, where('createDate').lastDays(1))).toBe(true);
    expect(matchesFilter({ createDate: new Date() }, where('createDate').lastDays(1))).toBe(true);
  });

  it('lists the orderBy rules it applies, by precedence', () => {
    const compiled = compileFilter({ a: op.orderBy('ASC'), b: { c: op.orderBy('DESC', 1) } });
    expect(compiled.orderBy).toEqual([
      { path: ['b', 'c'], direction: 'DESC', priority: 1 },
      { path: ['a'], direction: 'ASC', priority: undefined },
    ]);
  });

  it('neither hangs nor overflows on cyclic or deeply nested arrays', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    const item = { tags: cycle, deep: JSON.parse(`${'['.repeat(5000)}1${']'.repeat(5000)}`) as unknown };
    expect(matchesFilter(item, where('tags.name').eq('x'))).toBe(false);
    expect(matchesFilter(item, where('deep').eq(1))).toBe(false);
    expect(matchFilter([item, item], where('tags.name').orderBy('ASC'))).toEqual([item, item]);
  });

  it('throws FilterError for an invalid filter', () => {
    expect(() => matchFilter(guests, { id: { operation: 'in' } })).toThrow(FilterError);
  });
});

describe('filterForProperty', () => {
  const filter = {
    virtualGuests: where('datacenter.name').eq('dal05'),
    hardware: op.eq(1) as unknown as ObjectFilter,
    broken: 'x' as unknown as ObjectFilter,
  };
  it('unwraps the relational property the method returns', () => {
    expect(filterForProperty(filter, 'virtualGuests')).toEqual({
      datacenter: { name: { operation: 'dal05' } },
    });
    expect(matchFilter(guests, filterForProperty(filter, 'virtualGuests')).map((guest) => guest.id)).toEqual([
      1,
    ]);
  });
  it('is empty when the filter does not name it', () => {
    expect(filterForProperty(filter, 'subnets')).toEqual({});
    expect(filterForProperty(filter, '__proto__')).toEqual({});
  });
  it('is empty when the property holds a condition on itself (tested at the parent level)', () => {
    expect(filterForProperty(filter, 'hardware')).toEqual({});
  });
  it('throws when the property is not an object', () => {
    expect(() => filterForProperty(filter, 'broken')).toThrow(
      expect.objectContaining({ code: 'FILTER_NOT_AN_OBJECT', path: 'broken' }),
    );
  });
});
