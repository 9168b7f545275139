import { decodeBase64 } from './decode-base64';
import type { DocumentText } from './document-text';
import { XmlRpcDecodeError } from './errors';
import { describeCharacter } from './escape-xml-text';
import { formatPath, type PathSegment } from './format-path';
import { isMemberEndAt, isMemberNameAt, isNameEndAt, isValueAt, isValueEndAt } from './hot-tags';
import { parseDateTime } from './parse-date-time';
import type { DecodeOptions, XmlRpcDecoded, XmlRpcMessage } from './types';

export const DEFAULT_MAX_DEPTH = 100;

/** Which root element the caller wants. */
export type ExpectedMessage = 'call' | 'response' | 'any';

/** 1 for characters that may continue an XML name (ASCII part; every non-ASCII character is accepted). */
const NAME_CHAR = new Uint8Array(128);
/** 1 for characters that may start an XML name. */
const NAME_START = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58;
  NAME_START[code] = letter ? 1 : 0;
  NAME_CHAR[code] = letter || (code >= 48 && code <= 57) || code === 45 || code === 46 ? 1 : 0;
}

/** 10^0 … 10^15, all exact doubles. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, power) => 10 ** power);

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Scalar text for an error message, cut at 40 characters so that a huge bad value does not make a huge message. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * A copy of `text` that does not point into the document: a `slice` of a long string may keep the whole document
 * alive, which the cross-document cache must not do. Property keys are copied into V8's string table, so this
 * returns that copy (only on a cache miss).
 */
function ownCopy(text: string): string {
  return Object.keys({ [text]: true })[0] ?? text;
}

// No regular expressions run on document text: V8 keeps the last regexp input alive (RegExp.input), and that
// input, a slice of the document, would keep the whole document in memory after decoding.

/** Whether `text` is only decimal (or, with `hex`, hexadecimal) digits, at least one. */
function isDigits(text: string, hex: boolean): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const lower = code | 0x20;
    if (!((code >= 48 && code <= 57) || (hex && lower >= 97 && lower <= 102))) return false;
  }
  return true;
}

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/** A decimal double as Python's float() reads it, minus inf/nan and underscores: `-12.5e3`, ` 3 `, `.5`, `1.`. */
function isDoubleText(text: string): boolean {
  let index = 0;
  let end = text.length;
  while (index < end && isSpace(text.charCodeAt(index))) index++;
  while (end > index && isSpace(text.charCodeAt(end - 1))) end--;
  const sign = text.charCodeAt(index);
  if (sign === 43 || sign === 45) index++;
  let digits = 0;
  while (index < end && isDigitAt(text, index)) {
    index++;
    digits++;
  }
  if (index < end && text.charCodeAt(index) === 46) {
    index++;
    while (index < end && isDigitAt(text, index)) {
      index++;
      digits++;
    }
  }
  if (digits === 0) return false;
  if (index < end && (text.charCodeAt(index) | 0x20) === 101) {
    index++;
    const exponentSign = text.charCodeAt(index);
    if (exponentSign === 43 || exponentSign === 45) index++;
    const exponentStart = index;
    while (index < end && isDigitAt(text, index)) index++;
    if (index === exponentStart) return false;
  }
  return index === end;
}

function isSpaceOnly(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (!isSpace(text.charCodeAt(index))) return false;
  return true;
}

/** True for a character XML 1.0 can carry (as a code point). */
function isXmlCharacter(code: number): boolean {
  return code >= 0x20
    ? code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
    : code === 9 || code === 10 || code === 13;
}

/**
 * What the scanner learnt about the structs at one place in the tree: their member names, in order, and the shapes
 * of their members' values. SoftLayer answers are arrays of same-shaped structs, so the next struct's member names
 * are almost always the previous one's: the scanner checks the text against the known name in place and reuses the
 * string, with no slice, no allocation and no hashing of a new property key.
 */
class Shape {
  readonly keys: string[] = [];
  readonly children: Shape[] = [];

