import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

/**
 * A document as the scanner reads it: its UTF-8 bytes, and the same bytes read as Latin-1 (one character a byte).
 *
 * The scanner compares bytes (a typed-array load is a fraction of the cost of `charCodeAt`), slices values out of
 * the one-byte string (no copy, no decode), and decodes from the bytes as UTF-8 only the few values that hold
 * non-ASCII text. Measured on a 14 KB SoftLayer response with 14 non-ASCII bytes: decoding the bytes to a string
 * first made the whole document a two-byte string — a 10 µs decode before scanning, and slower comparisons after.
 * Positions are byte offsets; error columns are converted back to characters.
 */
export interface DocumentText {
  /** The bytes read as Latin-1: character `k` is byte `k`. */
  text: string;
  /** The UTF-8 bytes, followed by `PADDING` zero bytes so that look-ahead never leaves the buffer. */
  bytes: Buffer;
}

/** Why a document cannot be read, and where (line and column 0 when nowhere in particular). */
export interface DocumentTextFailure {
  reason: string;
  line: number;
  column: number;
}

/** A failure at character `offset` of `text` (-1: nowhere in particular). */
function failure(reason: string, text: string, offset: number): DocumentTextFailure {
  if (offset < 0) return { reason, line: 0, column: 0 };
  let line = 1;
  let lineStart = 0;
  for (
    let newline = text.indexOf('\n');
    newline !== -1 && newline < offset;
    newline = text.indexOf('\n', newline + 1)
  ) {
    line++;
    lineStart = newline + 1;
  }
  return { reason, line, column: offset - lineStart + 1 };
}

/** `String.prototype.isWellFormed` (Node 20+; not in the ES2022 library types). */
interface WellFormedCheck {
  isWellFormed(): boolean;
}

/** Zero bytes after the document: more than the longest look-ahead of the scanner (`<member><name>`, 14). */
const PADDING = 32;

/** The scanner's view of UTF-8 bytes (copied once, with the padding). */
function fromUtf8(utf8: Uint8Array): DocumentText {
  const bytes = Buffer.allocUnsafe(utf8.byteLength + PADDING);
  bytes.set(utf8);
  bytes.fill(0, utf8.byteLength);
  return { text: bytes.toString('latin1', 0, utf8.byteLength), bytes };
}

/**
 * The scanner's view of a document given as a string. A string with a lone surrogate is no text at all and fails;
 * an ASCII string (its UTF-8 length equals its length) is its own Latin-1 reading.
 */
export function documentFromString(text: string): DocumentText | DocumentTextFailure {
  const length = Buffer.byteLength(text, 'utf8');
  if (length !== text.length && !(text as unknown as WellFormedCheck).isWellFormed()) {
    return failure(
      'a lone surrogate is not a character (the text is not valid UTF-16)',
      text,
      loneSurrogateAt(text),
    );
  }
  const bytes = Buffer.allocUnsafe(length + PADDING);
  bytes.write(text, 0, 'utf8');
  bytes.fill(0, length);
  return { text: length === text.length ? text : bytes.toString('latin1', 0, length), bytes };
}

function loneSurrogateAt(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      else return index;
    } else if (code >= 0xdc00 && code <= 0xdfff) return index;
  }
  return -1;
}

/** Names of ISO-8859-1 (and its subset ASCII): read byte for byte, not as windows-1252 like `TextDecoder` does. */
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

const ENCODING_DECLARATION = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/;

/** The encoding named in the XML declaration, lower-cased, or `utf-8` when none is declared. */
function declaredEncoding(bytes: Uint8Array): string {
  if (bytes[0] !== 0x3c || bytes[1] !== 0x3f) return 'utf-8';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256)).toString(
    'latin1',
  );
  return ENCODING_DECLARATION.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/**
 * The scanner's view of a document given as bytes: a UTF-16 or UTF-8 byte-order mark wins, then the encoding the
 * XML declaration names (UTF-8, ISO-8859-1 and whatever else `TextDecoder` knows), else UTF-8. Invalid input is an
 * error, never silently replaced. UTF-8 (the common case) is checked and copied, never decoded as a whole.
 */
export function documentFromBytes(bytes: Uint8Array): DocumentText | DocumentTextFailure {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const encoding = bom ? 'utf-8' : declaredEncoding(bytes);
  if (encoding === 'utf-8' || encoding === 'utf8') {
    if (isUtf8(bytes)) return fromUtf8(bytes);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return failure('the bytes are not valid UTF-8', text, text.indexOf('\uFFFD'));
  }
  if (LATIN1.has(encoding)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return documentFromString(text);
  }
  return decodeWith(encoding, bytes);
}

/** Decodes the whole input with `TextDecoder` (strictly), then reads the text like a string input. */
function decodeWith(encoding: string, bytes: Uint8Array): DocumentText | DocumentTextFailure {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return failure(`unsupported encoding ${JSON.stringify(encoding)}`, '', -1);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return failure(`the bytes are not valid ${encoding}`, '', -1);
  }
  return documentFromString(text);
}
