import { describe, expect, it } from 'vitest';
import { matchesPattern, parseSearchQuery } from './search-query';

describe('parseSearchQuery', () => {
  it('reads object types, property terms (a space after the colon too), quoted values and free text', () => {
    expect(
      parseSearchQuery(
        '_objectType:SoftLayer_Ticket,SoftLayer_Hardware status.name: open title:"disk full" web*',
      ),
    ).toEqual({
      types: ['SoftLayer_Ticket', 'SoftLayer_Hardware'],
      terms: [
        { text: 'status.name:open', property: 'status.name', pattern: 'open' },
        { text: 'title:"disk full"', property: 'title', pattern: 'disk full' },
        { text: 'web*', pattern: 'web*' },
      ],
    });
  });

  it('an empty query has no types and no terms', () => {
    expect(parseSearchQuery('   ')).toEqual({ types: [], terms: [] });
  });
});

describe('matchesPattern', () => {
  it('matches ignoring case, with * as any run of characters, and never objects or absent values', () => {
    expect(matchesPattern('Web01', 'web*')).toBe(true);
    expect(matchesPattern('db01', 'web*')).toBe(false);
    expect(matchesPattern('a.b.example', '*.example')).toBe(true);
    expect(matchesPattern('dal10', 'dal1')).toBe(false);
    expect(matchesPattern('x+y(1)', 'x+y(*)')).toBe(true);
    expect(matchesPattern(42, '42')).toBe(true);
    expect(matchesPattern({ name: 'web' }, 'web')).toBe(false);
    expect(matchesPattern(undefined, '*')).toBe(false);
  });
});
