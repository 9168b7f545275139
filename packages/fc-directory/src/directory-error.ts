/** Options every `@sl/fc-directory` error accepts. */
export interface DirectoryErrorOptions {
  /** A stable string code, e.g. `FC_MISSING_PRIMARY_KEY`. */
  code: string;
  cause?: unknown;
}

/**
 * The base of every error `@sl/fc-directory` throws. Each has a stable `code` and keeps its `cause`.
 * Messages say what went wrong and where; they never contain the API key.
 */
export class DirectoryError extends Error {
  readonly code: string;

  constructor(message: string, options: DirectoryErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
  }
}

/** Stable codes of {@link DirectoryValidationError}. */
export type DirectoryValidationCode =
  | 'FC_INVALID_RECORD'
  | 'FC_UNKNOWN_TYPE'
  | 'FC_QUERY_ONLY_TYPE'
  | 'FC_INVALID_ACTION'
  | 'FC_MISSING_PRIMARY_KEY'
  | 'FC_UNKNOWN_FIELD'
  | 'FC_READ_ONLY_FIELD'
  | 'FC_INVALID_VALUE'
  | 'FC_INVALID_OPTION';

/** Where a validation error was found. */
export interface DirectoryValidationDetails {
  /** Position of the offending record in the list given to `apply`. */
  index?: number;
  /** The offending field, when there is one. */
  field?: string;
  cause?: unknown;
}

/** Input rejected before anything was sent: nothing reached the server. */
export class DirectoryValidationError extends DirectoryError {
  declare readonly code: DirectoryValidationCode;
  readonly index: number | undefined;
  readonly field: string | undefined;

  constructor(code: DirectoryValidationCode, message: string, details: DirectoryValidationDetails = {}) {
    super(message, { code, cause: details.cause });
    this.index = details.index;
    this.field = details.field;
  }
}

/** The server answered with an XML-RPC fault (for `apply`: no change was applied). */
export class DirectoryFaultError extends DirectoryError {
  declare readonly code: 'FC_FAULT';
  readonly faultCode: number | string;
  readonly faultString: string;
  readonly method: string;

  constructor(method: string, faultCode: number | string, faultString: string, cause?: unknown) {
    super(`${method}() failed with fault ${faultCode}: ${faultString}`, { code: 'FC_FAULT', cause });
    this.method = method;
    this.faultCode = faultCode;
    this.faultString = faultString;
  }
}

/** Stable codes of {@link DirectoryRequestError}. */
export type DirectoryRequestCode = 'FC_UNAUTHORIZED' | 'FC_REQUEST_FAILED' | 'FC_ABORTED';

/** The call did not get an answer: network failure, HTTP error status, timeout, abort, bad credentials. */
export class DirectoryRequestError extends DirectoryError {
  declare readonly code: DirectoryRequestCode;
  readonly method: string;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;

  constructor(
    code: DirectoryRequestCode,
    method: string,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, { code, cause: options.cause });
    this.method = method;
    this.status = options.status;
  }
}

/** The server answered something this client cannot read as the documented result (e.g. a log entry's JSON). */
export class DirectoryResponseError extends DirectoryError {
  declare readonly code: 'FC_BAD_RESPONSE';
  readonly method: string;

  constructor(method: string, message: string, cause?: unknown) {
    super(`${method}() returned an unexpected result: ${message}`, { code: 'FC_BAD_RESPONSE', cause });
    this.method = method;
  }
}
