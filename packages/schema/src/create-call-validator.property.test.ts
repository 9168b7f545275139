import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCallValidator } from './create-call-validator';
import { loadSchema } from './load-schema';

const schema = await loadSchema();
const validate = createCallValidator(schema);

const NOT_IN_METADATA = 'not in the API metadata (it may be newer): not checked';
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''];

const services = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.constantFrom(...schema.serviceNames),
  fc.constantFrom(...schema.serviceNames).map((name) => name.replace(/^SoftLayer_/, '')),
);

const methods = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...PROTOTYPE_NAMES, 'getObject', 'getVirtualGuests', 'getHardware', 'createObject'),
);

describe('createCallValidator (properties)', () => {
  test('any service and method: it warns about what the metadata does not know, and never throws', () => {
    fc.assert(
      fc.property(services, methods, (service, method) => {
        const result = validate({ service, method });
        expect(result.errors).toEqual([]);
        const known =
          schema.serviceName(service) !== undefined && schema.method(service, method) !== undefined;
        expect(result.warnings).toEqual(known ? [] : [NOT_IN_METADATA]);
      }),
      { numRuns: 200 },
    );
  });

  test('any mask, filter and limit on any call: errors and warnings are lists of sentences', () => {
    const masks = fc.option(
      fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('mask[id]', 'mask[id,hostname,datacenter[name]]', 'mask[controlPanel]'),
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        services,
        methods,
        masks,
        fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
        fc.option(fc.integer(), { nil: undefined }),
        (service, method, mask, filter, limit) => {
          const call = {
            service,
            method,
            ...(mask === undefined ? {} : { mask }),
            ...(filter === undefined ? {} : { filter }),
            ...(limit === undefined ? {} : { limit }),
          };
          const { errors, warnings } = validate(call);
          for (const line of [...errors, ...warnings]) expect(line).toMatch(/\S/);
          if (schema.method(service, method) === undefined) {
            expect({ errors, warnings }).toEqual({ errors: [], warnings: [NOT_IN_METADATA] });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
