import { DirectoryError, DirectoryValidationError } from '../directory-error';

/** Fault codes the emulated directory answers with (the XML-RPC interoperability codes, then our own). */
export const FC_FAULT_CODES = {
  /** The body is not a well-formed XML-RPC call. */
  parseError: -32700,
  /** No such method. */
  methodNotFound: -32601,
  /** Wrong number or types of parameters. */
  invalidParams: -32602,
  /** A record or filter is invalid: unknown type or field, missing key, bad value. */
  invalidRecord: 1,
  /** A record refers to a resource that does not exist. */
  notFound: 2,
  /** The change is not allowed: deleting your own project or a project that still holds resources. */
  notAllowed: 3,
} as const;

/** A refusal the server answers as an XML-RPC fault (it never leaves the server as an exception). */
export class FcFault extends DirectoryError {
  readonly faultCode: number;
  readonly faultString: string;

  constructor(faultCode: number, faultString: string) {
    super(faultString, { code: 'FC_SERVER_FAULT' });
    this.faultCode = faultCode;
    this.faultString = faultString;
  }
}

/**
 * The server checks records and filters with the client's own validation (one set of rules): its
 * {@link DirectoryValidationError} becomes an `invalidRecord` fault with the same message. Anything else is rethrown.
 */
export function toRecordFault(error: unknown): unknown {
  return error instanceof DirectoryValidationError
    ? new FcFault(FC_FAULT_CODES.invalidRecord, error.message)
    : error;
}
