import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  decodeMethodCall,
  decodeMethodResponse,
  decodeMethodResponseStream,
  XmlRpcDecodeError,
  XmlRpcFault,
} from '../src/index';

function response(value: string): string {
  return `<?xml version="1.0"?>\n<methodResponse><params><param><value>${value}</value></param></params></methodResponse>`;
}

function decodeError(run: () => unknown): XmlRpcDecodeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(XmlRpcDecodeError);
    return error as XmlRpcDecodeError;
  }
  throw new Error('expected an XmlRpcDecodeError');
}

const member = (name: string, value: string) =>
  `<member><name>${name}</name><value>${value}</value></member>`;

describe('decodeMethodResponse', () => {
  it('names the line, column and value path of a bad value', () => {
    const guests = [0, 1, 2]
      .map(() => `<value><struct>${member('id', '<int>1</int>')}</struct></value>`)
      .join('');
    const bad = `<value><struct>${member('datacenter', `<struct>${member('name', '<int>dal</int>')}</struct>`)}</struct></value>`;
    const xml = response(`<array><data>${guests}\n${bad}</data></array>`);
    const error = decodeError(() => decodeMethodResponse(xml));
    expect(error.code).toBe('XMLRPC_DECODE');
    expect(error.path).toBe('params[0][3].datacenter.name');
    expect(error.line).toBe(3);
    expect(xml.split('\n')[2]!.slice(error.column - 1)).toMatch(/^<int>dal/);
    expect(error.message).toContain('bad integer text "dal"');
  });

  it('quotes member names that are not identifiers in paths', () => {
    const error = decodeError(() =>
      decodeMethodResponse(response(`<struct>${member('a b', '<double>x</double>')}</struct>`)),
    );
    expect(error.path).toBe('params[0]["a b"]');
  });

  it('rejects DOCTYPE and entity declarations', () => {
    const doctype = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><methodResponse><params><param><value>&e;</value></param></params></methodResponse>`;
    expect(decodeError(() => decodeMethodResponse(doctype)).message).toContain('DOCTYPE');
    expect(decodeError(() => decodeMethodResponse(response('&e;'))).message).toContain('undefined entity');
  });

  it('enforces maxDepth and maxBytes', () => {
    const deep = response(`${'<array><data><value>'.repeat(30)}x${'</value></data></array>'.repeat(30)}`);
    expect(decodeMethodResponse(deep, { maxDepth: 30 })).toBeDefined();
    expect(decodeError(() => decodeMethodResponse(deep, { maxDepth: 29 })).message).toContain('maxDepth');
    const big = response(`<string>${'x'.repeat(1000)}</string>`);
    expect(decodeError(() => decodeMethodResponse(big, { maxBytes: 500 })).message).toContain('maxBytes');
    expect(() => decodeMethodResponse(Buffer.from(big), { maxBytes: 500 })).toThrow(/maxBytes/);
    expect(() =>
      decodeMethodResponse(response(`<string>${'é'.repeat(400)}</string>`), { maxBytes: 800 }),
    ).toThrow(/maxBytes/);
  });

  it('creates struct members named __proto__ and constructor as own data properties', () => {
    const value = decodeMethodResponse(
      response(
        `<struct>${member('__proto__', `<struct>${member('polluted', '<boolean>1</boolean>')}</struct>`)}${member('constructor', 'c')}</struct>`,
      ),
    ) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect(value.constructor).toBe('c');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the last of duplicate members, in first-seen order, like Python', () => {
    const value = decodeMethodResponse(
      response(
        `<struct>${member('b', '<int>1</int>')}${member('a', '<int>2</int>')}${member('b', '<int>3</int>')}</struct>`,
      ),
    );
    expect(Object.entries(value as object)).toEqual([
      ['b', 3],
      ['a', 2],
    ]);
  });

  it('decodes big integers as bigint or as strings, and dates as Date or text', () => {
    expect(decodeMethodResponse(response('<i8>9223372036854775807</i8>'), { bigIntegers: 'string' })).toBe(
      '9223372036854775807',
    );
    expect(decodeMethodResponse(response('<i8>42</i8>'), { bigIntegers: 'string' })).toBe(42);
    const date = '<dateTime.iso8601>2023-04-01T12:34:56-06:00</dateTime.iso8601>';
    expect(decodeMethodResponse(response(date), { dates: 'text' })).toBe('2023-04-01T12:34:56-06:00');
    expect(
      decodeMethodResponse(response('<dateTime.iso8601>2024-02-29T23:59:59.250Z</dateTime.iso8601>')),
    ).toEqual(new Date('2024-02-29T23:59:59.250Z'));
    for (const bad of ['2023-02-29T00:00:00', '20231301T00:00:00', '20230401T24:00:00', '20230401', 'soon']) {
      expect(() => decodeMethodResponse(response(`<dateTime.iso8601>${bad}</dateTime.iso8601>`))).toThrow(
        /dateTime/,
      );
    }
  });

  it('rejects bad scalar text with a typed error', () => {
    for (const bad of [
      '<int></int>',
      '<int>1.5</int>',
      '<i4>0x10</i4>',
      '<double></double>',
      '<double>Infinity</double>',
      '<double>1e</double>',
      '<boolean></boolean>',
      '<base64>a$==</base64>',
      '<base64>abc</base64>',
      '<base64>ab=c</base64>',
      '<nil>x</nil>',
    ]) {
      expect(() => decodeMethodResponse(response(bad)), bad).toThrow(XmlRpcDecodeError);
    }
    const long = decodeError(() => decodeMethodResponse(response(`<int>${'9'.repeat(5000)}x</int>`)));
    expect(long.message.length).toBeLessThan(200);
    expect(decodeMethodResponse(response('<double> 1.5e3 </double>'))).toBe(1500);
    expect(decodeMethodResponse(response('<int> -0 </int>'))).toBe(0);
  });

  it('handles comments, CDATA, CR/LF, character references and attributes', () => {
    expect(
      decodeMethodResponse(
        response('<!-- c --><string>a<!-- x -->b<![CDATA[<&>]]>&#x1F600;\r\nz</string><!-- d -->'),
      ),
    ).toBe('ab<&>😀\nz');
    expect(decodeMethodResponse(response(`<string lang="en" x='1'>t</string>`))).toBe('t');
    expect(() => decodeMethodResponse(response('<string>&#1;</string>'))).toThrow(/not a character/);
    expect(() => decodeMethodResponse(response('<string>a\u0001b</string>'))).toThrow(/U\+0001/);
    expect(() => decodeMethodResponse(response('<string>a & b</string>'))).toThrow(/bare &/);
  });

  it('reads ISO-8859-1 and UTF-8 bytes by the declaration, and rejects invalid UTF-8', () => {
    const latin1 = Buffer.from(
      `<?xml version="1.0" encoding="ISO-8859-1"?><methodResponse><params><param><value>caf\xe9</value></param></params></methodResponse>`,
      'latin1',
    );
    expect(decodeMethodResponse(latin1)).toBe('café');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(response('é'))]);
    expect(decodeMethodResponse(bom)).toBe('é');
    const invalid = Buffer.concat([
      Buffer.from(response('<string>ab')),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('</string></value></param></params></methodResponse>'),
    ]);
    const error = decodeError(() => decodeMethodResponse(invalid));
    expect(error.message).toContain('UTF-8');
    expect(error.line).toBe(2);
  });

  it('reads non-ASCII text wherever it is, from bytes and from strings alike', () => {
    const xml = response(
      `<struct>${member('naïve', '<string>Zürich &amp; Genève ✓ 𝄞</string>')}${member('plain', 'データ\r\nベース')}` +
        `${member('cdata', '<string><![CDATA[ß <ok>]]></string>')}${member('ascii', '<string>after</string>')}</struct>`,
    );
    const expected = {
      naïve: 'Zürich & Genève ✓ 𝄞',
      plain: 'データ\nベース',
      cdata: 'ß <ok>',
      ascii: 'after',
    };
    expect(decodeMethodResponse(xml)).toEqual(expected);
    expect(decodeMethodResponse(Buffer.from(xml))).toEqual(expected);
    // UTF-16 and ISO-8859-15 documents are read as text first, then scanned the same way.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect(decodeMethodResponse(utf16)).toEqual(expected);
    const latin9 = Buffer.from(
      `<?xml version="1.0" encoding="ISO-8859-15"?><methodResponse><params><param><value>\xa4 5</value></param></params></methodResponse>`,
      'latin1',
    );
    expect(decodeMethodResponse(latin9)).toBe('€ 5');
  });

  it('counts error columns in characters, not bytes, and names non-ASCII tags as written', () => {
    const xml = response('<string>Zürich ✓ 𝄞</string></value><value>');
    const fromText = decodeError(() => decodeMethodResponse(xml));
    const fromBytes = decodeError(() => decodeMethodResponse(Buffer.from(xml)));
    expect([fromBytes.line, fromBytes.column]).toEqual([fromText.line, fromText.column]);
    expect(xml.split('\n')[1]!.slice(fromText.column - 1)).toMatch(/^<value>/);
    const unknown = decodeError(() => decodeMethodResponse(Buffer.from(response('<données>1</données>'))));
    expect(unknown.message).toContain('<données>');
  });

  it('rejects a string with a lone surrogate instead of sending U+FFFD on', () => {
    const error = decodeError(() => decodeMethodResponse(response('<string>a\ud800b</string>')));
    expect(error.message).toContain('lone surrogate');
    expect([error.line, error.column]).toEqual([2, 48]);
    expect(decodeMethodResponse(response('<string>\ud834\udd1e</string>'))).toBe('𝄞');
  });

  it('throws XmlRpcFault with the code type kept', () => {
    const fault = (code: string) =>
      `<methodResponse><fault><value><struct>${member('faultCode', code)}${member('faultString', 'no')}</struct></value></fault></methodResponse>`;
    expect(() => decodeMethodResponse(fault('<int>3</int>'))).toThrow(
      expect.objectContaining({ faultCode: 3, faultString: 'no', code: 'XMLRPC_FAULT' }),
    );
    expect(() => decodeMethodResponse(fault('<string>X</string>'))).toThrow(XmlRpcFault);
    expect(() => decodeMethodResponse(fault('<boolean>1</boolean>'))).toThrow(XmlRpcDecodeError);
  });

  it('wants exactly one param and the right root', () => {
    expect(() => decodeMethodResponse('<methodResponse><params/></methodResponse>')).toThrow(
      /exactly one param/,
    );
    expect(() => decodeMethodResponse('<methodCall><methodName>m</methodName></methodCall>')).toThrow(
      /expected <methodResponse>/,
    );
    expect(() => decodeMethodCall(response('x'))).toThrow(/expected <methodCall>/);
    expect(() => decodeMethodResponse(`${response('x')}<x/>`)).toThrow(/after the root/);
    expect(() => decodeMethodResponse(42 as unknown as string)).toThrow(XmlRpcDecodeError);
  });
});

describe('decodeMethodCall', () => {
  it('returns the method name and params', () => {
    expect(
      decodeMethodCall(
        '<methodCall><methodName>a.b</methodName><params><param><value><i4>1</i4></value></param></params></methodCall>',
      ),
    ).toEqual({ methodName: 'a.b', params: [1] });
  });
});

describe('decodeMethodResponseStream', () => {
  it('decodes chunks split inside multi-byte characters', async () => {
    const bytes = Buffer.from(response('<string>Zürich ✓ 日本</string>'));
    const chunks = Array.from({ length: bytes.length }, (_, index) => bytes.subarray(index, index + 1));
    expect(await decodeMethodResponseStream(Readable.from(chunks))).toBe('Zürich ✓ 日本');
    expect(
      await decodeMethodResponseStream(
        Readable.from([
          '<methodResponse><params><param><value>',
          'é</value></param></params></methodResponse>',
        ]),
      ),
    ).toBe('é');
  });

  it('lets errors of the stream itself through unchanged', async () => {
    const failure = new Error('connection reset');
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('<methodResponse>');
      throw failure;
    }
    await expect(decodeMethodResponseStream(broken())).rejects.toBe(failure);
    await expect(
      decodeMethodResponseStream(Readable.from([Buffer.from('<methodResponse>')])),
    ).rejects.toThrow(XmlRpcDecodeError);
  });

  it('stops reading at maxBytes', async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (let index = 0; index < 1000; index++) {
        produced++;
        yield new Uint8Array(100);
      }
    }
    await expect(decodeMethodResponseStream(endless(), { maxBytes: 1000 })).rejects.toThrow(/maxBytes/);
    expect(produced).toBe(11);
  });
});
