import { loadManagerCalls } from '@sl/test-kit';
import { describe, expect, test } from 'vitest';
import { loadSchema } from './load-schema';
import { validateFilter } from './validate-filter';

const schema = await loadSchema();

describe('validateFilter', () => {
  test('paths start at the service type (seed 003)', () => {
    const filter = { virtualGuests: { datacenter: { name: { operation: 'dal05' } } } };
    expect(validateFilter(schema, 'SoftLayer_Account::getVirtualGuests', filter)).toEqual([]);
    const spare = { hardware: { sparePoolBillingItem: { id: { operation: 'NOT NULL' } } } };
    expect(validateFilter(schema, 'Account::getHardware', spare)).toEqual([]);
    const invoices = { invoices: { amount: { operation: 'not null' } } };
    expect(validateFilter(schema, 'SoftLayer_Account::getInvoices', invoices)).toEqual([]);
  });

  test("a filter rooted at the result (seed 003's REST example) is caught, with where it belongs", () => {
    const issues = validateFilter(schema, 'SoftLayer_Account::getVirtualGuests', {
      datacenter: { name: { operation: 'dal05' } },
    });
    expect(issues).toMatchObject([
      { code: 'UNKNOWN_PROPERTY', path: 'datacenter', suggestions: ['virtualGuests'] },
    ]);
    expect(issues[0]?.message).toContain(
      "a filter starts at the service's type: { virtualGuests: { datacenter: ... } }",
    );
  });

  test('a declared method returning another datatype may be filtered from its result', () => {
    const filter = { keyName: { operation: 'BARE_METAL_SERVER' } };
    expect(validateFilter(schema, 'SoftLayer_Account::getActivePackages', filter)).toEqual([]);
    expect(
      validateFilter(schema, 'SoftLayer_Account::getActivePackages', { keyNam: { operation: 'X' } }),
    ).toMatchObject([{ code: 'UNKNOWN_PROPERTY', path: 'keyNam', suggestions: ['keyName'] }]);
  });

  test('unknown properties with suggestions, subtype-only properties, bad shapes', () => {
    expect(
      validateFilter(schema, 'SoftLayer_Account::getVirtualGuests', {
        virtualGuests: { hostnam: { operation: 'web1' } },
      }),
    ).toMatchObject([{ code: 'UNKNOWN_PROPERTY', path: 'virtualGuests.hostnam', suggestions: ['hostname'] }]);
    expect(
      validateFilter(schema, 'SoftLayer_Account::getHardware', {
        hardware: { controlPanel: { id: { operation: 1 } } },
      }),
    ).toMatchObject([{ code: 'NEEDS_TYPE_CAST', suggestions: ['SoftLayer_Hardware_Server'] }]);
    expect(validateFilter(schema, 'SoftLayer_Account', { id: 5 })).toMatchObject([
      { code: 'BAD_FILTER', path: 'id' },
    ]);
    expect(validateFilter(schema, 'SoftLayer_Account', [])).toMatchObject([{ code: 'BAD_FILTER', path: '' }]);
    expect(
      validateFilter(schema, 'SoftLayer_Account', { companyName: { length: { operation: 3 } } }),
    ).toMatchObject([{ code: 'NOT_RELATIONAL', path: 'companyName' }]);
  });

  const filters = loadManagerCalls()
    .flatMap((managerCase) => managerCase.calls)
    .filter(
      (call) =>
        typeof call.filter === 'object' && call.filter !== null && Object.keys(call.filter).length > 0,
    );

  test('every filter the reference managers send validates', () => {
    expect(filters.length).toBeGreaterThanOrEqual(10);
    for (const call of filters) {
      expect(
        validateFilter(schema, `${call.service}::${call.method}`, call.filter),
        JSON.stringify(call),
      ).toEqual([]);
    }
  });
});