  child(index: number): Shape {
    let shape = this.children[index];
    if (shape === undefined) {
      shape = new Shape();
      // Bounded: past MAX_SHAPES the new shape is used for this document only and not remembered.
      if (++shapeCount <= MAX_SHAPES) this.children[index] = shape;
    }
    return shape;
  }
}

/**
 * The shapes learnt from earlier documents, so that even the first struct of the next response of the same kind
 * reuses its member names. A pure cache (it never changes a decoded value), bounded to MAX_SHAPES shapes of at
 * most MAX_KEYS names each; when full it is dropped and relearnt.
 */
const MAX_SHAPES = 4096;
const MAX_KEYS = 256;
let shapeCount = 0;
let rootShape = new Shape();

function sharedRootShape(): Shape {
  if (shapeCount > MAX_SHAPES) {
    shapeCount = 0;
    rootShape = new Shape();
  }
  return rootShape;
}

/**
 * The hand-written scanner for the XML-RPC subset of XML. It walks the document's UTF-8 bytes (see
 * `DocumentText`), builds values as it goes (no DOM, no event objects), and takes text as one `slice` of the
 * document's Latin-1 reading — or, for text with non-ASCII bytes, entities, CDATA, comments or CRs, decodes it.
 * Every failure is an `XmlRpcDecodeError` with line, column and value path.
 */
export class XmlRpcScanner {
  /** The document's UTF-8 bytes read as Latin-1: one character a byte, for slices and `indexOf`. */
  private readonly s: string;
  /** The document's UTF-8 bytes, followed by zero bytes (see `DocumentText`); the scanner reads these. */
  private readonly b: Buffer;
  /** The document's length in bytes. */
  private readonly n: number;
  private i = 0;
  /** Whether the start tag read last was `<x/>`. */
  private selfClosing = false;
  /** How many path segments are live, and the segments themselves (index = nesting level). */
  private depth = 0;
  private readonly segments: PathSegment[] = [];
  /** The path of the param being read (`params[2]`, `fault`), or '' outside any value. */
  private root = '';
  private readonly maxDepth: number;
  private readonly bigIntegersAsString: boolean;
  private readonly datesAsText: boolean;

  constructor(document: DocumentText, options: DecodeOptions = {}) {
    this.s = document.text;
    this.b = document.bytes;
    this.n = document.text.length;
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.bigIntegersAsString = options.bigIntegers === 'string';
    this.datesAsText = options.dates === 'text';
  }

  /** Throws an `XmlRpcDecodeError` located at `at` (a string index). */
  fail(reason: string, at: number = this.i): never {
    const s = this.s;
    const position = Math.min(Math.max(at, 0), this.n);
    let line = 1;
    let lineStart = 0;
    for (
      let newline = s.indexOf('\n');
      newline !== -1 && newline < position;
      newline = s.indexOf('\n', newline + 1)
    ) {
      line++;
      lineStart = newline + 1;
    }
    const path = this.root ? formatPath(this.root, this.segments, this.depth) : '';
    const column = this.b.toString('utf8', lineStart, position).length + 1;
    throw new XmlRpcDecodeError(reason, { line, column, path });
  }

  /**
   * The text from `start` to `end`. `high` is the bitwise OR of its character codes (or anything ≥ 128 when not
   * known): for UTF-8 input, a range with non-ASCII bytes is decoded from the bytes; everything else is a slice.
   */
  private textOf(start: number, end: number, high: number): string {
    return high < 128 ? this.s.slice(start, end) : this.b.toString('utf8', start, end);
  }

  /** The whole document. */
  document(expected: ExpectedMessage): XmlRpcMessage {
    const s = this.s;
    const b = this.b;
    if (b[0]! === 0xef && b[1]! === 0xbb && b[2]! === 0xbf) this.i = 3;
    if (s.startsWith('<?xml', this.i) && (isSpace(b[this.i + 5]!) || b[this.i + 5]! === 63)) {
      const end = s.indexOf('?>', this.i);
      if (end === -1) this.fail('unterminated XML declaration');
      this.i = end + 2;
    }
    this.skipSpace();
    if (this.i >= this.n) this.fail('no element found (the document is empty)');
    const rootAt = this.i;
    const root = this.startTag();
    let message: XmlRpcMessage | undefined;
    if (root === 'methodResponse' && expected !== 'call') message = this.response(rootAt);
    else if (root === 'methodCall' && expected !== 'response') message = this.call(rootAt);
    else {
      const wanted =
        expected === 'call'
          ? '<methodCall>'
          : expected === 'response'
            ? '<methodResponse>'
            : '<methodCall> or <methodResponse>';
      this.fail(`expected ${wanted}, found <${root}>`, rootAt);
    }
    this.skipSpace();
    if (this.i < this.n) this.fail('content after the root element');
    return message;
  }

