import { describe, expect, it } from 'vitest';
import { FilterError } from './filter-error';
import { op } from './op';
import { parseCondition } from './parse-condition';
import type { FilterCondition, ObjectFilter } from './types';
import { validateFilter } from './validate-filter';
import { where } from './where';

// Every example of seed 003 (the SLDN "Object Filters" article): what the article writes, and our builder for it.
const CONDITIONS: readonly (readonly [string, FilterCondition, FilterCondition])[] = [
  ['Equals, text', { operation: 'baz' }, op.eq('baz')],
  ['Equals, int', { operation: 1234 }, op.eq(1234)],
  ['Not Equal, text', { operation: '!= example string' }, op.ne('example string')],
  ['Not Equal, int', { operation: '!= 1234' }, op.ne(1234)],
  ['Greater Than or Equal to', { operation: '>= 1234' }, op.gte(1234)],
  ['Greater Than', { operation: '> 1234' }, op.gt(1234)],
  ['Less Than or Equal to', { operation: '<= 1234' }, op.lte(1234)],
  ['Less Than', { operation: '< 1234' }, op.lt(1234)],
  ['Not Null', { operation: 'not null' }, op.notNull()],
  ['Is Null', { operation: 'is null' }, op.isNull()],
  ['Contains', { operation: '*= wibble wobble' }, op.contains('wibble wobble')],
  ['Does not Contain', { operation: '!*= corge' }, op.notContains('corge')],
  ['Starts With', { operation: '^= qux' }, op.startsWith('qux')],
  ['Ends With', { operation: '$= baz' }, op.endsWith('baz')],
  ['Like', { operation: '~ value' }, op.like('value')],
  ['Not Like', { operation: '!~ value' }, op.notLike('value')],
  // The article writes option values bare ('value': '01/01/01'); the API documents them in brackets, as its own
  // PHP example does, so the builders write brackets. The bare form is read too (below).
  [
    'Exact Date',
    { operation: 'isDate', options: [{ name: 'date', value: ['01/01/01'] }] },
    op.isDate('01/01/01'),
  ],
  [
    'Date Before Value',
    { operation: 'lessThanDate', options: [{ name: 'date', value: ['01/01/01'] }] },
    op.lessThanDate('01/01/01'),
  ],
  [
    'Date After Value',
    { operation: 'greaterThanDate', options: [{ name: 'date', value: ['01/01/01'] }] },
    op.greaterThanDate('01/01/01'),
  ],
  [
    'Between Dates',
    {
      operation: 'betweenDate',
      options: [
        { name: 'startDate', value: ['01/01/01'] },
        { name: 'endDate', value: ['01/02/01'] },
      ],
    },
    op.betweenDate('01/01/01', '01/02/01'),
  ],
];

const FILTERS: readonly (readonly [string, ObjectFilter, ObjectFilter])[] = [
  [
    'Structure: VSIs in dal05',
    { virtualGuests: { datacenter: { name: { operation: 'dal05' } } } },
    where('virtualGuests.datacenter.name').eq('dal05'),
  ],
  [
    'REST: objectFilter from the query string',
    { datacenter: { name: { operation: 'dal05' } } },
    where('datacenter.name').eq('dal05'),
  ],
  [
    'Python: bare metal in the spare pool',
    { hardware: { sparePoolBillingItem: { id: { operation: 'not null' } } } },
    where('hardware.sparePoolBillingItem.id').notNull(),
  ],
  [
    'PHP: the latest non $0 invoice',
    { invoices: { amount: { operation: 'not null' } } },
    where('invoices.amount').notNull(),
  ],
  [
    'PHP: invoices between two dates (m/d/Y H:i:s, in brackets)',
    {
      invoices: {
        createDate: {
          operation: 'betweenDate',
          options: [
            { name: 'startDate', value: ['04/03/2012 13:05:25'] },
            { name: 'endDate', value: ['04/05/2012 09:53:51'] },
          ],
        },
      },
    },
    where('invoices.createDate').betweenDate('04/03/2012 13:05:25', '04/05/2012 09:53:51'),
  ],
];

describe('seed 003: every example of the object-filter article', () => {
  it.each(CONDITIONS)('%s', (_name, article, built) => {
    expect(built).toEqual(article);
    const filter = { property: article };
    expect(validateFilter(filter)).toBe(filter);
  });

  it.each(FILTERS)('%s', (_name, article, built) => {
    expect(built).toEqual(article);
    expect(validateFilter(article)).toBe(article);
  });

  it('reads the spellings the article uses that our builders do not produce', () => {
    // '!=dal05' without a space, 'NOT NULL' in capitals, and the "X days past" placeholder.
    expect(parseCondition({ operation: '!=dal05' })).toEqual(parseCondition(op.ne('dal05')));
    expect(parseCondition({ operation: 'NOT NULL' })).toEqual(parseCondition(op.notNull()));
    expect(parseCondition({ operation: '>= currentDate - 30' })).toEqual({
      kind: 'relativeDate',
      operator: '>=',
      days: -30,
    });
    expect(op.lastDays(30)).toEqual({ operation: '>= currentDate - 30' });
    // The article's literal '>= currentDate - 01/01/01' is a placeholder: it is valid, compared as text.
    expect(parseCondition({ operation: '>= currentDate - 01/01/01' })).toMatchObject({ kind: 'compare' });
  });

  it('reads the article’s bare option values as lists of one (the Go client sends them so too)', () => {
    const bare = {
      invoices: { createDate: { operation: 'isDate', options: [{ name: 'date', value: '01/01/01' }] } },
    };
    expect(validateFilter(bare)).toBe(bare);
    expect(parseCondition(bare.invoices.createDate as unknown as FilterCondition)).toEqual(
      parseCondition(op.isDate('01/01/01')),
    );
    const wrong = {
      invoices: { createDate: { operation: 'isDate', options: [{ name: 'date', value: { d: 1 } }] } },
    };
    expect(() => validateFilter(wrong)).toThrow(
      expect.objectContaining({
        code: 'FILTER_INVALID_OPTIONS',
        path: 'invoices.createDate.options[0].value',
        message: expect.stringContaining('brackets'),
      }),
    );
  });

  it('writes a Date in MM/DD/YYYY HH:mm:ss, in UTC (the PHP example formats in its own zone)', () => {
    const start = new Date('2012-04-03T13:05:25-06:00');
    const end = new Date('2012-04-05T09:53:51-06:00');
    expect(op.betweenDate(start, end).options).toEqual([
      { name: 'startDate', value: ['04/03/2012 19:05:25'] },
      { name: 'endDate', value: ['04/05/2012 15:53:51'] },
    ]);
    expect(() => op.isDate(new Date(Number.NaN))).toThrow(FilterError);
    expect(() => op.isDate('yesterday')).toThrow(expect.objectContaining({ code: 'FILTER_INVALID_DATE' }));
  });
});
