import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DirectoryValidationError } from './directory-error';
import { type FieldSpec, type ResourceSchema, resourceSchemas } from './resource-schema';
import { validateApplyRecords } from './validate-apply-records';
import { validateQuery } from './validate-query';

/** Any value a caller could pass: sparse arrays, null prototypes, dates, maps, boxed values, bigints... */
const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
];

/** Arrays of things that look like records: real types and fields, wrong values, prototype names. */
const recordLike = fc.dictionary(
  fc.oneof(
    fc.constantFrom('__type__', '__action__', 'name', 'uid', 'resource_group', 'permission', 'cores'),
    fc.constantFrom(...PROTOTYPE_NAMES),
    fc.string({ maxLength: 8 }),
  ),
  fc.oneof(
    fc.constantFrom(...Object.keys(resourceSchemas), 'set', 'delete', 'acme', 'web00', 'login'),
    anything,
  ),
  { maxKeys: 6 },
);

/** Calls `run` and returns what it threw, `undefined` when it returned. */
function thrown(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** A valid value for a field as the client checks it (kind, enumeration, nullability). */
function validValue(spec: FieldSpec, allowNull = spec.nullable === true): fc.Arbitrary<unknown> {
  const value: fc.Arbitrary<unknown> = (() => {
    if (spec.values) return fc.constantFrom(...spec.values);
    const struct = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
    switch (spec.kind) {
      case 'string':
        return fc.string({ maxLength: 20 });
      case 'integer':
        return fc.maxSafeInteger();
      case 'number':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'datetime':
        return fc.date({ noInvalidDate: true });
      case 'string-list':
        return fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 });
      case 'struct':
        return struct;
      case 'struct-list':
        return fc.array(struct, { maxLength: 2 });
    }
  })();
  return allowNull ? fc.oneof(value, fc.constant(null)) : value;
}

const settableSchemas = Object.values(resourceSchemas).filter((schema) => schema.settable);

/** A `set` with the primary key, the fields required on create, and any other settable fields. */
function setRecord(schema: ResourceSchema): fc.Arbitrary<Record<string, unknown>> {
  const required = [...schema.primaryKey, ...schema.requiredOnCreate];
  const shape: Record<string, fc.Arbitrary<unknown>> = {
    __type__: fc.constant(schema.type),
    __action__: fc.constant('set'),
  };
  for (const [field, spec] of Object.entries(schema.fields)) {
    if (!spec.settable) continue;
    shape[field] = validValue(spec, spec.nullable === true && !schema.primaryKey.includes(field));
  }
  return fc.record(shape, { requiredKeys: ['__type__', ...required] });
}

/** A `delete`: the type and the primary key only. */
function deleteRecord(schema: ResourceSchema): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {
    __type__: fc.constant(schema.type),
    __action__: fc.constant('delete'),
  };
  for (const field of schema.primaryKey)
    shape[field] = validValue(resourceSchemas[schema.type].fields[field]!, false);
  return fc.record(shape);
}

const validRecord = fc.oneof(
  ...settableSchemas.map(setRecord),
  ...settableSchemas.map(deleteRecord),
) as fc.Arbitrary<Record<string, unknown>>;
const validBatch = fc.array(validRecord, { minLength: 1, maxLength: 4 });

/** A batch and a position in it. */
const batchAndIndex = validBatch.chain((records) =>
  fc.nat({ max: records.length - 1 }).map((index) => ({ records, index })),
);

function expectValidationError(error: unknown): asserts error is DirectoryValidationError {
  expect(error).toBeInstanceOf(DirectoryValidationError);
  const { code, message } = error as DirectoryValidationError;
  expect(code).toMatch(/^FC_[A-Z_]+$/);
  expect(message).toMatch(/\S/);
}

