import { EmulatorError } from './errors';

/**
 * A fault the emulated API answers with, as the real API does: an exception class name as `faultCode`, its
 * message as `faultString`, and the HTTP status REST answers with (XML-RPC faults travel with 200).
 */
export class ApiFault extends EmulatorError {
  readonly faultCode: string;
  readonly faultString: string;
  readonly httpStatus: number;

  constructor(faultCode: string, faultString: string, httpStatus = 500) {
    super('EMULATOR_API_FAULT', `${faultCode}: ${faultString}`);
    this.name = 'ApiFault';
    this.faultCode = faultCode;
    this.faultString = faultString;
    this.httpStatus = httpStatus;
  }
}

export const faults = {
  /** No credentials at all. */
  notLoggedIn: (): ApiFault =>
    new ApiFault('SoftLayer_Exception_NotLoggedIn', 'No valid authentication headers found.', 401),
  /** Unknown user or wrong API key (the reference CLI recognises "Invalid API token"). */
  invalidApiToken: (): ApiFault =>
    new ApiFault('SoftLayer_Exception_InvalidLegacyToken', 'Invalid API token.', 401),
  /** REST's answer to bad credentials. */
  accessDenied: (): ApiFault => new ApiFault('SoftLayer_Exception_Public', 'Access Denied. ', 401),
  invalidPortalToken: (): ApiFault =>
    new ApiFault('SoftLayer_Exception_InvalidLegacyToken', 'Invalid authentication token.', 401),
  invalidLogin: (): ApiFault =>
    new ApiFault('SoftLayer_Exception_Public', 'Invalid login credentials provided.', 401),
  expiredBearer: (): ApiFault =>
    new ApiFault(
      'SoftLayer_Exception_Account_Authentication_AccessTokenValidation',
      'The access token is not valid or has expired.',
      500,
    ),
  serviceNotFound: (service: string): ApiFault =>
    new ApiFault('SoftLayer_Exception_Public', `Service does not exist: "${service}".`, 404),
  methodNotFound: (method: string): ApiFault =>
    new ApiFault(
      'SoftLayer_Exception_Public',
      `Function ("${method}") is not a valid method for this service.`,
      404,
    ),
  /** A real method the emulator does not implement: the same fault, saying so. */
  notImplemented: (service: string, method: string): ApiFault =>
    new ApiFault(
      'SoftLayer_Exception_Public',
      `Function ("${method}") is not a valid method for this service. (The emulator does not implement ${service}::${method}.)`,
      404,
    ),
  objectNotFound: (id: unknown): ApiFault =>
    new ApiFault(
      'SoftLayer_Exception_ObjectNotFound',
      `Unable to find object with id of '${String(id)}'.`,
      404,
    ),
  /** An unknown uuid (a load balancer's, listener's, member's or health monitor's), as the LBaaS methods answer. */
  uuidNotFound: (uuid: unknown): ApiFault =>
    new ApiFault(
      'SoftLayer_Exception_ObjectNotFound',
      `Unable to find object with global identifier of '${String(uuid)}'.`,
      404,
    ),
  missingId: (service: string): ApiFault =>
    new ApiFault(
      'SoftLayer_Exception_MissingInitParameter',
      `${service} requires an id (initialization parameter).`,
      500,
    ),
  invalidValue: (message: string): ApiFault => new ApiFault('SoftLayer_Exception_InvalidValue', message, 500),
  missingParameter: (message: string): ApiFault =>
    new ApiFault('SoftLayer_Exception_MissingParameter', message, 500),
  badRequest: (message: string): ApiFault =>
    new ApiFault('SoftLayer_Exception_WebService_BadRequest', message, 400),
  invalidMaskProperty: (property: string, type: string): ApiFault =>
    new ApiFault('SoftLayer_Exception_Public', `Property '${property}' not valid for '${type}'.`, 500),
  invalidMask: (message: string): ApiFault =>
    new ApiFault('SoftLayer_Exception_Public', `Object mask is invalid: ${message}`, 500),
  invalidFilter: (message: string): ApiFault =>
    new ApiFault('SoftLayer_Exception_Public', `Object filter is invalid: ${message}`, 500),
  publicError: (message: string, status = 500): ApiFault =>
    new ApiFault('SoftLayer_Exception_Public', message, status),
  rateLimited: (limit: number): ApiFault =>
    new ApiFault(
      'SoftLayer_Exception_WebService_RateLimitExceeded',
      `Rate limit of ${limit} requests for every 1 second(s) exceeded.`,
      500,
    ),
  internal: (): ApiFault => new ApiFault('SoftLayer_Exception_Public', 'Internal Error', 500),
};
