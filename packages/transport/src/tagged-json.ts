import { XmlRpcDouble } from '@sl/xmlrpc-codec';

/**
 * JSON for API values, tagging what JSON cannot carry — the conformance files' convention:
 * `{"$int": "…"}` for bigints, `{"$datetime": "ISO"}`, `{"$base64": "…"}`, `{"$double": n}`.
 */
export function toTaggedJson(value: unknown): unknown {
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (value instanceof Date) return { $datetime: value.toISOString() };
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (XmlRpcDouble.isInstance(value)) return { $double: value.value };
  if (Array.isArray(value)) return value.map(toTaggedJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toTaggedJson(item)]));
  }
  return value === undefined ? null : value;
}

/** The inverse of `toTaggedJson`. */
export function fromTaggedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromTaggedJson);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    if (typeof record.$int === 'string') return BigInt(record.$int);
    if (typeof record.$datetime === 'string') return new Date(record.$datetime);
    if (typeof record.$base64 === 'string') return new Uint8Array(Buffer.from(record.$base64, 'base64'));
    if (typeof record.$double === 'number') return new XmlRpcDouble(record.$double);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    Object.defineProperty(out, key, {
      value: fromTaggedJson(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
