import { mask, printMask } from '@sl/mask';
import { loadManagerCalls } from '@sl/test-kit';
import { describe, expect, test } from 'vitest';
import { loadSchema } from './load-schema';
import { validateMask } from './validate-mask';

const schema = await loadSchema();

describe('validateMask', () => {
  test('controlPanel on SoftLayer_Hardware needs a typed cast and the error names the subtype (seed 004)', () => {
    const issues = validateMask(schema, 'SoftLayer_Account::getHardware', 'mask.controlPanel');
    expect(issues).toEqual([
      {
        code: 'NEEDS_TYPE_CAST',
        path: 'controlPanel',
        message:
          'controlPanel is not a property of SoftLayer_Hardware but of its subtype SoftLayer_Hardware_Server: cast to it, as in mask(SoftLayer_Hardware_Server)[controlPanel]',
        suggestions: ['SoftLayer_Hardware_Server'],
      },
    ]);
    expect(
      validateMask(schema, 'SoftLayer_Account::getHardware', 'mask(SoftLayer_Hardware_Server)[controlPanel]'),
    ).toEqual([]);
  });

  test('a nested property that needs a cast shows the cast on its parent', () => {
    const [issue] = validateMask(schema, 'SoftLayer_Account', 'mask[hardware[id,controlPanel]]');
    expect(issue).toMatchObject({ code: 'NEEDS_TYPE_CAST', path: 'hardware.controlPanel' });
    expect(issue?.message).toContain('hardware(SoftLayer_Hardware_Server)[controlPanel]');
    expect(
      validateMask(schema, 'SoftLayer_Account', 'mask[hardware(SoftLayer_Hardware_Server)[controlPanel]]'),
    ).toEqual([]);
  });

  test('an unknown property, with "did you mean"', () => {
    expect(validateMask(schema, 'SoftLayer_Virtual_Guest', 'mask[id,hostnme,datacenter[nam]]')).toEqual([
      {
        code: 'UNKNOWN_PROPERTY',
        path: 'hostnme',
        message: 'SoftLayer_Virtual_Guest has no property hostnme; did you mean hostname?',
        suggestions: ['hostname'],
      },
      {
        code: 'UNKNOWN_PROPERTY',
        path: 'datacenter.nam',
        message: 'SoftLayer_Location has no property nam (at datacenter.nam); did you mean name?',
        suggestions: ['name'],
      },
    ]);
    expect(validateMask(schema, 'SoftLayer_Virtual_Guest', 'mask[xyzzy]')[0]?.suggestions).toEqual([]);
  });

  test('casts to unrelated or unknown types', () => {
    expect(
      validateMask(schema, 'SoftLayer_Account::getHardware', 'mask(SoftLayer_Virtual_Guest)[id]'),
    ).toMatchObject([{ code: 'UNRELATED_CAST', path: '' }]);
    expect(
      validateMask(schema, 'SoftLayer_Virtual_Guest', 'mask[datacenter(SoftLayer_Hardware)[id]]'),
    ).toMatchObject([{ code: 'UNRELATED_CAST', path: 'datacenter' }]);
    expect(validateMask(schema, 'SoftLayer_Virtual_Guest', 'mask(SoftLayer_Nope)[id]')).toMatchObject([
      { code: 'UNKNOWN_TYPE' },
    ]);
  });

  test('a polymorphic SoftLayer_Entity property accepts a cast to any datatype (SoftLayer_Search::search)', () => {
    const searchMask =
      'mask[resource(SoftLayer_Hardware)[id,hostname],resource(SoftLayer_Virtual_Guest)[id,maxMemory]]';
    expect(validateMask(schema, 'SoftLayer_Search::search', searchMask)).toEqual([]);
  });

  test('a property many subtypes declare: the message names a few, suggestions list them all', () => {
    const [issue] = validateMask(schema, 'SoftLayer_Search::search', 'mask[resource[hostname]]');
    expect(issue?.code).toBe('NEEDS_TYPE_CAST');
    expect(issue?.message).toMatch(
      /^hostname is not a property of SoftLayer_Entity but of its subtype SoftLayer_Hardware \(also declared by \w+, \w+, \w+ and \d+ more\): cast to it, as in resource\(SoftLayer_Hardware\)\[hostname\]$/,
    );
    expect(issue?.suggestions.length).toBeGreaterThan(4);
  });

  test('selections below a scalar, syntax errors, unknown targets', () => {
    expect(validateMask(schema, 'SoftLayer_Virtual_Guest', 'mask[hostname[length]]')).toMatchObject([
      { code: 'NOT_RELATIONAL', path: 'hostname' },
    ]);
    expect(validateMask(schema, 'SoftLayer_Virtual_Guest', 'mask[id')).toMatchObject([
      { code: 'MASK_SYNTAX' },
    ]);
    expect(validateMask(schema, 'SoftLayer_Account::getNothing', 'id')).toMatchObject([
      { code: 'UNKNOWN_METHOD' },
    ]);
    expect(validateMask(schema, 'Nope::getObject', 'id')).toMatchObject([{ code: 'UNKNOWN_SERVICE' }]);
    expect(validateMask(schema, 'SoftLayer_Nope', 'id')).toMatchObject([{ code: 'UNKNOWN_TYPE' }]);
    expect(validateMask(schema, 'SoftLayer_Virtual_Guest::isPingable', 'id')).toMatchObject([
      { code: 'NOT_RELATIONAL' },
    ]);
  });

  test('accepts parsed trees, from @sl/mask builders too', () => {
    const tree = mask({ id: true, datacenter: { name: true } });
    expect(printMask(tree)).toBe('mask[id,datacenter[name]]');
    expect(validateMask(schema, { service: 'Account', method: 'getVirtualGuests' }, tree)).toEqual([]);
  });
});

