/**
 * The conformance files' tagged JSON (see conformance/README.md): `{"$int": "42"}`, `{"$double": 1.5}`,
 * `{"$datetime": "20230401T12:34:56"}`, `{"$base64": "aGVsbG8="}`, `{"$nil": true}`. `untag` turns them into
 * JavaScript values; each tag's conversion can be replaced so a test decides how to compare.
 */
export type Tagged =
  | { $int: string }
  | { $double: number }
  | { $datetime: string }
  | { $base64: string }
  | { $nil: true };

export interface UntagOptions {
  /** Default: a number when it is a safe integer, else a bigint. */
  int?: (decimal: string) => unknown;
  /** Default: the number itself. */
  double?: (value: number) => unknown;
  /** Default: the text as sent, in `{ datetime: text }`. */
  datetime?: (text: string) => unknown;
  /** Default: the bytes as a Uint8Array. */
  base64?: (text: string) => unknown;
  /** Default: null. */
  nil?: () => unknown;
}

function isSingleKey(value: object, key: string): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === key;
}

function defaultInt(decimal: string): number | bigint {
  const big = BigInt(decimal);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

export function untag(value: unknown, options: UntagOptions = {}): unknown {
  if (Array.isArray(value)) return value.map((item) => untag(item, options));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (isSingleKey(record, '$int')) return (options.int ?? defaultInt)(String(record.$int));
  if (isSingleKey(record, '$double')) return (options.double ?? ((n: number) => n))(Number(record.$double));
  if (isSingleKey(record, '$datetime')) {
    return (options.datetime ?? ((text: string) => ({ datetime: text })))(String(record.$datetime));
  }
  if (isSingleKey(record, '$base64')) {
    return (options.base64 ?? ((text: string) => new Uint8Array(Buffer.from(text, 'base64'))))(
      String(record.$base64),
    );
  }
  if (isSingleKey(record, '$nil')) return (options.nil ?? (() => null))();
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    Object.defineProperty(out, key, {
      value: untag(item, options),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
