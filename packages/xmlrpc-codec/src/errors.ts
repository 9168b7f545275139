/** The base of every error this package throws. `code` is stable; match on it, not on the message. */
export class XmlRpcError extends Error {
  readonly code: string;

  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XmlRpcError';
    this.code = code;
  }
}

/** A `<fault>` answer: the server refused the call. `faultCode` keeps its XML-RPC type (int → number, string → string). */
export class XmlRpcFault extends XmlRpcError {
  readonly faultCode: number | string;
  readonly faultString: string;

  constructor(faultCode: number | string, faultString: string) {
    super(`XML-RPC fault ${faultCode}: ${faultString}`, 'XMLRPC_FAULT');
    this.name = 'XmlRpcFault';
    this.faultCode = faultCode;
    this.faultString = faultString;
  }
}

/** Where a decode error happened. `line` and `column` are 1-based; both are 0 when the error is about the whole input. */
export interface XmlRpcDecodeErrorLocation {
  line: number;
  column: number;
  /** The value being read, e.g. `params[0][3].datacenter.name`; empty outside any value. */
  path: string;
  cause?: unknown;
}

/** The document is not XML-RPC we accept: not well-formed, an unknown type, bad scalar text, or over a safety limit. */
export class XmlRpcDecodeError extends XmlRpcError {
  readonly line: number;
  readonly column: number;
  readonly path: string;

  constructor(reason: string, location: XmlRpcDecodeErrorLocation) {
    const where = location.line > 0 ? ` at line ${location.line}, column ${location.column}` : '';
    const path = location.path ? ` (${location.path})` : '';
    super(`Invalid XML-RPC document${where}${path}: ${reason}`, 'XMLRPC_DECODE', { cause: location.cause });
    this.name = 'XmlRpcDecodeError';
    this.line = location.line;
    this.column = location.column;
    this.path = location.path;
  }
}

/** A value cannot be written as XML-RPC: an unsupported type, a character XML 1.0 cannot carry, a cycle, NaN… */
export class XmlRpcEncodeError extends XmlRpcError {
  readonly path: string;

  constructor(reason: string, path: string) {
    super(`Cannot encode ${path || 'the value'} as XML-RPC: ${reason}`, 'XMLRPC_ENCODE');
    this.name = 'XmlRpcEncodeError';
    this.path = path;
  }
}
