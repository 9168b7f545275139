import { readFileSync } from 'node:fs';
import { DEBIAN_PYTHON, hasReferenceClient, runPython } from '@sl/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eventLogFilterBetweenDate,
  eventLogFilterGreaterThanDate,
  eventLogFilterLessThanDate,
  formatEventLogDate,
} from './event-log-filter';
import { FilterError } from './filter-error';
import { mergeFilters } from './merge-filters';
import { buildFilterOrderBy, queryFilter, queryFilterDate, queryFilterOrderBy } from './query-filter';
import type { ObjectFilter, SortDirection } from './types';
import { validateFilter } from './validate-filter';

interface RecordedCase {
  args: unknown[];
  result?: unknown;
  error?: string;
}
type Recorded = Record<string, RecordedCase[]>;

const fixture = (name: string): string => new URL(`../test/fixtures/${name}`, import.meta.url).pathname;
const inputsText = readFileSync(fixture('python-helpers-inputs.json'), 'utf8');
const recorded = JSON.parse(readFileSync(fixture('python-helpers.json'), 'utf8')) as Recorded;

/** Our counterpart of each reference helper; `undefined` in Python is its default argument (None). */
const helpers: Record<string, (...args: never[]) => unknown> = {
  queryFilter: (query: string | number | boolean) => queryFilter(query),
  queryFilterDate: (start: string, end: string) => queryFilterDate(start, end),
  queryFilterOrderBy: (...args: SortDirection[]) => queryFilterOrderBy(...args),
  buildFilterOrderBy: (path: string) => buildFilterOrderBy(path),
  formatEventLogDate: (date: string, utc: string | null) => formatEventLogDate(date, utc ?? undefined),
  eventLogFilterBetweenDate: (start: string, end: string, utc: string | null) =>
    eventLogFilterBetweenDate(start, end, utc ?? undefined),
  eventLogFilterGreaterThanDate: (date: string, utc: string | null) =>
    eventLogFilterGreaterThanDate(date, utc ?? undefined),
  eventLogFilterLessThanDate: (date: string, utc: string | null) =>
    eventLogFilterLessThanDate(date, utc ?? undefined),
  dictMerge: (a: ObjectFilter, b: ObjectFilter) => mergeFilters(a, b),
};

/** Where we differ from the reference on purpose: it silently drops or mangles; we throw `FilterError`. */
const DELIBERATE_DIFFERENCES: Record<string, string> = {
  'buildFilterOrderBy a.b=ASC.c': 'the reference drops `.c`; a direction must end the path',
  'buildFilterOrderBy id.id': 'the reference returns { id: … } (it compares names, not positions); we nest',
};

function run(name: string, args: unknown[]): { result?: unknown; error?: string } {
  try {
    return { result: (helpers[name] as (...values: unknown[]) => unknown)(...args) };
  } catch (error) {
    if (!(error instanceof FilterError)) throw error;
    return { error: error.code };
  }
}

function compareWith(table: Recorded): number {
  let compared = 0;
  for (const [name, cases] of Object.entries(table)) {
    for (const recordedCase of cases) {
      const key = `${name} ${recordedCase.args.join(',')}`;
      const ours = run(name, recordedCase.args);
      if (key === 'buildFilterOrderBy id.id') {
        expect(ours.result).toEqual({ id: { id: queryFilterOrderBy('DESC') } });
      } else if (DELIBERATE_DIFFERENCES[key]) {
        expect(ours.error, key).toBeDefined();
      } else if (recordedCase.error !== undefined) {
        // Python raised (ValueError on a bad date): we throw a typed error instead.
        expect(ours.error, key).toMatch(/^FILTER_INVALID_(DATE|VALUE)$/);
      } else {
        expect(ours, key).toEqual({ result: recordedCase.result });
      }
      compared++;
    }
  }
  return compared;
}

describe('the reference client helpers (SoftLayer.utils)', () => {
  it('gives the recorded outputs for every recorded input', () => {
    expect(compareWith(recorded)).toBeGreaterThan(70);
  });

  it('gives what the installed reference client gives, run now', () => {
    if (!hasReferenceClient()) {
      console.warn('python3-softlayer is not installed: compared with the recorded table only');
      return;
    }
    const script = readFileSync(fixture('../record-python-helpers.py'), 'utf8');
    const result = runPython(script, inputsText, { python: DEBIAN_PYTHON });
    expect(result.status, result.stderr).toBe(0);
    const live = JSON.parse(result.stdout) as Recorded;
    expect(live).toEqual(recorded);
    expect(compareWith(live)).toBeGreaterThan(70);
  });

  it('gives what the installed reference client gives for generated queries', () => {
    if (!hasReferenceClient()) {
      console.warn('python3-softlayer is not installed: generated queries not compared');
      return;
    }
    // Printable ASCII and tabs: Python's strip() and JavaScript's trim() agree there (not on \x1c-\x1f, \ufeff).
    const piece = fc.oneof(
      fc.constantFrom(
        '*',
        ' ',
        '\t',
        '>=',
        '<=',
        '<',
        '>',
        '~',
        '!~',
        '*=',
        '^=',
        '$=',
        '_=',
        '!=',
        '_',
        '-',
        '+',
        '0',
        '7',
      ),
      fc.string({
        unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
        maxLength: 4,
      }),
    );
    const queries = fc.sample(
      fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join('')),
      { numRuns: 300, seed: 20261123 },
    );
    const script = readFileSync(fixture('../record-python-helpers.py'), 'utf8');
    const input = JSON.stringify({ queryFilter: queries.map((query) => [query]) });
    const result = runPython(script, input, { python: DEBIAN_PYTHON });
    expect(result.status, result.stderr).toBe(0);
    const live = JSON.parse(result.stdout) as Recorded;
    let compared = 0;
    for (const recordedCase of live.queryFilter ?? []) {
      const ours = run('queryFilter', recordedCase.args);
      const python = recordedCase.result as { operation: unknown } | undefined;
      // Python keeps integers beyond 2^53 exactly; we refuse them rather than round.
      if (typeof python?.operation === 'number' && !Number.isSafeInteger(python.operation)) continue;
      expect(ours, JSON.stringify(recordedCase.args)).toEqual({ result: recordedCase.result });
      compared++;
    }
    expect(compared).toBeGreaterThan(250);
  });

  it('produces filters our own validator accepts', () => {
    for (const [name, cases] of Object.entries(recorded)) {
      for (const recordedCase of cases) {
        const ours = run(name, recordedCase.args);
        if (ours.result === undefined || typeof ours.result === 'string') continue;
        const filter = name.startsWith('build') || name === 'dictMerge' ? ours.result : { x: ours.result };
        expect(() => validateFilter(filter), `${name} ${recordedCase.args.join(',')}`).not.toThrow();
      }
    }
  });

  it('rejects what cannot be sent exactly', () => {
    expect(() => queryFilter('99999999999999999999')).toThrow(FilterError);
    expect(() => queryFilter(Number.NaN)).toThrow(FilterError);
    expect(() => queryFilter(null as unknown as string)).toThrow(FilterError);
    expect(() => queryFilterOrderBy('asc' as SortDirection)).toThrow(FilterError);
    expect(() => buildFilterOrderBy('a..b')).toThrow(FilterError);
    expect(() => buildFilterOrderBy('a.b=UP')).toThrow(FilterError);
    expect(() => formatEventLogDate('01/15/2023', '+00:00')).toThrow(FilterError);
  });
});