  private response(rootAt: number): XmlRpcMessage {
    if (this.selfClosing) this.fail('<methodResponse/> has neither <params> nor <fault>', rootAt);
    this.skipSpace();
    const at = this.i;
    const tag = this.startTag();
    if (tag === 'params') {
      const params = this.selfClosing ? [] : this.paramList();
      this.skipSpace();
      this.close('methodResponse');
      return { kind: 'response', params };
    }
    if (tag !== 'fault' || this.selfClosing) this.fail(`expected <params> or <fault>, found <${tag}>`, at);
    this.skipSpace();
    this.root = 'fault';
    const fault = this.open('value') ? '' : this.valueBody(new Shape());
    this.skipSpace();
    this.close('fault');
    this.root = '';
    this.skipSpace();
    this.close('methodResponse');
    if (
      typeof fault !== 'object' ||
      fault === null ||
      Array.isArray(fault) ||
      fault instanceof Date ||
      fault instanceof Uint8Array
    ) {
      this.fail('a fault must be a struct with faultCode and faultString', at);
    }
    const { faultCode, faultString } = fault;
    if (typeof faultString !== 'string') this.fail('the fault has no string faultString', at);
    if (typeof faultCode === 'number' || typeof faultCode === 'string')
      return { kind: 'fault', faultCode, faultString };
    if (typeof faultCode === 'bigint') return { kind: 'fault', faultCode: String(faultCode), faultString };
    return this.fail('the fault has no int or string faultCode', at);
  }

  private call(rootAt: number): XmlRpcMessage {
    if (this.selfClosing) this.fail('<methodCall/> has no <methodName>', rootAt);
    this.skipSpace();
    const nameAt = this.i;
    const methodName = this.open('methodName') ? '' : this.text('methodName');
    if (methodName.length === 0) this.fail('the method name is empty', nameAt);
    this.skipSpace();
    let params: XmlRpcDecoded[] = [];
    if (!this.atEndTag()) {
      const at = this.i;
      const tag = this.startTag();
      if (tag !== 'params') this.fail(`expected <params>, found <${tag}>`, at);
      if (!this.selfClosing) params = this.paramList();
      this.skipSpace();
    }
    this.close('methodCall');
    return { kind: 'call', methodName, params };
  }

