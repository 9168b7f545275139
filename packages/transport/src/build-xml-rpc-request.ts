import { formatObjectMask } from '@sl/mask';
import type { XmlRpcValue } from '@sl/xmlrpc-codec';
import type { TransportRequest } from './transport-request';

/** What goes on the wire for one SoftLayer XML-RPC call. */
export interface XmlRpcWireRequest {
  url: string;
  methodName: string;
  /** `[{ headers: {...} }, ...args]` */
  params: XmlRpcValue[];
  httpHeaders: Record<string, string>;
  basicAuth?: { username: string; password: string };
}

/**
 * Maps a request to the reference client's XML-RPC shape: POST `{endpoint}/{service}`, first param
 * `{headers: {authenticate, <Service>InitParameters, SoftLayer_ObjectMask | <Service>ObjectMask,
 * <Service>ObjectFilter, resultLimit, ...request.headers}}`, then the positional args.
 */
export function buildXmlRpcRequest(request: TransportRequest, endpointUrl: string): XmlRpcWireRequest {
  const headers: Record<string, XmlRpcValue> = {};
  const httpHeaders: Record<string, string> = {};
  let basicAuth: XmlRpcWireRequest['basicAuth'];
  const credentials = request.credentials;
  if (credentials?.type === 'apiKey') {
    // An IBM Cloud API key (username literally `apikey`) goes as HTTP basic, as the reference does.
    if (credentials.username === 'apikey') basicAuth = { username: 'apikey', password: credentials.apiKey };
    else headers.authenticate = { username: credentials.username, apiKey: credentials.apiKey };
  } else if (credentials?.type === 'portalToken') {
    headers.authenticate = {
      complexType: 'PortalLoginToken',
      userId: credentials.userId,
      authToken: credentials.authToken,
    };
  } else if (credentials?.type === 'basic') {
    basicAuth = { username: credentials.username, password: credentials.password };
  } else if (credentials?.type === 'bearer') {
    httpHeaders.authorization = `Bearer ${credentials.token}`;
  }
  if (request.id !== undefined && request.id !== null) {
    headers[`${request.service}InitParameters`] = { id: request.id };
  }
  if (request.mask !== undefined) {
    if (typeof request.mask === 'string') {
      headers.SoftLayer_ObjectMask = { mask: formatObjectMask(request.mask) };
    } else {
      headers[`${request.service}ObjectMask`] = { mask: request.mask as XmlRpcValue };
    }
  }
  if (request.filter !== undefined && request.filter !== null) {
    headers[`${request.service}ObjectFilter`] = request.filter as XmlRpcValue;
  }
  if (request.limit) headers.resultLimit = { limit: request.limit, offset: request.offset ?? 0 };
  Object.assign(headers, request.headers as Record<string, XmlRpcValue> | undefined);

  httpHeaders['content-type'] = 'application/xml';
  httpHeaders.accept = '*/*';
  if (request.compress !== false) httpHeaders['accept-encoding'] = 'gzip, deflate, br';
  for (const [name, value] of Object.entries(request.httpHeaders ?? {}))
    httpHeaders[name.toLowerCase()] = value;

  return {
    url: `${endpointUrl.replace(/\/+$/, '')}/${request.service}`,
    methodName: request.method,
    // The codec validates every value at encode time and names the path of anything it cannot send.
    params: [{ headers }, ...((request.args ?? []) as readonly XmlRpcValue[])],
    httpHeaders,
    ...(basicAuth ? { basicAuth } : {}),
  };
}
