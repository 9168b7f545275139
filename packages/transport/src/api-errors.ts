import { scrubSecrets, secretsOf } from './redact';
import { SoftLayerError, type SoftLayerErrorOptions } from './soft-layer-error';

/** A fault the SoftLayer API answered: `faultCode` is the exception class name (string) or an XML-RPC int. */
export class SoftLayerAPIError extends SoftLayerError {
  static override readonly brand: string = 'SoftLayerAPIError';
  readonly faultCode: string | number;
  readonly faultString: string;

  constructor(faultCode: string | number, faultString: string, options: SoftLayerErrorOptions = {}) {
    super(describeFault(faultCode, faultString, options), { code: 'SL_API', ...options });
    this.faultCode = faultCode;
    this.faultString = scrubSecrets(faultString, secretsOf(options.request));
  }
}

function describeFault(
  faultCode: string | number,
  faultString: string,
  options: SoftLayerErrorOptions,
): string {
  const where = options.request ? ` (${options.request.service}::${options.request.method})` : '';
  return `${faultCode}: ${faultString}${where}`;
}

/** `SoftLayer_Exception_ObjectNotFound`: the id does not exist or is not visible to this user. */
export class ObjectNotFoundError extends SoftLayerAPIError {
  static override readonly brand: string = 'ObjectNotFoundError';
  constructor(faultCode: string | number, faultString: string, options: SoftLayerErrorOptions = {}) {
    super(faultCode, faultString, { code: 'SL_OBJECT_NOT_FOUND', ...options });
  }
}

/** Bad or expired credentials (invalid API key or token, expired IAM token, REST 401). */
export class AuthenticationError extends SoftLayerAPIError {
  static override readonly brand: string = 'AuthenticationError';
  constructor(faultCode: string | number, faultString: string, options: SoftLayerErrorOptions = {}) {
    super(faultCode, faultString, { code: 'SL_AUTHENTICATION', ...options });
  }
}

/** `SoftLayer_Exception_WebService_RateLimitExceeded` ("Rate limit of 50 requests for every 1 second(s) exceeded"). */
export class RateLimitError extends SoftLayerAPIError {
  static override readonly brand: string = 'RateLimitError';
  constructor(faultCode: string | number, faultString: string, options: SoftLayerErrorOptions = {}) {
    super(faultCode, faultString, { code: 'SL_RATE_LIMIT', isRetryable: true, ...options });
  }
}

/** An invalid parameter value (`SoftLayer_Exception_InvalidValue`, XML-RPC -32602, …). */
export class InvalidParameterError extends SoftLayerAPIError {
  static override readonly brand: string = 'InvalidParameterError';
  constructor(faultCode: string | number, faultString: string, options: SoftLayerErrorOptions = {}) {
    super(faultCode, faultString, { code: 'SL_INVALID_PARAMETER', ...options });
  }
}

/** The method (or service) does not exist (XML-RPC -32601, "… is not a valid method for this service"). */
export class MethodNotFoundError extends SoftLayerAPIError {
  static override readonly brand: string = 'MethodNotFoundError';
  constructor(faultCode: string | number, faultString: string, options: SoftLayerErrorOptions = {}) {
    super(faultCode, faultString, { code: 'SL_METHOD_NOT_FOUND', ...options });
  }
}

/** XML-RPC -32602: invalid method parameters (e.g. missing required headers). */
export class InvalidMethodParametersError extends InvalidParameterError {
  static override readonly brand: string = 'InvalidMethodParametersError';
}

/** XML-RPC -32700..-32702: the server could not parse the request. */
export class XmlRpcParseError extends SoftLayerAPIError {
  static override readonly brand: string = 'XmlRpcParseError';
  constructor(faultCode: string | number, faultString: string, options: SoftLayerErrorOptions = {}) {
    super(faultCode, faultString, { code: 'SL_XMLRPC_PARSE', ...options });
  }
}
/** XML-RPC -32700. */
export class NotWellFormedError extends XmlRpcParseError {
  static override readonly brand: string = 'NotWellFormedError';
}
/** XML-RPC -32701. */
export class UnsupportedEncodingError extends XmlRpcParseError {
  static override readonly brand: string = 'UnsupportedEncodingError';
}
/** XML-RPC -32702. */
export class InvalidCharacterError extends XmlRpcParseError {
  static override readonly brand: string = 'InvalidCharacterError';
}

/** XML-RPC -32600 and -32603: the server rejected the request or failed. */
export class XmlRpcServerError extends SoftLayerAPIError {
  static override readonly brand: string = 'XmlRpcServerError';
  constructor(faultCode: string | number, faultString: string, options: SoftLayerErrorOptions = {}) {
    super(faultCode, faultString, { code: 'SL_XMLRPC_SERVER', ...options });
  }
}
/** XML-RPC -32600. */
export class SpecViolationError extends XmlRpcServerError {
  static override readonly brand: string = 'SpecViolationError';
}
/** XML-RPC -32603. */
export class InternalServerError extends XmlRpcServerError {
  static override readonly brand: string = 'InternalServerError';
}
/** XML-RPC -32500. */
export class ApplicationError extends XmlRpcServerError {
  static override readonly brand: string = 'ApplicationError';
}
/** XML-RPC -32400. */
export class RemoteSystemError extends XmlRpcServerError {
  static override readonly brand: string = 'RemoteSystemError';
}
/** XML-RPC -32300: the server reports a transport error. */
export class RemoteTransportError extends XmlRpcServerError {
  static override readonly brand: string = 'RemoteTransportError';
}
