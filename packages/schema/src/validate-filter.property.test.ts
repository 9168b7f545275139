import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadSchema } from './load-schema';
import type { SchemaIssue } from './schema-issue';
import { validateFilter } from './validate-filter';

const schema = await loadSchema();

const TARGETS = [
  'SoftLayer_Account',
  'SoftLayer_Account::getVirtualGuests',
  'SoftLayer_Account::getHardware',
  'SoftLayer_Account::getActivePackages',
  'SoftLayer_Virtual_Guest::getObject',
  'SoftLayer_Hardware',
];

/** Names a filter may use: real properties of common types, condition keys, prototype names and noise. */
const KEYS = [
  ...schema.propertyNames('SoftLayer_Account').slice(0, 40),
  ...schema.propertyNames('SoftLayer_Virtual_Guest').slice(0, 40),
  'virtualGuests',
  'hardware',
  'datacenter',
  'name',
  'hostname',
  'id',
  'operation',
  'options',
  '__proto__',
  'constructor',
  'toString',
  '',
];

/** JSON shaped like object filters: nested objects over real and unreal names, any JSON at the leaves. */
const filterLike = fc.letrec<{ filter: unknown }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('filter'), { maxKeys: 4 }),
    fc.record({ operation: fc.jsonValue({ maxDepth: 1 }) }),
  ),
}));

const anyTarget = fc.oneof(
  fc.constantFrom(...TARGETS),
  fc.string({ maxLength: 30 }),
  fc.record({ service: fc.string({ maxLength: 20 }), method: fc.string({ maxLength: 20 }) }),
);

function expectWellFormed(issues: readonly SchemaIssue[]): void {
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues) {
    expect(typeof issue.code).toBe('string');
    expect(typeof issue.path).toBe('string');
    expect(issue.message).toMatch(/\S/);
    expect(Array.isArray(issue.suggestions)).toBe(true);
  }
}

describe('validateFilter (properties)', () => {
  test('any JSON, any target: a list of well-formed issues, never a throw', () => {
    fc.assert(
      fc.property(anyTarget, fc.jsonValue(), (target, filter) => {
        expectWellFormed(validateFilter(schema, target, filter));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...TARGETS), filterLike.filter, (target, filter) => {
        const issues = validateFilter(schema, target, filter);
        expectWellFormed(issues);
        // Anything but an object is one BAD_FILTER at the root.
        if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
          expect(issues).toMatchObject([{ code: 'BAD_FILTER', path: '' }]);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('a filter nested to any depth (or through a cycle) comes back as issues, not a stack overflow', () => {
    // SoftLayer_Account.hardware is a SoftLayer_Hardware, whose account is a SoftLayer_Account again.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (depth) => {
        let filter: Record<string, unknown> = { id: { operation: 1 } };
        for (let level = 0; level < depth; level += 1) filter = { hardware: { account: filter } };
        const issues = validateFilter(schema, 'SoftLayer_Account', filter);
        expectWellFormed(issues);
        // Real filters are a few levels deep; absurd ones are one BAD_FILTER, never a crash.
        expect(issues.length).toBeLessThanOrEqual(1);
        if (depth <= 60) expect(issues).toEqual([]);
      }),
      { numRuns: 30 },
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.hardware = { account: cyclic };
    expect(validateFilter(schema, 'SoftLayer_Account', cyclic)).toMatchObject([{ code: 'BAD_FILTER' }]);
  });
});
