import { describe, expect, it } from 'vitest';
import { type RandomSource, randomSource } from '../test/random-source';
import { DirectoryValidationError } from './directory-error';
import { type FieldKind, type FieldSpec, resourceSchemas } from './resource-schema';
import { validateApplyRecords } from './validate-apply-records';
import { validateQuery } from './validate-query';

function validValue(random: RandomSource, spec: FieldSpec): unknown {
  if (spec.values) return random.pick(spec.values);
  const word = () => random.pick(['web', 'db', 's-app', 'acme', 'Europe/Berlin', '21:00', 'ä ✓']);
  switch (spec.kind) {
    case 'string':
      return word();
    case 'integer':
      return random.int(5000) - 10;
    case 'number':
      return random.next() * 100;
    case 'boolean':
      return random.next() < 0.5;
    case 'datetime':
      return new Date(Date.UTC(2026, random.int(12), 1 + random.int(28)));
    case 'string-list':
      return Array.from({ length: random.int(3) }, word);
    case 'struct':
      return { key: word() };
    case 'struct-list':
      return [{ key: word() }];
  }
}

const WRONG: Readonly<Record<FieldKind, readonly unknown[]>> = {
  string: [1, true, null, ['x'], {}],
  integer: ['2', 2.5, Number.NaN, true, null, 2n],
  number: ['2', Number.POSITIVE_INFINITY, false, null],
  boolean: ['true', 1, null, []],
  datetime: ['2026-01-01', 0, new Date(Number.NaN), null],
  'string-list': ['x', [1], [null], {}, null],
  struct: ['x', [], new Date(0), null, new Map()],
  'struct-list': [{}, ['x'], [[]], null],
};

const settableTypes = Object.values(resourceSchemas).filter((schema) => schema.settable);

function validRecord(random: RandomSource): Record<string, unknown> {
  const schema = random.pick(settableTypes);
  const record: Record<string, unknown> = { __type__: schema.type };
  if (random.next() < 0.3) record.__action__ = 'set';
  for (const field of schema.primaryKey)
    record[field] = validValue(random, { ...schema.fields[field]!, nullable: false });
  for (const [field, spec] of Object.entries(schema.fields)) {
    if (spec.settable && !schema.primaryKey.includes(field) && random.next() < 0.4) {
      record[field] = spec.nullable && random.next() < 0.2 ? null : validValue(random, spec);
    }
  }
  return record;
}

describe('validateApplyRecords', () => {
  it('accepts 300 generated valid batches and returns equal copies', () => {
    const random = randomSource(2026);
    for (let run = 0; run < 300; run++) {
      const records = Array.from({ length: 1 + random.int(4) }, () => validRecord(random));
      const checked = validateApplyRecords(records);
      expect(checked).toEqual(records);
      expect(checked[0]).not.toBe(records[0]);
    }
  });

  it('rejects 300 generated batches with one wrong value, naming the record and the field', () => {
    const random = randomSource(7);
    for (let run = 0; run < 300; run++) {
      const records = Array.from({ length: 1 + random.int(4) }, () => validRecord(random));
      const index = random.int(records.length);
      const target = records[index]!;
      const schema = resourceSchemas[target.__type__ as keyof typeof resourceSchemas];
      const field = random.pick(Object.keys(schema.fields).filter((name) => schema.fields[name]!.settable));
      const spec = schema.fields[field]!;
      const wrong = random.pick(WRONG[spec.kind].filter((value) => !(value === null && spec.nullable)));
      target[field] = wrong;
      let error: unknown;
      try {
        validateApplyRecords(records);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DirectoryValidationError);
      const { code, index: at, field: named, message } = error as DirectoryValidationError;
      expect([code, at, named]).toEqual([
        schema.primaryKey.includes(field) && wrong === null ? 'FC_MISSING_PRIMARY_KEY' : 'FC_INVALID_VALUE',
        index,
        field,
      ]);
      expect(message).toContain(`record ${index}`);
    }
  });

  it('never throws anything but a DirectoryValidationError on junk', () => {
    const random = randomSource(99);
    const junk = [
      null,
      undefined,
      0,
      'x',
      [],
      {},
      [[]],
      new Date(0),
      { __type__: 5 },
      { __type__: 'virtualmachine' },
    ];
    for (let run = 0; run < 200; run++) {
      const input =
        random.next() < 0.2
          ? random.pick(junk)
          : Array.from({ length: 1 + random.int(3) }, () => random.pick(junk));
      expect(() => validateApplyRecords(input)).toThrow(DirectoryValidationError);
    }
  });

  it('drops undefined keys so they are not sent as nil', () => {
    expect(validateApplyRecords([{ __type__: 'virtualmachine', name: 'web00', cores: undefined }])).toEqual([
      { __type__: 'virtualmachine', name: 'web00' },
    ]);
  });

  it('lets a delete name only the primary key', () => {
    expect(() =>
      validateApplyRecords([{ __type__: 'virtualmachine', __action__: 'delete', name: 'web00', cores: 2 }]),
    ).toThrow(/a delete names only the primary key \(name\), not 'cores'/);
  });
});

describe('validateQuery', () => {
  it('accepts known fields, nullable nulls and no filter', () => {
    expect(validateQuery('virtualmachine', undefined)).toBeUndefined();
    expect(validateQuery('virtualmachine', { cores: 2, deletion: null, id: 5 })).toEqual({
      cores: 2,
      deletion: null,
      id: 5,
    });
  });

  it('rejects a filter that is not an object', () => {
    expect(() => validateQuery('virtualmachine', 'web00')).toThrow(/the filter must be an object/);
  });
});