describe('validateApplyRecords (properties)', () => {
  it('on any value: returns records or throws a DirectoryValidationError, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.array(recordLike, { maxLength: 3 }), fc.array(anything)), (input) => {
        const error = thrown(() => validateApplyRecords(input));
        if (error !== undefined) expectValidationError(error);
      }),
      { numRuns: 200 },
    );
  });

  it('records generated from resourceSchemas with every required field validate, as equal copies', () => {
    fc.assert(
      fc.property(validBatch, (records) => {
        const checked = validateApplyRecords(records);
        expect(checked).toEqual(records);
        checked.forEach((record, index) => {
          expect(record).not.toBe(records[index]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('dropping a primary-key field is FC_MISSING_PRIMARY_KEY at that record and field', () => {
    const dropped = batchAndIndex.chain(({ records, index }) => {
      const type = records[index]?.__type__ as keyof typeof resourceSchemas;
      return fc
        .tuple(
          fc.constantFrom(...resourceSchemas[type].primaryKey),
          fc.constantFrom('delete', 'undefined', 'null'),
        )
        .map(([field, how]) => ({ records, index, field, how }));
    });
    fc.assert(
      fc.property(dropped, ({ records, index, field, how }) => {
        const broken = records.map((record) => ({ ...record }));
        const target = broken[index]!;
        if (how === 'delete') delete target[field];
        else target[field] = how === 'null' ? null : undefined;
        const error = thrown(() => validateApplyRecords(broken));
        expectValidationError(error);
        expect([error.code, error.index, error.field]).toEqual(['FC_MISSING_PRIMARY_KEY', index, field]);
        expect(error.message).toContain(`record ${index} (${target.__type__}`);
      }),
      { numRuns: 200 },
    );
  });

  it('a field the type does not have (prototype names included) is FC_UNKNOWN_FIELD there', () => {
    const withUnknown = batchAndIndex.chain(({ records, index }) => {
      const schema = resourceSchemas[records[index]?.__type__ as keyof typeof resourceSchemas];
      const name = fc
        .oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...PROTOTYPE_NAMES))
        .filter((field) => !Object.hasOwn(schema.fields, field) && !field.startsWith('__'));
      return fc
        .tuple(fc.oneof(name, fc.constant('__proto__')), fc.jsonValue())
        .map(([field, value]) => ({ records, index, field, value }));
    });
    fc.assert(
      fc.property(withUnknown, ({ records, index, field, value }) => {
        const broken = records.map((record) => ({ ...record }));
        Object.defineProperty(broken[index], field, { value, enumerable: true, configurable: true });
        const error = thrown(() => validateApplyRecords(broken));
        expectValidationError(error);
        expect([error.code, error.index, error.field]).toEqual(['FC_UNKNOWN_FIELD', index, field]);
      }),
      { numRuns: 200 },
    );
  });

  it('a hole in a sparse array is a missing record (FC_INVALID_RECORD), not one to skip', () => {
    fc.assert(
      fc.property(batchAndIndex, ({ records, index }) => {
        const sparse = [...records];
        delete sparse[index];
        const error = thrown(() => validateApplyRecords(sparse));
        expectValidationError(error);
        expect([error.code, error.index]).toEqual(['FC_INVALID_RECORD', index]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('validateQuery (properties)', () => {
  const types = fc.oneof(fc.constantFrom(...Object.keys(resourceSchemas)), anything);

  it('on any type and filter: returns a filter or throws a DirectoryValidationError, nothing else', () => {
    fc.assert(
      fc.property(types, fc.oneof(anything, recordLike), (type, filter) => {
        const error = thrown(() => validateQuery(type, filter));
        if (error !== undefined) expectValidationError(error);
      }),
      { numRuns: 200 },
    );
  });

  it('any fields of the type with values of their kind pass, copied; any other field is FC_UNKNOWN_FIELD', () => {
    const query = fc.constantFrom(...Object.values(resourceSchemas)).chain((schema) => {
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [field, spec] of Object.entries(schema.fields)) shape[field] = validValue(spec);
      const unknown = fc
        .oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...PROTOTYPE_NAMES))
        .filter((field) => !Object.hasOwn(schema.fields, field));
      return fc.tuple(fc.constant(schema.type), fc.record(shape, { requiredKeys: [] }), fc.option(unknown));
    });
    fc.assert(
      fc.property(query, ([type, filter, unknown]) => {
        if (unknown === null) {
          expect(validateQuery(type, filter)).toEqual(filter);
          return;
        }
        const broken = { ...filter };
        Object.defineProperty(broken, unknown, { value: 1, enumerable: true, configurable: true });
        const error = thrown(() => validateQuery(type, broken));
        expectValidationError(error);
        expect([error.code, error.field]).toEqual(['FC_UNKNOWN_FIELD', unknown]);
      }),
      { numRuns: 200 },
    );
  });
});
