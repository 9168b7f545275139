import type { XmlRpcDouble } from './xml-rpc-double';

/** What the encoder accepts. `null` and `undefined` go out as `<nil/>`; integral numbers as `<int>`. */
export type XmlRpcValue =
  | string
  | number
  | boolean
  | bigint
  | null
  | undefined
  | Date
  | Uint8Array
  | XmlRpcDouble
  | readonly XmlRpcValue[]
  | { readonly [key: string]: XmlRpcValue }
  | ReadonlyMap<string, XmlRpcValue>;

/**
 * What the decoder returns. With `bigIntegers: 'string'` an integer beyond ±2^53 is a decimal string instead of a
 * bigint; with `dates: 'text'` a `dateTime.iso8601` is its original text instead of a `Date`.
 */
export type XmlRpcDecoded =
  | string
  | number
  | boolean
  | bigint
  | null
  | Date
  | Uint8Array
  | XmlRpcDecoded[]
  | { [key: string]: XmlRpcDecoded };

/** How a `Date` is written: `iso8601` → `20230401T12:34:56` (UTC), `softlayer` → `2023-04-01T06:34:56-06:00`. */
export type DateFormat = 'iso8601' | 'softlayer' | ((date: Date) => string);

export interface EncodeOptions {
  /**
   * The tag for integers outside the signed 32-bit range (numbers and bigints): `'int'` (default; what most servers,
   * SoftLayer included, accept) or `'i8'` (the Apache extension; bigints must then fit in 64 bits).
   */
  largeIntegers?: 'int' | 'i8';
  /** How dates are written. Default `'iso8601'` (`20230401T12:34:56`, in UTC). */
  dateFormat?: DateFormat;
  /** For `dateFormat: 'softlayer'`: the offset to write, in minutes east of UTC (`-360` → `-06:00`). Default 0. */
  utcOffset?: number;
  /** Indent the document (two spaces a level). Default false. */
  pretty?: boolean;
  /** The deepest nesting of arrays and structs accepted (a guard against cycles and runaway data). Default 100. */
  maxDepth?: number;
}

export interface DecodeOptions {
  /** Integers beyond ±2^53 (exactly representable only as bigint): `'bigint'` (default) or a decimal `'string'`. */
  bigIntegers?: 'bigint' | 'string';
  /** `dateTime.iso8601` values: a `'date'` (default; text without an offset is read as UTC) or the original `'text'`. */
  dates?: 'date' | 'text';
  /** The deepest nesting of arrays and structs accepted. Default 100. */
  maxDepth?: number;
  /** The largest document accepted, in bytes (UTF-8 bytes for string input). Default 128 MiB. */
  maxBytes?: number;
}

/** Any XML-RPC document, decoded: a call, a response, or a fault. */
export type XmlRpcMessage =
  | { kind: 'call'; methodName: string; params: XmlRpcDecoded[] }
  | { kind: 'response'; params: XmlRpcDecoded[] }
  | { kind: 'fault'; faultCode: number | string; faultString: string };
