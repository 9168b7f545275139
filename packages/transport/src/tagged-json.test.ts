import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromTaggedJson, toTaggedJson } from './tagged-json';

const apiValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    // JSON has no -0; every other finite double survives.
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    fc.date({ noInvalidDate: true }),
    fc.uint8Array({ maxLength: 16 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.string().filter((key) => !key.startsWith('$')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
}));

describe('tagged JSON', () => {
  it('round-trips every API value through JSON text', () => {
    fc.assert(
      fc.property(apiValue.value, (value) => {
        const text = JSON.stringify(toTaggedJson(value));
        expect(fromTaggedJson(JSON.parse(text))).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });
});
