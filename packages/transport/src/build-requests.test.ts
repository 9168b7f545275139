import { decodeMethodCall, encodeMethodCall } from '@sl/xmlrpc-codec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRestRequest } from './build-rest-request';
import { buildXmlRpcRequest } from './build-xml-rpc-request';

// Values both transports carry unchanged: XML-RPC cannot send -0 distinctly, JSON no non-finite numbers.
const plainValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1 }), tie('value'), { maxKeys: 4 }),
  ),
}));
/** XML 1.0 cannot carry most control characters or lone surrogates (the codec rejects them with a typed error). */
function xmlSafe(value: unknown): boolean {
  if (typeof value === 'string') {
    for (const char of value) {
      const code = char.codePointAt(0) ?? 0;
      const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
      if (control || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) return false;
    }
    return true;
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).every(([key, item]) => xmlSafe(key) && xmlSafe(item));
  }
  return true;
}

const request = fc.record({
  service: fc.constantFrom('SoftLayer_Account', 'SoftLayer_Virtual_Guest', 'BluePages_Search'),
  method: fc.constantFrom('getObject', 'editObject', 'createARecord', 'getVirtualGuests'),
  args: fc.array(plainValue.value, { maxLength: 4 }),
  id: fc.option(fc.integer({ min: 1, max: 2 ** 31 }), { nil: undefined }),
  limit: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
  offset: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
});

describe('request builders', () => {
  it('XML-RPC: the args decode to what was given, after the headers struct', () => {
    fc.assert(
      fc.property(request.filter(xmlSafe), (input) => {
        const wire = buildXmlRpcRequest(input, 'http://127.0.0.1/xmlrpc/v3.1/');
        const decoded = decodeMethodCall(encodeMethodCall(wire.methodName, wire.params));
        expect(decoded.methodName).toBe(input.method);
        expect(decoded.params.slice(1)).toEqual(input.args);
        const headers = (decoded.params[0] as { headers: Record<string, unknown> }).headers;
        expect(headers[`${input.service}InitParameters`]).toEqual(
          input.id === undefined ? undefined : { id: input.id },
        );
        expect(headers.resultLimit).toEqual(
          input.limit ? { limit: input.limit, offset: input.offset ?? 0 } : undefined,
        );
        expect(wire.url).toBe(`http://127.0.0.1/xmlrpc/v3.1/${input.service}`);
      }),
      { numRuns: 200 },
    );
  });

  it('REST: the body carries the args, the URL the id and resultLimit', () => {
    fc.assert(
      fc.property(request, (input) => {
        const wire = buildRestRequest(input, 'http://127.0.0.1/rest/v3.1');
        const url = new URL(wire.url);
        expect(url.pathname).toBe(
          `/rest/v3.1/${input.service}${input.id === undefined ? '' : `/${input.id}`}/${input.method}.json`,
        );
        expect(wire.body === undefined ? [] : JSON.parse(wire.body).parameters).toEqual(input.args);
        const limited = Boolean(input.limit || input.offset);
        expect(url.searchParams.get('resultLimit')).toBe(
          limited ? `${input.offset ?? 0},${input.limit ?? 0}` : null,
        );
      }),
      { numRuns: 200 },
    );
  });
});
