import { describe, expect, it } from 'vitest';
import {
  decodeMethodResponse,
  encodeMethodCall,
  encodeMethodResponse,
  XmlRpcDecodeError,
} from '../src/index';

/** The faults of published XML-RPC libraries (see the README) that this codec must not repeat: one test each. */
function response(value: string): string {
  return `<?xml version="1.0"?><methodResponse><params><param><value>${value}</value></param></params></methodResponse>`;
}

describe('peer faults we avoid', () => {
  it('npm xmlrpc: a SoftLayer -06:00 offset is an offset, not milliseconds', () => {
    const date = decodeMethodResponse(
      response('<dateTime.iso8601>2023-04-01T12:34:56-06:00</dateTime.iso8601>'),
    );
    expect(date).toEqual(new Date('2023-04-01T18:34:56.000Z'));
    const basic = decodeMethodResponse(response('<dateTime.iso8601>20230401T12:34:56</dateTime.iso8601>'));
    expect(basic).toEqual(new Date('2023-04-01T12:34:56.000Z'));
  });

  it('@foxglove/xmlrpc: nil is null, never undefined, and the member is kept', () => {
    const value = decodeMethodResponse(
      response('<struct><member><name>a</name><value><nil/></value></member></struct>'),
    ) as Record<string, unknown>;
    expect(Object.hasOwn(value, 'a')).toBe(true);
    expect(value.a).toBeNull();
    expect(decodeMethodResponse(response('<array><data><value><ex:nil/></value></data></array>'))).toEqual([
      null,
    ]);
  });

  it('@foxglove/xmlrpc: strings containing ]]> encode and decode', () => {
    const text = 'a]]>b <![CDATA[ c ]]> &';
    const encoded = encodeMethodResponse(text);
    expect(encoded).toContain('a]]&gt;b');
    expect(decodeMethodResponse(encoded)).toBe(text);
  });

  it('davexmlrpc: booleans go out as 1/0, and true/false text is rejected like Python does', () => {
    expect(encodeMethodCall('m', [true, false])).toContain(
      '<boolean>1</boolean></value></param><param><value><boolean>0</boolean>',
    );
    expect(() => decodeMethodResponse(response('<boolean>true</boolean>'))).toThrow(XmlRpcDecodeError);
  });

  it('davexmlrpc: base64 keeps every byte value', () => {
    const bytes = new Uint8Array(512).map((_, index) => (index * 7) % 256);
    const decoded = decodeMethodResponse(encodeMethodResponse(bytes));
    expect(decoded).toBeInstanceOf(Uint8Array);
    expect(decoded).toEqual(bytes);
  });

  it('all of them: i8 is a number in the safe range and an exact bigint beyond it, never a string', () => {
    expect(decodeMethodResponse(response('<i8>3000000000</i8>'))).toBe(3000000000);
    expect(decodeMethodResponse(response('<i8>-9007199254740993</i8>'))).toBe(-9007199254740993n);
    expect(decodeMethodResponse(response('<int>12345678901234567890</int>'))).toBe(12345678901234567890n);
  });

  it('the reference client: we declare UTF-8 and send UTF-8', () => {
    const encoded = encodeMethodCall('m', ['Zürich ✓']);
    expect(encoded.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(decodeMethodResponse(new TextEncoder().encode(encodeMethodResponse('Zürich ✓')))).toBe('Zürich ✓');
  });
});
