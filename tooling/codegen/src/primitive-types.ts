/**
 * How each metadata primitive appears in TypeScript. The API sends dates as ISO 8601 strings and bytes as
 * base64 text, so both stay strings; `decimal` is a number as Go and Java read it.
 */
const PRIMITIVES: ReadonlyMap<string, string> = new Map([
  ['string', 'string'],
  ['boolean', 'boolean'],
  ['int', 'number'],
  ['integer', 'number'],
  ['unsignedInt', 'number'],
  ['unsignedLong', 'number'],
  ['nonNegativeInteger', 'number'],
  ['decimal', 'number'],
  ['float', 'number'],
  ['dateTime', 'string'],
  ['base64Binary', 'string'],
  ['json', 'string'],
  ['enum', 'string'],
  ['void', 'void'],
]);

/** The TypeScript type of a metadata primitive, or undefined for a datatype name. */
export function primitiveType(name: string): string | undefined {
  return PRIMITIVES.get(name);
}

export function isPrimitive(name: string): boolean {
  return PRIMITIVES.has(name);
}
