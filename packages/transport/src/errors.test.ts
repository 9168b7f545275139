import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  InvalidMethodParametersError,
  InvalidParameterError,
  MethodNotFoundError,
  mapFault,
  NotWellFormedError,
  ObjectNotFoundError,
  RateLimitError,
  redactRequest,
  redactResult,
  SoftLayerAPIError,
  SoftLayerError,
  TransportError,
  XmlRpcParseError,
} from './index';

const SECRET = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

describe('mapFault', () => {
  it.each([
    ['-32601', MethodNotFoundError],
    [-32601, MethodNotFoundError],
    [' -32700', NotWellFormedError],
    [-32602, InvalidMethodParametersError],
    ['SoftLayer_Exception_ObjectNotFound', ObjectNotFoundError],
    ['SoftLayer_Exception_WebService_RateLimitExceeded', RateLimitError],
    ['SoftLayer_Exception_InvalidValue', InvalidParameterError],
    ['SoftLayer_Exception_Account_Authentication_AccessTokenValidation', AuthenticationError],
    ['SoftLayer_Exception_Public', SoftLayerAPIError],
  ] as const)('maps %j (string or int alike)', (code, type) => {
    const error = mapFault(code, 'something');
    expect(error).toBeInstanceOf(type);
    expect(error.constructor).toBe(type);
    expect(error.faultCode).toBe(code);
  });

  it('recognises generic codes by their message', () => {
    expect(mapFault('SoftLayer_Exception', 'Invalid API token.')).toBeInstanceOf(AuthenticationError);
    expect(
      mapFault('SoftLayer_Exception_Public', 'Rate limit of 50 requests for every 1 second(s) exceeded.'),
    ).toBeInstanceOf(RateLimitError);
    expect(mapFault(500, 'whatever', { httpStatus: 401 })).toBeInstanceOf(AuthenticationError);
  });

  it('keeps the hierarchy and the retry hint', () => {
    const error = mapFault(-32602, 'missing headers');
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.code).toBe('SL_INVALID_PARAMETER');
    expect(mapFault(-32700, 'x')).toBeInstanceOf(XmlRpcParseError);
    expect(mapFault('SoftLayer_Exception_WebService_RateLimitExceeded', 'x').isRetryable).toBe(true);
    expect(mapFault('SoftLayer_Exception_ObjectNotFound', 'x').isRetryable).toBe(false);
  });
});

describe('TransportError', () => {
  it('is retryable for network failures, timeouts and 429/500/502/503/504 only', () => {
    expect(new TransportError(0, 'reset').isRetryable).toBe(true);
    expect(new TransportError(0, 'late', { code: 'SL_TIMEOUT' }).isRetryable).toBe(true);
    expect(new TransportError(0, 'stop', { code: 'SL_ABORTED' }).isRetryable).toBe(false);
    expect(new TransportError(503, 'busy').isRetryable).toBe(true);
    expect(new TransportError(404, 'gone').isRetryable).toBe(false);
    expect(new TransportError(404, 'gone').code).toBe('SL_HTTP');
  });
});

describe('isInstance', () => {
  it('works across duplicate copies of the package', async () => {
    vi.resetModules();
    const query = '?copy';
    const copy = (await import(/* @vite-ignore */ `./index${query}`)) as typeof import('./index');
    const foreign = new copy.ObjectNotFoundError('SoftLayer_Exception_ObjectNotFound', 'nope');
    expect(foreign).not.toBeInstanceOf(ObjectNotFoundError);
    expect(ObjectNotFoundError.isInstance(foreign)).toBe(true);
    expect(SoftLayerAPIError.isInstance(foreign)).toBe(true);
    expect(SoftLayerError.isInstance(foreign)).toBe(true);
    expect(RateLimitError.isInstance(foreign)).toBe(false);
    expect(TransportError.isInstance(foreign)).toBe(false);
    expect(SoftLayerError.isInstance(new Error('plain'))).toBe(false);
    expect(SoftLayerError.isInstance(null)).toBe(false);
  });
});

describe('redaction', () => {
  it('never shows credentials in the error, its JSON or its inspection', () => {
    const error = mapFault('SoftLayer_Exception', 'Invalid API token.', {
      request: {
        service: 'SoftLayer_Account',
        method: 'getObject',
        credentials: { type: 'apiKey', username: 'SL1', apiKey: SECRET },
        headers: { authenticate: { username: 'SL1', apiKey: SECRET } },
        httpHeaders: { Authorization: `Bearer ${SECRET}` },
      },
    });
    expect(error.message).toContain('SoftLayer_Account::getObject');
    for (const text of [error.message, JSON.stringify(error), inspect(error, { depth: 10 }), String(error)]) {
      expect(text).not.toContain(SECRET);
    }
    expect(error.request?.credentials).toEqual({ type: 'apiKey', username: 'SL1', apiKey: '[REDACTED]' });
  });

  it('masks the arguments of login-like methods (a password is an argument of getPortalLoginToken)', () => {
    const error = mapFault('SoftLayer_Exception_User_Customer_LoginFailed', 'bad login', {
      request: {
        service: 'SoftLayer_User_Customer',
        method: 'getPortalLoginToken',
        args: ['me', 'hunter2', null, null],
      },
    });
    expect(error.request?.args).toEqual(['[REDACTED]', '[REDACTED]', '[REDACTED]', '[REDACTED]']);
    expect(inspect(error, { depth: 10 })).not.toContain('hunter2');
    expect(redactRequest({ service: 'SoftLayer_Account', method: 'getObject', args: [1] }).args).toEqual([1]);
  });

  it('masks API keys and passwords in results: apiAuthenticationKeys, vpnPassword, addApiAuthenticationKey', () => {
    const user = {
      id: 1,
      apiAuthenticationKeys: [{ id: 2, authenticationKey: SECRET }],
      vpnPassword: SECRET,
    };
    expect(redactResult('getCurrentUser', user)).toEqual({
      id: 1,
      apiAuthenticationKeys: [{ id: 2, authenticationKey: '[REDACTED]' }],
      vpnPassword: '[REDACTED]',
    });
    expect(redactResult('addApiAuthenticationKey', SECRET)).toBe('[REDACTED]');
    expect(redactResult('getHostname', 'web1')).toBe('web1');
    expect(redactResult('getObject', { tokenType: 'Bearer', key: 'ssh-rsa AAAA' })).toEqual({
      tokenType: 'Bearer',
      key: 'ssh-rsa AAAA',
    });
  });
});
