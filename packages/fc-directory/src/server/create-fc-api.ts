// The server side of the Flying Circus directory API (apply/query/log/ping), mounted at /fc/v1: `@sl/emulator`
// routes every /fc/v1… request here, and this package's tests serve it on a node:http server of their own.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  decodeMethodCall,
  encodeFaultBytes,
  encodeMethodResponseBytes,
  type XmlRpcValue,
} from '@sl/xmlrpc-codec';
import { describeValue } from '../field-value';
import { applyRecords } from './apply-records';
import { matchesBasicAuth } from './basic-auth';
import { type CallLog, type CallLogEntry, createCallLog } from './call-log';
import { cloneState, type DirectoryState, type FcValue, purgeDeletedMachines } from './directory-state';
import { FC_FAULT_CODES, FcFault } from './fc-fault';
import { toLogJson } from './log-json';
import { toWireValue } from './present-record';
import { queryRecords } from './query-records';
import { seedDirectory } from './seed-directory';

export interface FcApiOptions {
  /** The project name: the HTTP basic user. */
  project: string;
  /** The project's API key: the HTTP basic password. */
  apiKey: string;
  /** Clock in milliseconds since the epoch; tests move it. Default `Date.now`. */
  now?: () => number;
}

export interface FcApi {
  readonly project: string;
  readonly apiKey: string;
  /** Answers one HTTP request whose path starts with the mount prefix (`/fc/v1`); `body` is the whole body. */
  handle(request: IncomingMessage, body: Buffer, response: ServerResponse): Promise<void>;
}

const MOUNT_PATHS = new Set(['/fc/v1', '/fc/v1/']);

/**
 * The emulated directory of one project: `apply` (all or nothing: it runs on a copy that is committed only when
 * every record succeeded, and synchronously, so concurrent calls are serialized), `query`, `log` (every other call,
 * failed ones too, with a gapless serial, kept 30 days by `now`) and `ping`. Auth: HTTP basic (project, API key).
 */
export function createFcApi(options: FcApiOptions): FcApi {
  const { project, apiKey } = options;
  const now = options.now ?? Date.now;
  let state: DirectoryState = seedDirectory(project, now());
  const log: CallLog = createCallLog(now);

  const run = (methodName: string, params: FcValue[]): FcValue => {
    switch (methodName) {
      case 'apply': {
        const draft = cloneState(state);
        purgeDeletedMachines(draft, now());
        const records = applyRecords(draft, params, { project, now: now() });
        state = draft;
        return records;
      }
      case 'query':
        purgeDeletedMachines(state, now());
        return queryRecords(state, params);
      case 'ping':
        return 'pong';
      default:
        throw new FcFault(
          FC_FAULT_CODES.methodNotFound,
          `method '${methodName}' does not exist; the directory offers apply, query, log and ping`,
        );
    }
  };

  return {
    project,
    apiKey,
    async handle(request, body, response) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (!MOUNT_PATHS.has(path))
        return sendText(response, 404, `No such endpoint: ${path}; the API is at /fc/v1`);
      if (request.method !== 'POST') {
        return sendText(response, 405, 'The directory API takes XML-RPC calls by POST', { allow: 'POST' });
      }
      if (!matchesBasicAuth(request.headers.authorization, project, apiKey)) {
        return sendText(
          response,
          401,
          'Unauthorized: use HTTP basic auth with the project name and its API key',
          {
            'www-authenticate': 'Basic realm="directory"',
          },
        );
      }
      let call: { methodName: string; params: FcValue[] };
      try {
        call = decodeMethodCall(body);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return sendFault(
          response,
          new FcFault(FC_FAULT_CODES.parseError, `The request is not an XML-RPC call: ${reason}`),
        );
      }
      const { methodName, params } = call;
      if (methodName === 'log') {
        try {
          return sendValue(response, readLog(log, params));
        } catch (error) {
          return sendFault(response, asFault(error));
        }
      }
      const entry = {
        method: methodName,
        args: toLogJson({ args: params, kw: {} }),
        ipaddress: (request.socket.remoteAddress ?? '').replace(/^::ffff:/, ''),
        resource_group: project,
      };
      let value: FcValue;
      try {
        value = run(methodName, params);
      } catch (error) {
        const fault = asFault(error);
        log.append({ ...entry, result: '', exception: fault.faultString });
        return sendFault(response, fault);
      }
      log.append({ ...entry, result: toLogJson(value), exception: '' });
      sendValue(response, toWireValue(value));
    },
  };
}

function readLog(log: CallLog, params: FcValue[]): CallLogEntry[] {
  const [serial] = params;
  if (params.length > 1 || (serial !== undefined && serial !== null && !Number.isSafeInteger(serial))) {
    throw new FcFault(
      FC_FAULT_CODES.invalidParams,
      `log() takes an optional integer serial; got ${params.length} parameter(s)${params.length ? ` starting with ${describeValue(serial)}` : ''}`,
    );
  }
  return typeof serial === 'number' ? log.after(serial) : log.latest();
}

function asFault(error: unknown): FcFault {
  if (error instanceof FcFault) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new FcFault(-32603, `Internal error in the directory server: ${reason}`);
}

function sendValue(response: ServerResponse, value: XmlRpcValue): void {
  let body: Uint8Array;
  try {
    body = encodeMethodResponseBytes(value);
  } catch (error) {
    sendFault(response, asFault(error));
    return;
  }
  response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
  response.end(body);
}

function sendFault(response: ServerResponse, fault: FcFault): void {
  response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
  response.end(encodeFaultBytes({ faultCode: fault.faultCode, faultString: fault.faultString }));
}

function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(text);
}
