import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

/** Why bytes could not become text, and where (a character offset into the decoded text, or -1). */
export interface BytesToTextFailure {
  reason: string;
  offset: number;
}

const ENCODING_DECLARATION = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/;

/** The encoding named in the XML declaration, lower-cased, or `utf-8` when none is declared. */
function declaredEncoding(bytes: Uint8Array): string {
  if (bytes[0] !== 0x3c || bytes[1] !== 0x3f) return 'utf-8';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256)).toString(
    'latin1',
  );
  return ENCODING_DECLARATION.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

const LATIN1 = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
]);

/**
 * Turns a document's bytes into text: a UTF-16 or UTF-8 byte-order mark wins, then the encoding the XML declaration
 * names (UTF-8, ISO-8859-1 and whatever else `TextDecoder` knows), else UTF-8. Invalid UTF-8 is an error, never
 * silently replaced. One pass of native code; the scanner then works on the string.
 */
export function bytesToText(bytes: Uint8Array): string | BytesToTextFailure {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const encoding = bom ? 'utf-8' : declaredEncoding(bytes);
  if (encoding === 'utf-8' || encoding === 'utf8') {
    // Decoding replaces invalid bytes with U+FFFD: only when one shows up is the input checked strictly.
    const text = buffer.toString('utf8', bom);
    if (text.indexOf('\uFFFD') === -1 || isUtf8(buffer)) return text;
    return { reason: 'the bytes are not valid UTF-8', offset: text.indexOf('\uFFFD') };
  }
  if (LATIN1.has(encoding)) return buffer.toString('latin1');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return { reason: `unsupported encoding ${JSON.stringify(encoding)}`, offset: -1 };
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return { reason: `the bytes are not valid ${encoding}`, offset: -1 };
  }
}
