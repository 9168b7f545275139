import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ObjectFilter } from '@sl/filter';
import {
  decodeMethodCall,
  encodeFaultBytes,
  encodeMethodResponseBytes,
  type XmlRpcValue,
} from '@sl/xmlrpc-codec';
import type { ApiCall, Credentials } from '../api-call';
import { ApiFault } from '../api-fault';
import type { ApiGateway } from '../api-gateway';
import { toInteger } from '../services/arguments';
import { credentialsFromAuthorization } from './authorization-header';
import { xmlRpcRequestText } from './request-charset';

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
    ? (value as Record<string, unknown>)
    : undefined;
}

function headerEndingWith(headers: Record<string, unknown>, suffix: string): unknown {
  for (const [key, value] of Object.entries(headers))
    if (key.endsWith(suffix) && key !== suffix) return value;
  return undefined;
}

function credentialsFromHeaders(
  headers: Record<string, unknown>,
  authorization: string | undefined,
): Credentials {
  const auth = record(headers.authenticate);
  if (auth) {
    if (auth.complexType === 'PortalLoginToken' || auth.authToken !== undefined) {
      return { kind: 'token', userId: toInteger(auth.userId) ?? -1, authToken: String(auth.authToken ?? '') };
    }
    if (typeof auth.username === 'string') {
      return { kind: 'apikey', username: auth.username, apiKey: String(auth.apiKey ?? '') };
    }
  }
  return credentialsFromAuthorization(authorization);
}

/** Turns a decoded `<methodCall>` to `/xmlrpc/v3.1/<Service>` into an ApiCall. */
export function callFromXmlRpc(
  service: string,
  methodName: string,
  params: readonly unknown[],
  authorization: string | undefined,
): ApiCall {
  const first = record(params[0]);
  const hasHeaders =
    first !== undefined && Object.keys(first).length === 1 && record(first.headers) !== undefined;
  const headers = hasHeaders ? (record(first.headers) as Record<string, unknown>) : {};
  const args = hasHeaders ? params.slice(1) : [...params];
  const call: ApiCall = {
    protocol: 'xmlrpc',
    service,
    method: methodName,
    args,
    credentials: credentialsFromHeaders(headers, authorization),
  };
  const init = record(headerEndingWith(headers, 'InitParameters'));
  const id = toInteger(init?.id);
  if (id !== undefined) call.id = id;
  const extended = record(headers.SoftLayer_ObjectMask);
  const legacy = record(headerEndingWith(headers, 'ObjectMask'));
  if (typeof extended?.mask === 'string') call.mask = extended.mask;
  else if (typeof legacy?.mask === 'string') call.mask = legacy.mask;
  else if (record(legacy?.mask)) call.mask = record(legacy?.mask) as Record<string, unknown>;
  const filter = record(headerEndingWith(headers, 'ObjectFilter'));
  if (filter) call.filter = filter as ObjectFilter;
  const limit = record(headers.resultLimit);
  const count = toInteger(limit?.limit);
  if (count !== undefined && count > 0) {
    call.limit = count;
    call.offset = Math.max(0, toInteger(limit?.offset) ?? 0);
  }
  return call;
}

function send(response: ServerResponse, body: Uint8Array, headers: Record<string, string> = {}): void {
  response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', ...headers });
  response.end(body);
}

/** Answers `POST /xmlrpc/v3[.1]/<Service>`; faults travel in the body with HTTP 200, as the API sends them. */
export async function handleXmlRpc(
  gateway: ApiGateway,
  service: string,
  request: IncomingMessage,
  body: Buffer,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'POST') {
    response.writeHead(405, { allow: 'POST', 'content-type': 'text/plain' });
    response.end('XML-RPC calls are POSTed.');
    return;
  }
  let decoded: { methodName: string; params: unknown[] };
  try {
    decoded = decodeMethodCall(xmlRpcRequestText(body, request.headers['content-type']));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    send(
      response,
      encodeFaultBytes({ faultCode: -32700, faultString: `parse error. not well formed: ${reason}` }),
    );
    return;
  }
  try {
    const call = callFromXmlRpc(service, decoded.methodName, decoded.params, request.headers.authorization);
    const result = await gateway.call(call);
    const headers: Record<string, string> =
      result.totalItems === undefined ? {} : { 'SoftLayer-Total-Items': String(result.totalItems) };
    send(response, encodeMethodResponseBytes((result.value ?? null) as XmlRpcValue), headers);
  } catch (error) {
    const fault = error instanceof ApiFault ? error : undefined;
    if (!fault) throw error;
    send(response, encodeFaultBytes({ faultCode: fault.faultCode, faultString: fault.faultString }));
  }
}
