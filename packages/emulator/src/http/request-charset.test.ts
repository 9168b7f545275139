import { decodeMethodCall } from '@sl/xmlrpc-codec';
import { describe, expect, it } from 'vitest';
import { xmlRpcRequestText } from './request-charset';

/** A call with one string parameter whose bytes are `text`, behind the given XML declaration. */
function callBytes(declaration: string, text: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `${declaration}<methodCall><methodName>editObject</methodName><params><param><value><string>`,
    ),
    text,
    Buffer.from('</string></value></param></params></methodCall>'),
  ]);
}

function decodedString(body: Buffer, contentType?: string): unknown {
  return decodeMethodCall(xmlRpcRequestText(body, contentType)).params[0];
}

const LATIN1_DECLARATION = "<?xml version='1.0' encoding='iso-8859-1'?>\n";
const CHECK_MARK_UTF8 = Buffer.from('edited \u2713', 'utf8'); // e2 9c 93: valid UTF-8, three bytes

describe('xmlRpcRequestText (the charset rule of the XML-RPC endpoint)', () => {
  it('reads UTF-8 bytes under an ISO-8859-1 declaration as UTF-8, as the reference client means them', () => {
    expect(decodedString(callBytes(LATIN1_DECLARATION, CHECK_MARK_UTF8))).toBe('edited \u2713');
    // The codec alone stays strict: the same bytes read as ISO-8859-1 are mojibake.
    expect(decodeMethodCall(callBytes(LATIN1_DECLARATION, CHECK_MARK_UTF8)).params[0]).toBe(
      'edited \u00e2\u009c\u0093',
    );
  });

  it('reads real ISO-8859-1 bytes (not valid UTF-8) as ISO-8859-1', () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xfc]); // "café ü" in ISO-8859-1
    expect(decodedString(callBytes(LATIN1_DECLARATION, latin1))).toBe('caf\u00e9 \u00fc');
  });

  it('honours an ISO-8859-1 Content-Type when the document declares nothing', () => {
    const latin1 = Buffer.from([0x6e, 0xe9]);
    expect(decodedString(callBytes('', latin1), 'text/xml; charset=ISO-8859-1')).toBe('n\u00e9');
    expect(decodedString(callBytes('', CHECK_MARK_UTF8), 'text/xml; charset="latin1"')).toBe('edited \u2713');
  });

  it('leaves other requests to the codec as bytes', () => {
    const utf8 = callBytes('<?xml version="1.0" encoding="UTF-8"?>', CHECK_MARK_UTF8);
    expect(xmlRpcRequestText(utf8, 'text/xml; charset=iso-8859-1')).toBe(utf8);
    const plain = callBytes('', CHECK_MARK_UTF8);
    expect(xmlRpcRequestText(plain, undefined)).toBe(plain);
    expect(decodedString(plain)).toBe('edited \u2713');
  });

  it('keeps ASCII under an ISO-8859-1 declaration as it is', () => {
    expect(decodedString(callBytes(LATIN1_DECLARATION, Buffer.from('plain')))).toBe('plain');
  });
});
