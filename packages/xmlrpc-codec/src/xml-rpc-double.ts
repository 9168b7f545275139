/** Marks doubles so that `isInstance` works across duplicate copies of this package. */
const DOUBLE_BRAND = Symbol.for('@sl/xmlrpc-codec.XmlRpcDouble');

/**
 * A number that must go out as `<double>` even when it is integral (`xmlRpcDouble(3)` → `<double>3.0</double>`).
 * Plain JS numbers that are integers go out as `<int>`.
 */
export class XmlRpcDouble {
  readonly value: number;

  constructor(value: number) {
    this.value = value;
    Object.defineProperty(this, DOUBLE_BRAND, { value: true });
  }

  /** True for an `XmlRpcDouble`, even one made by another copy of this package. */
  static isInstance(value: unknown): value is XmlRpcDouble {
    return (
      typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[DOUBLE_BRAND] === true
    );
  }
}

/** Shorthand for `new XmlRpcDouble(value)`. */
export function xmlRpcDouble(value: number): XmlRpcDouble {
  return new XmlRpcDouble(value);
}
