import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ObjectFilter } from '@sl/filter';
import type { ApiCall } from '../api-call';
import { ApiFault, faults } from '../api-fault';
import type { ApiGateway } from '../api-gateway';
import { toInteger } from '../services/arguments';
import { credentialsFromAuthorization } from './authorization-header';

const DEFAULT_METHODS: Record<string, string> = {
  GET: 'getObject',
  POST: 'createObject',
  PUT: 'editObject',
  DELETE: 'deleteObject',
};

function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? Number(item) : item)));
}

/** One step down a relation: the object with `id` in the previous list, then `method` on it. */
export interface DrillStep {
  id: number;
  method: string;
}

/**
 * Reads `/<Service>[/<id>][/<method>][/<id>/<method>]...[/<scalar params>...].json?objectMask=&objectFilter=&resultLimit=`
 * and a `{"parameters": [...]}` body into an ApiCall (and the drill steps after the first method). The `get` prefix
 * may be dropped (`SoftLayer_Account/VirtualGuests`).
 */
export function callFromRest(
  method: string,
  path: string,
  query: URLSearchParams,
  body: Buffer,
  authorization: string | undefined,
): { call: ApiCall; drill: DrillStep[] } {
  const segments = path
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(decodeURIComponent);
  const last = segments.length - 1;
  if (last < 0) throw faults.badRequest('No service given.');
  const extension = /\.(json|xml|txt)$/.exec(segments[last] as string);
  if (extension) segments[last] = (segments[last] as string).slice(0, -extension[0].length);
  if (extension && extension[1] !== 'json')
    throw faults.badRequest(`Only .json is served by the emulator, not .${extension[1]}.`);
  const [service = '', ...rest] = segments;
  let id: number | undefined;
  if (rest[0] !== undefined && /^\d+$/.test(rest[0])) id = Number(rest.shift());
  const methodName = rest.shift() ?? DEFAULT_METHODS[method] ?? 'getObject';
  // Drilling through relations: `SoftLayer_Account/getHardware/<id>/getNetworkComponents`.
  const drill: DrillStep[] = [];
  while (rest.length >= 2 && /^\d+$/.test(rest[0] as string) && /^[a-zA-Z]+$/.test(rest[1] as string)) {
    drill.push({ id: Number(rest.shift()), method: rest.shift() as string });
  }
  const args: unknown[] = [...rest];
  if (body.length > 0 && method !== 'GET') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw faults.badRequest('The request body is not valid JSON.');
    }
    const parameters = (parsed as { parameters?: unknown } | null)?.parameters;
    if (parameters !== undefined) {
      if (!Array.isArray(parameters)) throw faults.badRequest('"parameters" must be an array.');
      args.push(...parameters);
    }
  }
  const call: ApiCall = {
    protocol: 'rest',
    service,
    method: methodName,
    args,
    credentials: credentialsFromAuthorization(authorization),
  };
  if (id !== undefined) call.id = id;
  const mask = query.get('objectMask');
  if (mask) call.mask = mask;
  const filter = query.get('objectFilter');
  if (filter) {
    try {
      call.filter = JSON.parse(filter) as ObjectFilter;
    } catch {
      throw faults.invalidFilter('objectFilter is not valid JSON.');
    }
  }
  const limit = query.get('resultLimit');
  if (limit) {
    const parts = limit.split(',').map((part) => toInteger(part));
    const [first, second] = parts;
    const count = parts.length > 1 ? second : first;
    if (count === undefined || count < 0 || (parts.length > 1 && (first === undefined || first < 0))) {
      throw faults.badRequest(`resultLimit must be "offset,limit" or "limit", not "${limit}".`);
    }
    if (count > 0) {
      call.limit = count;
      call.offset = parts.length > 1 ? (first as number) : 0;
    }
  }
  return { call, drill };
}

/**
 * Follows drill steps: each id must be one of the objects the previous method lists; the mask, filter and limit
 * apply to the last call only.
 */
async function drillDown(gateway: ApiGateway, first: ApiCall, drill: readonly DrillStep[]): Promise<ApiCall> {
  let current: ApiCall = { ...first, args: [] };
  delete current.mask;
  delete current.filter;
  delete current.limit;
  delete current.offset;
  for (const step of drill) {
    const listed = (await gateway.call({ ...current, mask: 'mask[id]' })).value;
    const items = Array.isArray(listed) ? listed : [listed];
    if (!items.some((item) => (item as { id?: unknown } | null)?.id === step.id))
      throw faults.objectNotFound(step.id);
    current = { ...current, service: gateway.resultType(current), id: step.id, method: step.method };
  }
  const last: ApiCall = { ...first, service: current.service, method: current.method };
  if (current.id === undefined) delete last.id;
  else last.id = current.id;
  return last;
}

/** Answers `/rest/v3[.1]/...`: JSON results, `{error, code}` with the fault's status on failure. */
export async function handleRest(
  gateway: ApiGateway,
  path: string,
  query: URLSearchParams,
  request: IncomingMessage,
  body: Buffer,
  response: ServerResponse,
): Promise<void> {
  try {
    const parsed = callFromRest(request.method ?? 'GET', path, query, body, request.headers.authorization);
    const call = parsed.drill.length > 0 ? await drillDown(gateway, parsed.call, parsed.drill) : parsed.call;
    let result: Awaited<ReturnType<ApiGateway['call']>>;
    try {
      result = await gateway.call(call);
    } catch (error) {
      // `SoftLayer_Account/VirtualGuests.json`: the `get` prefix may be left out.
      if (
        error instanceof ApiFault &&
        error.faultString.startsWith('Function (') &&
        !call.method.startsWith('get')
      ) {
        const retried = {
          ...call,
          method: `get${call.method.charAt(0).toUpperCase()}${call.method.slice(1)}`,
        };
        result = await gateway.call(retried);
      } else throw error;
    }
    const headers: Record<string, string> =
      result.totalItems === undefined ? {} : { 'SoftLayer-Total-Items': String(result.totalItems) };
    sendJson(response, 200, result.value ?? null, headers);
  } catch (error) {
    if (!(error instanceof ApiFault)) throw error;
    sendJson(response, error.httpStatus, { error: error.faultString, code: error.faultCode });
  }
}
