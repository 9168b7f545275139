import {
  ApplicationError,
  AuthenticationError,
  InternalServerError,
  InvalidCharacterError,
  InvalidMethodParametersError,
  InvalidParameterError,
  MethodNotFoundError,
  NotWellFormedError,
  ObjectNotFoundError,
  RateLimitError,
  RemoteSystemError,
  RemoteTransportError,
  SoftLayerAPIError,
  SpecViolationError,
  UnsupportedEncodingError,
} from './api-errors';
import type { SoftLayerErrorOptions } from './soft-layer-error';

type FaultClass = new (
  faultCode: string | number,
  faultString: string,
  options?: SoftLayerErrorOptions,
) => SoftLayerAPIError;

/** XML-RPC spec codes; they arrive as ints or as strings ('-32601'), both map. */
const SPEC_CODES: ReadonlyMap<string, FaultClass> = new Map<string, FaultClass>([
  ['-32700', NotWellFormedError],
  ['-32701', UnsupportedEncodingError],
  ['-32702', InvalidCharacterError],
  ['-32600', SpecViolationError],
  ['-32601', MethodNotFoundError],
  ['-32602', InvalidMethodParametersError],
  ['-32603', InternalServerError],
  ['-32500', ApplicationError],
  ['-32400', RemoteSystemError],
  ['-32300', RemoteTransportError],
]);

const SOFTLAYER_CODES: ReadonlyMap<string, FaultClass> = new Map<string, FaultClass>([
  ['SoftLayer_Exception_ObjectNotFound', ObjectNotFoundError],
  ['SoftLayer_Exception_WebService_RateLimitExceeded', RateLimitError],
  ['SoftLayer_Exception_InvalidValue', InvalidParameterError],
  ['SoftLayer_Exception_InvalidLegacyToken', AuthenticationError],
  ['SoftLayer_Exception_InvalidCredentials', AuthenticationError],
  ['SoftLayer_Exception_User_Customer_LoginFailed', AuthenticationError],
  ['SoftLayer_Exception_Account_Authentication_AccessTokenValidation', AuthenticationError],
  ['SoftLayer_Exception_EncryptedToken_Expired', AuthenticationError],
  ['SoftLayer_Exception_WebService_MethodNotFound', MethodNotFoundError],
]);

const RATE_LIMIT_MESSAGE = /Rate limit of \d+ requests? for every [^.<"]*exceeded\.?/i;

/**
 * The API sometimes answers a rate limit as a bare HTTP 500 whose body is the message ("Rate limit of 50
 * requests for every 1 second(s) exceeded."). Returns the `RateLimitError` for such a body, else undefined.
 */
export function rateLimitFromBody(
  text: string,
  options: SoftLayerErrorOptions = {},
): SoftLayerAPIError | undefined {
  const match = RATE_LIMIT_MESSAGE.exec(text);
  return match
    ? new RateLimitError('SoftLayer_Exception_WebService_RateLimitExceeded', match[0], options)
    : undefined;
}

/** Messages that identify a class when the code is generic (`SoftLayer_Exception`, `SoftLayer_Exception_Public`). */
const MESSAGE_PATTERNS: ReadonlyArray<readonly [RegExp, FaultClass]> = [
  [/^Rate limit of \d+ requests? for every/i, RateLimitError],
  [/^Invalid API token\.?$/i, AuthenticationError],
  [/is not a valid method for this service/i, MethodNotFoundError],
  [/^Unable to find object with id/i, ObjectNotFoundError],
];

/**
 * Builds the most specific `SoftLayerAPIError` subclass for a fault. `httpStatus` is set for REST answers
 * (401 is an authentication failure whatever the body says).
 */
export function mapFault(
  faultCode: string | number,
  faultString: string,
  options: SoftLayerErrorOptions & { httpStatus?: number } = {},
): SoftLayerAPIError {
  const { httpStatus, ...errorOptions } = options;
  const FaultType =
    SPEC_CODES.get(String(faultCode).trim()) ??
    SOFTLAYER_CODES.get(String(faultCode)) ??
    MESSAGE_PATTERNS.find(([pattern]) => pattern.test(faultString))?.[1] ??
    (httpStatus === 401 ? AuthenticationError : SoftLayerAPIError);
  return new FaultType(faultCode, faultString, errorOptions);
}
