// Raw calls to an emulator over both protocols, as the reference client sends them, for the integration tests.
import { decodeMethodResponse, encodeMethodCall, XmlRpcFault, type XmlRpcValue } from '@sl/xmlrpc-codec';
import { expect } from 'vitest';
import type { Emulator } from '../src/index';

export interface CallOptions {
  id?: number;
  mask?: string;
  filter?: XmlRpcValue;
  limit?: number;
  offset?: number;
}

/** One XML-RPC call with the reference client's headers; resolves the value and SoftLayer-Total-Items. */
export async function xmlrpcCall(
  target: Emulator,
  service: string,
  method: string,
  options: CallOptions = {},
  ...args: XmlRpcValue[]
): Promise<{ value: unknown; total: number | undefined }> {
  const headers: Record<string, XmlRpcValue> = {
    authenticate: { username: target.credentials.username, apiKey: target.credentials.apiKey },
  };
  if (options.id !== undefined) headers[`${service}InitParameters`] = { id: options.id };
  if (options.mask !== undefined) headers.SoftLayer_ObjectMask = { mask: options.mask };
  if (options.filter !== undefined) headers[`${service}ObjectFilter`] = options.filter;
  if (options.limit !== undefined)
    headers.resultLimit = { offset: options.offset ?? 0, limit: options.limit };
  const body = encodeMethodCall(method, [{ headers }, ...args]);
  const response = await fetch(`${target.xmlrpcUrl}${service}`, { method: 'POST', body });
  const total = response.headers.get('softlayer-total-items');
  return {
    value: decodeMethodResponse(await response.text()),
    total: total === null ? undefined : Number(total),
  };
}

/**
 * One REST call: `path` after the endpoint (`SoftLayer_Network_SecurityGroup/1/addRules`), the HTTP method, and the
 * parameters sent as `{"parameters": [...]}`. Resolves the status and the JSON body.
 */
export async function restCall(
  target: Emulator,
  httpMethod: string,
  path: string,
  parameters?: unknown[],
  query = '',
): Promise<{ status: number; body: unknown; total: number | undefined }> {
  const { username, apiKey } = target.credentials;
  const response = await fetch(`${target.restUrl}${path}.json${query}`, {
    method: httpMethod,
    headers: { authorization: `Basic ${Buffer.from(`${username}:${apiKey}`).toString('base64')}` },
    ...(parameters === undefined ? {} : { body: JSON.stringify({ parameters }) }),
  });
  const total = response.headers.get('softlayer-total-items');
  return {
    status: response.status,
    body: await response.json(),
    total: total === null ? undefined : Number(total),
  };
}

/** The fault a call fails with (the test fails if it succeeds). */
export async function faultOf(promise: Promise<unknown>): Promise<XmlRpcFault> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(XmlRpcFault);
    return error as XmlRpcFault;
  }
  throw new Error('expected an API fault');
}
