import { describe, expect, test } from 'vitest';
import { closestNames, levenshtein } from './levenshtein';

describe('levenshtein', () => {
  test.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['hostname', 'hostnme', 1],
    ['flaw', 'lawn', 2],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });

  test('closestNames: case-insensitive match first, nearest next, nothing far away', () => {
    expect(closestNames('HostName', ['hostname', 'hostnames', 'domain'])).toEqual(['hostname', 'hostnames']);
    expect(closestNames('zzzzzz', ['hostname', 'domain'])).toEqual([]);
  });
});
