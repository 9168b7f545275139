import { formatObjectMask, toMaskString } from '@sl/mask';
import { XmlRpcDouble } from '@sl/xmlrpc-codec';
import { SoftLayerError } from './soft-layer-error';
import type { TransportRequest } from './transport-request';

/** What goes on the wire for one SoftLayer REST call. */
export interface RestWireRequest {
  url: string;
  httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE';
  httpHeaders: Record<string, string>;
  /** `{"parameters": [...]}` when the call has positional args. */
  body?: string;
  basicAuth?: { username: string; password: string };
}

/**
 * The verbs the REST API documents. We fix the reference here: it sends `editObject` as POST and
 * `deleteObject` as GET; the REST API documents PUT and DELETE.
 */
const METHOD_VERBS: Readonly<Record<string, RestWireRequest['httpMethod']>> = {
  createObject: 'POST',
  createObjects: 'POST',
  editObject: 'PUT',
  editObjects: 'PUT',
  deleteObject: 'DELETE',
};

/** The HTTP verb for a call: the documented verb of the method, else POST with parameters and GET without. */
export function restVerb(method: string, argCount: number): RestWireRequest['httpMethod'] {
  return METHOD_VERBS[method] ?? (argCount > 0 ? 'POST' : 'GET');
}

/**
 * Maps a request to the REST shape: `{endpoint}/{Service}[/{id}]/{method}.json?objectMask=…&objectFilter=…
 * &resultLimit=offset,limit`, body `{"parameters": [...]}`.
 */
export function buildRestRequest(request: TransportRequest, endpointUrl: string): RestWireRequest {
  if (request.headers && Object.keys(request.headers).length > 0) {
    throw new SoftLayerError(
      `${request.service}::${request.method}: XML-RPC headers (${Object.keys(request.headers).join(', ')}) cannot be sent over REST; use the mask/filter/limit options or an XML-RPC endpoint`,
      { code: 'SL_UNSUPPORTED', request },
    );
  }
  const args = request.args ?? [];
  const path = [endpointUrl.replace(/\/+$/, ''), encodeURIComponent(request.service)];
  if (request.id !== undefined && request.id !== null) path.push(encodeURIComponent(String(request.id)));
  path.push(`${encodeURIComponent(request.method)}.json`);
  const query = new URLSearchParams();
  if (request.mask !== undefined) {
    const mask = typeof request.mask === 'string' ? request.mask : toMaskString(request.mask);
    if (mask.trim() !== '') query.set('objectMask', formatObjectMask(mask));
  }
  if (isNonEmptyFilter(request.filter)) query.set('objectFilter', JSON.stringify(request.filter));
  if (request.limit || request.offset)
    query.set('resultLimit', `${request.offset ?? 0},${request.limit ?? 0}`);

  const httpHeaders: Record<string, string> = { accept: '*/*' };
  if (request.compress !== false) httpHeaders['accept-encoding'] = 'gzip, deflate, br';
  let basicAuth: RestWireRequest['basicAuth'];
  const credentials = request.credentials;
  if (credentials?.type === 'apiKey')
    basicAuth = { username: credentials.username, password: credentials.apiKey };
  else if (credentials?.type === 'portalToken')
    basicAuth = { username: String(credentials.userId), password: credentials.authToken };
  else if (credentials?.type === 'basic')
    basicAuth = { username: credentials.username, password: credentials.password };
  else if (credentials?.type === 'bearer') httpHeaders.authorization = `Bearer ${credentials.token}`;

  let body: string | undefined;
  if (args.length > 0) {
    body = JSON.stringify({ parameters: args }, toJsonValue);
    httpHeaders['content-type'] = 'application/json';
  }
  for (const [name, value] of Object.entries(request.httpHeaders ?? {}))
    httpHeaders[name.toLowerCase()] = value;
  const search = query.toString();
  return {
    url: `${path.join('/')}${search ? `?${search}` : ''}`,
    httpMethod: restVerb(request.method, args.length),
    httpHeaders,
    ...(body === undefined ? {} : { body }),
    ...(basicAuth ? { basicAuth } : {}),
  };
}

function isNonEmptyFilter(filter: unknown): boolean {
  if (filter === undefined || filter === null) return false;
  return typeof filter !== 'object' || Object.keys(filter).length > 0;
}

/** JSON for values JSON.stringify cannot take: bytes as base64 (as the REST API expects), bigints, doubles. */
function toJsonValue(this: unknown, _key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'bigint') {
    if (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER))
      return Number(value);
    throw new SoftLayerError(`the integer ${value} is beyond what JSON numbers carry exactly; use XML-RPC`, {
      code: 'SL_ENCODE',
    });
  }
  if (XmlRpcDouble.isInstance(value)) return value.value;
  return value;
}
