import { describe, expect, it } from 'vitest';
import {
  decodeMethodCall,
  decodeMethodResponse,
  decodeXmlRpcMessage,
  encodeFault,
  encodeFaultBytes,
  encodeMethodCall,
  encodeMethodCallBytes,
  encodeMethodResponse,
  encodeMethodResponseBytes,
  XmlRpcDouble,
  XmlRpcEncodeError,
  xmlRpcDouble,
} from '../src/index';

function encodeError(run: () => unknown): XmlRpcEncodeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(XmlRpcEncodeError);
    return error as XmlRpcEncodeError;
  }
  throw new Error('expected an XmlRpcEncodeError');
}

const body = (xml: string) => xml.replace(/^.*<param>|<\/param>.*$/gs, '');

describe('encodeMethodCall', () => {
  it('writes every type', () => {
    const xml = encodeMethodCall('getObject', [
      'a<b>&c',
      42,
      -3000000000,
      1.5,
      xmlRpcDouble(3),
      12345678901234567890n,
      true,
      null,
      undefined,
      new Date(Date.UTC(2023, 3, 1, 12, 34, 56)),
      new Uint8Array([104, 105]),
      [1, 'x'],
      { id: 1 },
      new Map([['k', 'v']]),
    ]);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<methodCall><methodName>getObject</methodName><params>',
      ),
    ).toBe(true);
    for (const part of [
      '<string>a&lt;b&gt;&amp;c</string>',
      '<int>42</int>',
      '<int>-3000000000</int>',
      '<double>1.5</double>',
      '<double>3.0</double>',
      '<int>12345678901234567890</int>',
      '<boolean>1</boolean>',
      '<nil/>',
      '<dateTime.iso8601>20230401T12:34:56</dateTime.iso8601>',
      '<base64>aGk=</base64>',
      '<array><data><value><int>1</int></value><value><string>x</string></value></data></array>',
      '<struct><member><name>id</name><value><int>1</int></value></member></struct>',
      '<struct><member><name>k</name><value><string>v</string></value></member></struct>',
    ]) {
      expect(xml).toContain(part);
    }
    expect(decodeMethodCall(xml).params).toHaveLength(14);
  });

  it("writes large integers as <i8> with largeIntegers: 'i8'", () => {
    expect(body(encodeMethodCall('m', [3000000000], { largeIntegers: 'i8' }))).toBe(
      '<value><i8>3000000000</i8></value>',
    );
    expect(body(encodeMethodCall('m', [7], { largeIntegers: 'i8' }))).toBe('<value><int>7</int></value>');
    expect(encodeError(() => encodeMethodCall('m', [2n ** 64n], { largeIntegers: 'i8' })).path).toBe(
      'params[0]',
    );
  });

  it('writes dates in the chosen format', () => {
    const date = new Date('2023-04-01T12:34:56Z');
    expect(encodeMethodCall('m', [date], { dateFormat: 'softlayer', utcOffset: -360 })).toContain(
      '2023-04-01T06:34:56-06:00',
    );
    expect(encodeMethodCall('m', [date], { dateFormat: 'softlayer' })).toContain('2023-04-01T12:34:56+00:00');
    expect(encodeMethodCall('m', [date], { dateFormat: (d) => d.toISOString() })).toContain(
      '2023-04-01T12:34:56.000Z',
    );
    const decoded = decodeMethodResponse(
      encodeMethodResponse(date, { dateFormat: 'softlayer', utcOffset: 330 }),
    );
    expect(decoded).toEqual(date);
    expect(() => encodeMethodCall('m', [new Date(Number.NaN)])).toThrow(XmlRpcEncodeError);
  });

  it('names the path of a character XML cannot carry', () => {
    const error = encodeError(() => encodeMethodCall('m', [1, [{ ok: 'x', name: 'a\u0001b' }]]));
    expect(error.code).toBe('XMLRPC_ENCODE');
    expect(error.path).toBe('params[1][0].name');
    expect(error.message).toContain('U+0001');
    expect(encodeError(() => encodeMethodCall('m', [{ '\ud800': 1 }])).message).toContain('U+D800');
    expect(encodeMethodCall('m', ['tab\tnew\nline\r😀'])).toContain('tab\tnew\nline&#13;😀');
  });

  it('refuses what XML-RPC cannot say', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(encodeError(() => encodeMethodCall('m', [cycle as never])).message).toContain('cycle');
    expect(encodeError(() => encodeMethodCall('m', [Number.NaN])).path).toBe('params[0]');
    expect(encodeError(() => encodeMethodCall('m', [{ f: (() => 1) as never }])).path).toBe('params[0].f');
    expect(encodeError(() => encodeMethodCall('m', [new (class Point {})() as never])).message).toContain(
      'Point',
    );
    expect(encodeError(() => encodeMethodCall('m', [new Map([[1, 2]]) as never])).message).toContain(
      'Map key',
    );
    expect(() => encodeMethodCall('', [])).toThrow(XmlRpcEncodeError);
    const deep: unknown[] = [];
    let cursor = deep;
    for (let index = 0; index < 20; index++) cursor = cursor[0] = [] as unknown[];
    expect(() => encodeMethodCall('m', [deep as never], { maxDepth: 10 })).toThrow(/maxDepth/);
  });

  it('pretty-prints a document that decodes to the same values', () => {
    const value = { a: [1, { b: 'x' }, []], c: {} };
    const pretty = encodeMethodCall('m', [value, 'y'], { pretty: true });
    expect(pretty).toContain('\n    <param>\n');
    expect(decodeMethodCall(pretty)).toEqual(decodeMethodCall(encodeMethodCall('m', [value, 'y'])));
  });

  it('builds large documents right back to back, and inside a dateFormat callback', () => {
    const rows = (tag: string) =>
      Array.from({ length: 4000 }, (_, index) => ({ id: index, note: `${tag} ${index} — é ✓`.repeat(3) }));
    for (const tag of ['first', 'second, shorter', 'third and by far the longest of the three']) {
      expect(decodeMethodCall(encodeMethodCall('m', [rows(tag)])).params[0]).toEqual(rows(tag));
    }
    const nested: string[] = [];
    const dateFormat = (date: Date) => {
      nested.push(encodeMethodResponse(rows('nested')));
      return date.toISOString();
    };
    const value = { rows: rows('outer'), at: new Date(0) };
    const outer = encodeMethodCall('m', [value], { dateFormat });
    expect(decodeMethodCall(outer, { dates: 'text' }).params[0]).toEqual({
      ...value,
      at: '1970-01-01T00:00:00.000Z',
    });
    expect(decodeMethodResponse(nested[0]!)).toEqual(rows('nested'));
  });

  it('writes the same documents as UTF-8 bytes, each with a buffer of its own', () => {
    const small = [{ note: 'Zürich ✓', at: new Date(0), id: 3_000_000_000 }];
    const large = [
      Array.from({ length: 3000 }, (_, index) => ({ id: index, note: `naïve café ${index} 𝄞` })),
    ];
    for (const params of [small, large]) {
      const bytes = encodeMethodCallBytes('m', params, { largeIntegers: 'i8' });
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(
        Buffer.from(bytes).equals(Buffer.from(encodeMethodCall('m', params, { largeIntegers: 'i8' }))),
      ).toBe(true);
      expect(Buffer.from(encodeMethodResponseBytes(params)).toString('utf8')).toBe(
        encodeMethodResponse(params),
      );
    }
    const fault = { faultCode: 'SoftLayer_Exception', faultString: 'Ungültig' };
    expect(Buffer.from(encodeFaultBytes(fault)).toString('utf8')).toBe(encodeFault(fault));
    // The writer reuses its buffer: a returned document must not change when the next one is written.
    const first = encodeMethodCallBytes('m', large);
    const copy = Buffer.from(first);
    encodeMethodCallBytes('other', [large[0]!.map((row) => ({ ...row, note: 'overwritten' }))]);
    expect(Buffer.from(first).equals(copy)).toBe(true);
    expect(decodeMethodCall(first).params).toEqual(large);
  });

  it('recognises doubles from another copy of the package by their brand', () => {
    expect(XmlRpcDouble.isInstance(xmlRpcDouble(1))).toBe(true);
    expect(XmlRpcDouble.isInstance({ value: 1 })).toBe(false);
  });
});

describe('encodeFault', () => {
  it('keeps the code type', () => {
    expect(decodeXmlRpcMessage(encodeFault({ faultCode: -32601, faultString: 'nope' }))).toEqual({
      kind: 'fault',
      faultCode: -32601,
      faultString: 'nope',
    });
    expect(
      decodeXmlRpcMessage(
        encodeFault({ faultCode: 'SoftLayer_Exception', faultString: '<x>' }, { pretty: true }),
      ),
    ).toEqual({ kind: 'fault', faultCode: 'SoftLayer_Exception', faultString: '<x>' });
    expect(() => encodeFault({ faultCode: 1.5, faultString: 'x' })).toThrow(XmlRpcEncodeError);
  });
});
