/** Stable codes of `FilterError`. */
export type FilterErrorCode =
  | 'FILTER_INVALID'
  | 'FILTER_NOT_AN_OBJECT'
  | 'FILTER_INVALID_OPERATION'
  | 'FILTER_UNKNOWN_OPERATION'
  | 'FILTER_INVALID_OPTIONS'
  | 'FILTER_INVALID_DATE'
  | 'FILTER_INVALID_VALUE'
  | 'FILTER_INVALID_PATH'
  | 'FILTER_MERGE_CONFLICT'
  | 'FILTER_TOO_DEEP';

/**
 * The one error class of `@sl/filter`: what is wrong, and where (`path`, dotted from the filter's root,
 * e.g. `virtualGuests.createDate.options[0].value`; empty at the root).
 */
export class FilterError extends Error {
  override readonly name: string = 'FilterError';
  readonly code: FilterErrorCode;
  readonly path: string;

  constructor(code: FilterErrorCode, path: string, message: string, options?: { cause?: unknown }) {
    super(path === '' ? message : `${message} (at ${path})`, options);
    this.code = code;
    this.path = path;
  }

  /** True for any `FilterError`, even one from another copy of this package. */
  static isInstance(value: unknown): value is FilterError {
    return (
      value instanceof FilterError ||
      (value instanceof Error &&
        value.name === 'FilterError' &&
        typeof Reflect.get(value, 'code') === 'string')
    );
  }
}