  private paramList(): XmlRpcDecoded[] {
    const params: XmlRpcDecoded[] = [];
    const shape = sharedRootShape();
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.atEndTag()) break;
      this.root = `params[${index}]`;
      if (this.open('param')) this.fail('<param/> has no value');
      this.skipSpace();
      params.push(this.open('value') ? '' : this.valueBody(shape.child(index)));
      this.skipSpace();
      this.close('param');
    }
    this.root = '';
    this.close('params');
    return params;
  }

  /** After `<value>`: a bare string, or whitespace, one typed element, whitespace, then `</value>`. */
  private valueBody(shape: Shape): XmlRpcDecoded {
    const b = this.b;
    const start = this.i;
    if (b[start]! === 60 && NAME_START[b[start + 1]!] === 1) {
      // The common case: `<value><type>` with nothing between.
      const value = this.typed(shape);
      this.endValue();
      return value;
    }
    const n = this.n;
    let k = start;
    let plain = true;
    let high = 0;
    for (; k < n; k++) {
      const code = b[k]!;
      high |= code;
      if (code === 60) break;
      if (code < 32 ? code !== 9 && code !== 10 : code === 38 || code === 62) {
        plain = false;
        break;
      }
    }
    if (plain) {
      const next = b[k + 1]!;
      if (next === 47) {
        this.i = k;
        const text = this.textOf(start, k, high);
        this.close('value');
        return text;
      }
      if (next !== 33 && next !== 63) {
        for (let j = start; j < k; j++)
          if (!isSpace(b[j]!)) this.fail('text before a typed element in <value>', j);
        this.i = k;
        const value = this.typed(shape);
        this.endValue();
        return value;
      }
    }
    this.i = start;
    const text = this.textRun();
    if (this.atEndTag()) {
      this.close('value');
      return text;
    }
    if (!isSpaceOnly(text)) this.fail('text before a typed element in <value>', start);
    const value = this.typed(shape);
    this.endValue();
    return value;
  }

  /** `</value>` after a typed element (whitespace and comments allowed before it). */
  private endValue(): void {
    if (isValueEndAt(this.b, this.i)) this.i += 8;
    else {
      this.skipSpace();
      this.close('value');
    }
  }

  /** Whether the start tag `<name>` (no attributes) is at the cursor; if so, steps over it. */
  private tagIs(name: string): boolean {
    const s = this.s;
    const b = this.b;
    const i = this.i;
    if (s.startsWith(name, i + 1) && b[i + 1 + name.length]! === 62) {
      this.i = i + name.length + 2;
      return true;
    }
    return false;
  }

  /**
   * A typed element: `<int>`, `<string>`, `<struct>`… The common spellings are recognised in place by their first
   * letter; anything else (attributes, `<x/>`, namespaces, unknown types) goes through the general tag reader.
   */
  private typed(shape: Shape): XmlRpcDecoded {
    const at = this.i;
    switch (this.b[at + 1]!) {
      case 115 /* s */:
        if (this.tagIs('string')) return this.text('string');
        if (this.tagIs('struct')) return this.struct(shape);
        break;
      case 105 /* i */:
        if (this.tagIs('int')) return this.integer('int', at);
        if (this.tagIs('i4')) return this.integer('i4', at);
        if (this.tagIs('i8')) return this.integer('i8', at);
        break;
      case 98 /* b */:
        if (this.tagIs('boolean')) return this.boolean('boolean', at);
        break;
      case 100 /* d */:
        if (this.tagIs('dateTime.iso8601')) return this.dateTime('dateTime.iso8601', at);
        if (this.tagIs('double')) return this.double('double', at);
        break;
      case 97 /* a */:
        if (this.tagIs('array')) return this.array(shape);
        break;
      case 110 /* n */:
        if (this.s.startsWith('<nil/>', at)) {
          this.i = at + 6;
          return null;
        }
        break;
    }
    const tag = this.startTag();
    return this.typedBody(tag, tag, at, shape);
  }

  private typedBody(type: string, tag: string, at: number, shape: Shape): XmlRpcDecoded {
    const empty = this.selfClosing;
    switch (type) {
      case 'string':
        return empty ? '' : this.text(tag);
      case 'int':
      case 'i4':
      case 'i8':
      case 'i2':
      case 'i1':
      case 'biginteger':
        return empty ? this.fail('empty integer', at) : this.integer(tag, at);
      case 'boolean':
        return empty ? this.fail('empty boolean', at) : this.boolean(tag, at);
      case 'double':
      case 'float':
        return empty ? this.fail('empty double', at) : this.double(tag, at);
      case 'dateTime.iso8601':
        return empty ? this.fail('empty dateTime.iso8601', at) : this.dateTime(tag, at);
      case 'base64': {
        const bytes = decodeBase64(empty ? '' : this.text(tag));
        if (typeof bytes === 'string') this.fail(bytes, at);
        return bytes;
      }
      case 'nil':
        if (!empty && !isSpaceOnly(this.text(tag))) this.fail('<nil> must be empty', at);
        return null;
      case 'array':
        return empty ? [] : this.array(shape);
      case 'struct':
        return empty ? {} : this.struct(shape);
    }
    const colon = type.indexOf(':');
    if (colon !== -1) return this.typedBody(type.slice(colon + 1), tag, at, shape);
    return this.fail(`unknown type <${tag}>`, at);
  }

  private boolean(tag: string, at: number): boolean {
    const b = this.b;
    const i = this.i;
    const digit = b[i]!;
    if ((digit === 48 || digit === 49) && b[i + 1]! === 60) {
      this.i = i + 1;
      this.close(tag);
      return digit === 49;
    }
    const text = this.text(tag);
    return this.fail(`bad boolean text ${quote(text)} (expected 0 or 1)`, at);
  }

  /**
   * A double. The common spelling — an optional minus, digits, a point, digits, at most 15 digits in all — is read
   * in place: the digits make an exact integer below 2^53 and 10^k (k ≤ 15) is exact, so one division gives the
   * correctly rounded value, the same as `Number(text)` (Clinger's fast path). Anything else goes through the text.
   */
  private double(tag: string, at: number): number {
    const b = this.b;
    let k = this.i;
    const negative = b[k]! === 45;
    if (negative) k++;
    const digitsStart = k;
    let mantissa = 0;
    let point = -1;
    for (; ; k++) {
      const code = b[k]!;
      if (code >= 48 && code <= 57) mantissa = mantissa * 10 + (code - 48);
      else if (code === 46 && point === -1) point = k;
      else break;
    }
    const digits = k - digitsStart - 1;
    if (b[k]! === 60 && point > digitsStart && point < k - 1 && digits <= 15) {
      this.i = k;
      this.close(tag);
      const value = mantissa / POWERS_OF_TEN[k - 1 - point]!;
      return negative ? -value : value;
    }
    const text = this.text(tag);
    if (!isDoubleText(text)) this.fail(`bad double text ${quote(text)}`, at);
    return Number(text);
  }

  private dateTime(tag: string, at: number): Date | string {
    const text = this.text(tag);
    const time = parseDateTime(text);
    if (Number.isNaN(time)) this.fail(`bad dateTime.iso8601 text ${quote(text)}`, at);
    return this.datesAsText ? text : new Date(time);
  }

  /** An integer: short digit runs are read in place; longer ones become exact bigints (or strings, by option). */
  private integer(tag: string, at: number): number | bigint | string {
    const b = this.b;
    let k = this.i;
    const negative = b[k]! === 45;
    if (negative || b[k]! === 43) k++;
    const digitsStart = k;
    let value = 0;
    for (;;) {
      const digit = b[k]! - 48;
      if (!(digit >= 0 && digit <= 9)) break; // NaN past the end too
      value = value * 10 + digit;
      k++;
    }
    if (b[k]! === 60 && k > digitsStart && k - digitsStart <= 15) {
      this.i = k;
      this.close(tag);
      return value === 0 ? 0 : negative ? -value : value;
    }
    return this.integerText(this.text(tag), at);
  }

  /** The general integer reader: whitespace around, a sign, any number of digits. */
  private integerText(text: string, at: number): number | bigint | string {
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const sign = text.charCodeAt(start);
    const negative = sign === 45;
    if (negative || sign === 43) start++;
    if (start === end) this.fail(`bad integer text ${quote(text)}`, at);
    let value = 0;
    for (let index = start; index < end; index++) {
      const digit = text.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) this.fail(`bad integer text ${quote(text)}`, at);
      value = value * 10 + digit;
    }
    if (end - start <= 15) return value === 0 ? 0 : negative ? -value : value;
    const big = BigInt(`${negative ? '-' : ''}${text.slice(start, end)}`);
    if (big >= MIN_SAFE && big <= MAX_SAFE) return Number(big);
    return this.bigIntegersAsString ? String(big) : big;
  }

  private array(shape: Shape): XmlRpcDecoded[] {
    const depth = this.depth;
    if (depth >= this.maxDepth) this.fail(`nested deeper than maxDepth (${this.maxDepth})`);
    const items: XmlRpcDecoded[] = [];
    const itemShape = shape.child(0);
    const s = this.s;
    const b = this.b;
    if (s.startsWith('<data>', this.i)) this.i += 6;
    else {
      this.skipSpace();
      if (this.atEndTag()) {
        this.close('array');
        return items;
      }
      if (this.open('data')) {
        this.skipSpace();
        this.close('array');
        return items;
      }
    }
    const segments = this.segments;
    for (let index = 0; ; index++) {
      let empty = false;
      if (isValueAt(b, this.i)) this.i += 7;
      else {
        this.skipSpace();
        if (this.atEndTag()) break;
        empty = this.open('value');
      }
      segments[depth] = index;
      this.depth = depth + 1;
      items.push(empty ? '' : this.valueBody(itemShape));
      this.depth = depth;
    }
    this.close('data');
    if (s.startsWith('</array>', this.i)) this.i += 8;
    else {
      this.skipSpace();
      this.close('array');
    }
    return items;
  }

  private struct(shape: Shape): { [key: string]: XmlRpcDecoded } {
    const depth = this.depth;
    if (depth >= this.maxDepth) this.fail(`nested deeper than maxDepth (${this.maxDepth})`);
    const members: { [key: string]: XmlRpcDecoded } = {};
    const segments = this.segments;
    const b = this.b;
    for (let index = 0; ; index++) {
      let key: string;
      if (isMemberNameAt(b, this.i)) {
        this.i += 14;
        key = this.memberName(shape, index);
      } else {
        this.skipSpace();
        if (this.atEndTag()) break;
        if (this.open('member')) this.fail('<member/> has no name and value');
        this.skipSpace();
        key = this.open('name') ? '' : this.memberName(shape, index);
      }
      segments[depth] = key;
      this.depth = depth + 1;
      let value: XmlRpcDecoded;
      if (isValueAt(b, this.i)) {
        this.i += 7;
        value = this.valueBody(shape.child(index));
      } else {
        this.skipSpace();
        value = this.open('value') ? '' : this.valueBody(shape.child(index));
      }
      if (isMemberEndAt(b, this.i)) this.i += 9;
      else {
        this.skipSpace();
        this.close('member');
      }
      this.depth = depth;
      if (key === '__proto__') {
        Object.defineProperty(members, key, { value, enumerable: true, writable: true, configurable: true });
      } else members[key] = value;
    }
    this.close('struct');
    return members;
  }

  /** A member name up to and including `</name>`: the known name of this member when the text matches it. */
  private memberName(shape: Shape, index: number): string {
    const s = this.s;
    const b = this.b;
    const start = this.i;
    const known = shape.keys[index];
    if (known !== undefined) {
      const end = start + known.length;
      let k = 0;
      while (k < known.length && b[start + k]! === known.charCodeAt(k)) k++;
      if (k === known.length && isNameEndAt(b, end)) {
        this.i = end + 7;
        return known;
      }
    }
    const key = this.text('name');
    if (index < MAX_KEYS && s.startsWith(key, start) && b[start + key.length]! === 60) {
      shape.keys[index] = ownCopy(key);
    }
    return key;
  }

  /** Whether `</` is next. */
  private atEndTag(): boolean {
    return this.b[this.i]! === 60 && this.b[this.i + 1]! === 47;
  }

  /** Skips whitespace, comments and processing instructions. */
  private skipSpace(): void {
    const s = this.s;
    const b = this.b;
    let i = this.i;
    for (;;) {
      const code = b[i]!;
      if (code === 32 || code === 10 || code === 13 || code === 9) i++;
      else if (code === 60 && b[i + 1]! === 33 && s.startsWith('<!--', i)) i = this.commentEnd(i);
      else if (code === 60 && b[i + 1]! === 63) i = this.processingInstructionEnd(i);
      else break;
    }
    this.i = i;
  }

  private commentEnd(at: number): number {
    const end = this.s.indexOf('-->', at + 4);
    if (end === -1) this.fail('unterminated comment', at);
    return end + 3;
  }

  private processingInstructionEnd(at: number): number {
    const target = this.s.slice(at + 2, at + 6).toLowerCase();
    if (target.startsWith('xml') && !NAME_CHAR[target.charCodeAt(3)])
      this.fail('an XML declaration is only allowed at the start', at);
    const end = this.s.indexOf('?>', at + 2);
    if (end === -1) this.fail('unterminated processing instruction', at);
    return end + 2;
  }

  /** Expects the start tag `<name>` (fast path) or `<name …>`/`<name/>`; returns whether it was self-closing. */
  private open(name: string): boolean {
    const s = this.s;
    const b = this.b;
    const i = this.i;
    if (b[i]! === 60 && s.startsWith(name, i + 1) && b[i + 1 + name.length]! === 62) {
      this.i = i + name.length + 2;
      return false;
    }
    const found = this.startTag();
    if (found !== name) this.fail(`expected <${name}>, found <${found}>`, i);
    return this.selfClosing;
  }

  /** Reads a start tag at the cursor (attributes are checked for form and ignored); returns its name. */
  private startTag(): string {
    const s = this.s;
    const b = this.b;
    const n = this.n;
    const start = this.i;
    if (start >= n) this.fail('unexpected end of document (expected an element)');
    if (b[start]! !== 60)
      this.fail(`expected an element, found text ${JSON.stringify(this.textOf(start, start + 20, 128))}`);
    const first = b[start + 1]!;
    if (first < 128 ? NAME_START[first] !== 1 : Number.isNaN(first)) {
      if (first === 47) this.fail(`unexpected end tag ${this.describeEndTag(start)}`);
      if (s.startsWith('<!DOCTYPE', start) || s.startsWith('<!ENTITY', start)) {
        this.fail('DOCTYPE and entity declarations are not accepted');
      }
      if (s.startsWith('<![CDATA[', start)) this.fail('expected an element, found a CDATA section');
      this.fail('expected an element name after <');
    }
    let k = start + 2;
    let high = first;
    for (; k < n; k++) {
      const code = b[k]!;
      if (code < 128) {
        if (NAME_CHAR[code] !== 1) break;
      } else high = code;
    }
    const name = this.textOf(start + 1, k, high);
    let code = b[k]!;
    if (code === 62) {
      this.i = k + 1;
      this.selfClosing = false;
      return name;
    }
    for (;;) {
      const before = k;
      while (isSpace(code)) code = b[++k]!;
      if (code === 62) {
        this.i = k + 1;
        this.selfClosing = false;
        return name;
      }
      if (code === 47 && b[k + 1]! === 62) {
        this.i = k + 2;
        this.selfClosing = true;
        return name;
      }
      if (k >= n) this.fail(`unexpected end of document in the tag <${name}>`, k);
      if (k === before || !(code < 128 ? NAME_START[code] === 1 : true))
        this.fail(`malformed tag <${name}>`, k);
      while (k < n && (code < 128 ? NAME_CHAR[code] === 1 : true)) code = b[++k]!;
      while (isSpace(code)) code = b[++k]!;
      if (code !== 61) this.fail(`malformed attribute in <${name}>`, k);
      code = b[++k]!;
      while (isSpace(code)) code = b[++k]!;
      if (code !== 34 && code !== 39) this.fail(`attribute value not quoted in <${name}>`, k);
      const end = s.indexOf(code === 34 ? '"' : "'", k + 1);
      if (end === -1 || s.slice(k + 1, end).includes('<'))
        this.fail(`unterminated attribute value in <${name}>`, k);
      k = end + 1;
      code = b[k]!;
    }
  }

  /** `</name>` for messages. */
  private describeEndTag(at: number): string {
    const b = this.b;
    let k = at + 2;
    while (k < this.n && k < at + 64 && b[k]! !== 62 && b[k]! !== 60) k++;
    return `${this.textOf(at, k, 128)}>`;
  }

  /** Expects the end tag `</name>`. */
  private close(name: string): void {
    const s = this.s;
    const b = this.b;
    const i = this.i;
    if (b[i]! === 60 && b[i + 1]! === 47 && s.startsWith(name, i + 2)) {
      let k = i + 2 + name.length;
      let code = b[k]!;
      while (isSpace(code)) code = b[++k]!;
      if (code === 62) {
        this.i = k + 1;
        return;
      }
    }
    if (i >= this.n) this.fail(`unexpected end of document (expected </${name}>)`);
    if (b[i]! !== 60) this.fail(`expected </${name}>, found text`);
    if (b[i + 1]! === 47) this.fail(`mismatched tag: expected </${name}>, found ${this.describeEndTag(i)}`);
    const found = this.startTag();
    this.fail(`expected </${name}>, found <${found}>`, i);
  }

  /** Text content up to `</tag>`, which is consumed. Fast path: one slice when there is nothing to decode. */
  private text(tag: string): string {
    const s = this.s;
    const b = this.b;
    const n = this.n;
    const start = this.i;
    let k = start;
    let high = 0;
    for (; k < n; k++) {
      const code = b[k]!;
      high |= code;
      if (code === 60) {
        if (b[k + 1]! === 47) {
          this.i = k;
          const text = high < 128 ? s.slice(start, k) : this.textOf(start, k, high);
          this.close(tag);
          return text;
        }
        break;
      }
      if (code < 32 ? code !== 9 && code !== 10 : code === 38 || code === 62) break;
    }
    const text = this.textRun();
    if (!this.atEndTag()) {
      const at = this.i;
      const found = this.startTag();
      this.fail(`unexpected element <${found}> inside <${tag}>`, at);
    }
    this.close(tag);
    return text;
  }

  /**
   * The general text reader: entities, character references, CDATA, comments, CR/CRLF → LF. Stops at the `<` of a
   * tag and leaves the cursor there.
   */
  private textRun(): string {
    const s = this.s;
    const b = this.b;
    const n = this.n;
    let out = '';
    let k = this.i;
    let from = k;
    /** Whether a non-ASCII character was seen (then, for UTF-8 input, pieces are decoded from the bytes). */
    let high = 0;
    for (;;) {
      if (k >= n) this.fail('unexpected end of document in text', k);
      const code = b[k]!;
      if (code === 60) {
        const next = b[k + 1]!;
        if (next === 33 && s.startsWith('<![CDATA[', k)) {
          const end = s.indexOf(']]>', k + 9);
          if (end === -1) this.fail('unterminated CDATA section', k);
          const data = this.textOf(k + 9, end, 128);
          out +=
            this.textOf(from, k, high) +
            (data.includes('\r') ? data.split('\r\n').join('\n').split('\r').join('\n') : data);
          k = from = end + 3;
        } else if (next === 33 && s.startsWith('<!--', k)) {
          out += this.textOf(from, k, high);
          k = from = this.commentEnd(k);
        } else if (next === 63) {
          out += this.textOf(from, k, high);
          k = from = this.processingInstructionEnd(k);
        } else break;
      } else if (code === 38) {
        out += this.textOf(from, k, high);
        const end = s.indexOf(';', k + 1);
        if (end === -1 || end - k > 12) this.fail('bare & in text (write &amp;)', k);
        out += this.entity(s.slice(k + 1, end), k);
        k = from = end + 1;
      } else if (code === 13) {
        out += `${this.textOf(from, k, high)}\n`;
        k += b[k + 1]! === 10 ? 2 : 1;
        from = k;
      } else if (code < 32 && code !== 9 && code !== 10) {
        this.fail(`${describeCharacter(code)} is not allowed in XML`, k);
      } else if (code === 62 && k - from >= 2 && b[k - 1]! === 93 && b[k - 2]! === 93) {
        this.fail(']]> is not allowed in text', k - 2);
      } else {
        high |= code;
        k++;
      }
    }
    this.i = k;
    return out + this.textOf(from, k, high);
  }

  /** The text of `&name;` (predefined entities and character references only: no DTD, no other entities). */
  private entity(name: string, at: number): string {
    switch (name) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    if (name.charCodeAt(0) === 35) {
      const hex = name.charCodeAt(1) === 120;
      const digits = name.slice(hex ? 2 : 1);
      const code = isDigits(digits, hex) ? Number.parseInt(digits, hex ? 16 : 10) : -1;
      if (!isXmlCharacter(code)) this.fail(`&${name}; is not a character XML allows`, at);
      return String.fromCodePoint(code);
    }
    return this.fail(`undefined entity &${name};`, at);
  }
}
