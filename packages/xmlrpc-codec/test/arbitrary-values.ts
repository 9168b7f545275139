import fc from 'fast-check';
import { XmlRpcDouble, type XmlRpcValue, xmlRpcDouble } from '../src/index';

// Arbitrary values for the codec's properties and the differential test, and what they decode to.

/** Text XML 1.0 can carry: any code point but C0 controls (other than tab, LF, CR), U+FFFE and U+FFFF. */
export const xmlText: fc.Arbitrary<string> = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('\t', '\n', '\r', '&', '<', '>', ']]>', ' '),
      fc.string({ unit: 'binary', maxLength: 1 }),
    ),
  })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the characters XML cannot carry is the point
  .map((text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));

const beyondSafe = fc
  .bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })
  .filter((value) => value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER));

export const wholeSecondDate: fc.Arbitrary<Date> = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => new Date(Math.floor(date.getTime() / 1000) * 1000));

const recursive = fc.letrec<{ value: XmlRpcValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    xmlText,
    fc.integer(),
    fc.maxSafeInteger(),
    beyondSafe,
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Number.isInteger(value)),
    fc.integer().map(xmlRpcDouble),
    fc.boolean(),
    fc.constantFrom(null, undefined),
    wholeSecondDate,
    fc.uint8Array({ maxLength: 40 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(xmlText, tie('value'), { maxKeys: 5 }),
    fc.array(fc.tuple(xmlText, tie('value')), { maxLength: 4 }).map((entries) => new Map(entries)),
  ),
}));

/** Any value the encoder accepts, nested a little. */
export const arbitraryValue: fc.Arbitrary<XmlRpcValue> = recursive.value;

/** What a value decodes to: undefined → null, Map → object, XmlRpcDouble → number; CR survives as &#13;. */
export function expectedDecoded(value: XmlRpcValue): unknown {
  if (value === undefined || value === null) return null;
  if (XmlRpcDouble.isInstance(value)) return value.value;
  if (Array.isArray(value)) return value.map(expectedDecoded);
  if (value instanceof Map) return expectedEntries([...value.entries()]);
  if (typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) {
    return expectedEntries(Object.entries(value));
  }
  return value;
}

function expectedEntries(entries: Array<[string, XmlRpcValue]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    Object.defineProperty(out, key, {
      value: expectedDecoded(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
