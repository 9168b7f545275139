import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeMethodCall,
  decodeMethodResponse,
  decodeXmlRpcMessage,
  encodeFault,
  encodeMethodCall,
  encodeMethodResponse,
  XmlRpcDecodeError,
  xmlRpcDouble,
} from '../src/index';
import { arbitraryValue, expectedDecoded, xmlText } from './arbitrary-values';

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    byte: fc.constantFrom(60, 62, 47, 38, 0, 0xc3, 0x80, 35, 59, 32),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), byte: fc.constant(0) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), byte: fc.constant(0) }),
);

function mutate(bytes: Uint8Array, mutations: Array<{ kind: string; at: number; byte: number }>): Uint8Array {
  let out = Array.from(bytes);
  for (const { kind, at, byte } of mutations) {
    const index = out.length === 0 ? 0 : at % out.length;
    if (kind === 'replace') out[index] = byte;
    else if (kind === 'insert') out.splice(index, 0, byte);
    else if (kind === 'delete') out.splice(index, 1);
    else out = out.slice(0, index);
  }
  return new Uint8Array(out);
}

describe('properties', () => {
  it('reads every decimal double text as Number() does (the in-place path and the general one)', () => {
    const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${max}}$`));
    const decimal = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        digits(12),
        fc.constantFrom('.', ''),
        digits(12),
        fc.constantFrom('', 'e-3', 'E+20'),
      )
      .map(
        ([sign, whole, point, fraction, exponent]) =>
          `${sign}${whole}${point}${point ? fraction : ''}${exponent}`,
      );
    fc.assert(
      fc.property(decimal, (text) => {
        const decoded = decodeMethodResponse(
          `<methodResponse><params><param><value><double>${text}</double></value></param></params></methodResponse>`,
        );
        expect(Object.is(decoded, Number(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('decode(encode(v)) equals v for calls and responses', () => {
    fc.assert(
      fc.property(fc.array(arbitraryValue, { maxLength: 3 }), fc.boolean(), (params, pretty) => {
        const expected = params.map(expectedDecoded);
        expect(decodeMethodCall(encodeMethodCall('m', params, { pretty }))).toEqual({
          methodName: 'm',
          params: expected,
        });
        const bytes = new TextEncoder().encode(encodeMethodResponse(params, { largeIntegers: 'i8' }));
        expect(decodeMethodResponse(bytes)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('faults round-trip with their code type', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), xmlText), xmlText, (faultCode, faultString) => {
        expect(decodeXmlRpcMessage(encodeFault({ faultCode, faultString }))).toEqual({
          kind: 'fault',
          faultCode,
          faultString,
        });
      }),
      { numRuns: 100 },
    );
  });

  it('byte mutations of valid documents decode or throw XmlRpcDecodeError, nothing else', () => {
    fc.assert(
      fc.property(arbitraryValue, fc.array(mutation, { minLength: 1, maxLength: 4 }), (value, mutations) => {
        const document = mutate(new TextEncoder().encode(encodeMethodResponse(value)), mutations);
        try {
          decodeXmlRpcMessage(document);
          decodeXmlRpcMessage(Buffer.from(document).toString('latin1'));
        } catch (error) {
          if (!(error instanceof XmlRpcDecodeError)) throw error;
          expect(error.line).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every truncation of a rich document throws XmlRpcDecodeError (no loop runs past the end)', () => {
    const document = encodeMethodCall('m', [
      {
        a: [1, -2, 3000000000, 12345678901234567890n, 1.5, true, null, 'x &amp; <y>'],
        b: new Date(0),
        c: new Uint8Array(4),
      },
      xmlRpcDouble(2),
    ]);
    const root = document.indexOf('<methodCall>');
    const pretty = `${document.slice(0, root)}<!-- c --><?pi x?>${document.slice(root).replace(/></g, '>\r\n <')}`;
    for (const text of [document, pretty]) {
      expect(decodeXmlRpcMessage(text)).toMatchObject({ kind: 'call' });
      for (let length = 0; length < text.length - 1; length++) {
        expect(() => decodeXmlRpcMessage(text.slice(0, length)), text.slice(0, length)).toThrow(
          XmlRpcDecodeError,
        );
      }
    }
  });
});