const managerMasks = [
  ...new Map(
    loadManagerCalls()
      .flatMap((managerCase) => managerCase.calls)
      .filter((call) => typeof call.mask === 'string' && call.mask !== '')
      .map((call) => [`${call.service}::${call.method} ${call.mask}`, call] as const),
  ).values(),
];

describe('the masks the reference managers send (manager-calls.json) all validate', () => {
  test('there are enough of them', () => {
    expect(managerMasks.length).toBeGreaterThanOrEqual(30);
  });
  test.each(managerMasks.map((call) => [`${call.service}::${call.method}`, call.mask as string]))(
    '%s %s',
    (target, text) => {
      expect(validateMask(schema, target, text)).toEqual([]);
    },
  );
});

describe('the masks of the seed documents', () => {
  test.each([
    ['SoftLayer_Ticket::getObject', 'updates, assignedUser, attachedHardware.datacenter'],
    ['SoftLayer_Account::getAllBillingItems', 'mask[id,hostName]'],
    ['SoftLayer_Account::getVirtualGuests', 'id'],
    [
      'SoftLayer_Account::getHardware',
      'operatingSystem.passwords, networkComponents, datacenter, processorCount',
    ],
    ['SoftLayer_Account::getInvoices', 'mask.id'],
    ['SoftLayer_Account::getVirtualGuests', 'mask[id,hostname]'],
    ['SoftLayer_Hardware::getObject', 'mask.networkComponents'],
    ['SoftLayer_Hardware::getObject', 'mask.networkComponents.networkVlan.primarySubnet'],
    [
      'SoftLayer_Hardware::getObject',
      'mask[id,fullyQualifiedDomainName,primaryIpAddress,datacenter.longName,networkComponents[id,name,port]]',
    ],
    ['SoftLayer_Account::getHardware', 'mask(SoftLayer_Hardware_Server)[controlPanel]'],
  ])('%s %s', (target, text) => {
    expect(validateMask(schema, target, text)).toEqual([]);
  });
});

describe('over the whole schema', () => {
  test('every property of every datatype validates as a one-property mask', () => {
    let checked = 0;
    for (const type of schema.typeNames) {
      for (const name of schema.propertyNames(type)) {
        expect(validateMask(schema, type, `mask[${name}]`), `${type}.${name}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBe(24775); // section B: 24,775 properties once inheritance is flattened
  });

  test('a typo (two letters swapped) is caught, and "did you mean" finds the name or nearer ones', () => {
    for (const type of ['SoftLayer_Hardware_Server', 'SoftLayer_Virtual_Guest']) {
      const names = new Set(schema.propertyNames(type));
      for (const name of names) {
        const typo = `${name.slice(0, 2)}${name.charAt(3)}${name.charAt(2)}${name.slice(4)}`;
        if (typo === name || names.has(typo)) continue;
        const [issue, ...rest] = validateMask(schema, type, `mask[${typo}]`);
        expect(rest).toEqual([]);
        if (issue?.code === 'NEEDS_TYPE_CAST') continue; // the typo happens to be a subtype's property
        expect(issue?.code, `${type}.${typo}`).toBe('UNKNOWN_PROPERTY');
        const found = issue?.suggestions.includes(name) === true || issue?.suggestions.length === 3;
        expect(found, `${type}.${typo} → ${issue?.suggestions.join(',')}`).toBe(true);
      }
    }
  });
});
