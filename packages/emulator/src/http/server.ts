import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { encodeFault } from '@sl/xmlrpc-codec';
import { faults } from '../api-fault';
import type { ApiGateway } from '../api-gateway';
import type { EmulatorState } from '../data/state';
import type { FaultInjector } from '../fault-injection';
import type { FcApi } from '../fc/api';
import type { TokenStore } from '../token-store';
import {
  handleAccounts,
  handleIamToken,
  handleOpenIdConfiguration,
  handlePasscodePage,
} from './iam-token-endpoint';
import { BodyTooLargeError, readBody } from './read-body';
import { handleRest } from './rest-endpoint';
import { handleXmlRpc } from './xmlrpc-endpoint';

export interface ServerParts {
  gateway: ApiGateway;
  state: EmulatorState;
  tokens: TokenStore;
  injector: FaultInjector;
  fc: FcApi;
  /** The configured requests per second, named in injected rate-limit faults. */
  rateLimit: number;
}

const XMLRPC_PATH = /^\/xmlrpc\/v3(?:\.1)?\/([A-Za-z0-9_]+)\/?$/;
const REST_PATH = /^\/rest\/v3(?:\.1)?(\/.*)$/;

/** Injects the configured latency and failures into an API request; true when the request was consumed. */
async function injectFaults(
  parts: ServerParts,
  protocol: 'xmlrpc' | 'rest',
  response: ServerResponse,
  pending: Set<NodeJS.Timeout>,
): Promise<boolean> {
  const { injector } = parts;
  if (injector.latencyMs > 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(timer);
        resolve();
      }, injector.latencyMs);
      pending.add(timer);
    });
  }
  const kind = injector.draw();
  if (kind === undefined) return false;
  if (kind === 'drop') {
    response.socket?.destroy();
    return true;
  }
  if (kind === 'http-500') {
    response.writeHead(500, { 'content-type': 'text/plain' });
    response.end('Internal Server Error (injected by sl-emulator)');
    return true;
  }
  const fault = faults.rateLimited(parts.rateLimit > 0 ? parts.rateLimit : 50);
  if (protocol === 'xmlrpc') {
    response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
    response.end(encodeFault({ faultCode: fault.faultCode, faultString: fault.faultString }));
  } else {
    response.writeHead(500, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: fault.faultString, code: fault.faultCode }));
  }
  return true;
}

function notFound(response: ServerResponse, path: string): void {
  response.writeHead(404, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      error: `Nothing is served at ${path}. Try /xmlrpc/v3.1/<Service> or /rest/v3.1/<Service>.`,
      code: 'SoftLayer_Exception_Public',
    }),
  );
}

/** The one HTTP server: XML-RPC, REST, the IAM token stand-in and the Flying Circus directory API. */
export function createEmulatorServer(parts: ServerParts): {
  server: Server;
  pendingTimers: Set<NodeJS.Timeout>;
} {
  const pendingTimers = new Set<NodeJS.Timeout>();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    let body: Buffer;
    try {
      body = await readBody(request);
    } catch (error) {
      if (error instanceof BodyTooLargeError && !response.headersSent) {
        response.writeHead(413, { 'content-type': 'text/plain', connection: 'close' });
        response.end(error.message);
      }
      return;
    }
    if (path === '/fc/v1' || path.startsWith('/fc/v1/')) {
      await parts.fc.handle(request, body, response);
      return;
    }
    if (path === '/identity/token' && request.method === 'POST') {
      handleIamToken(parts.state, parts.tokens, body, response);
      return;
    }
    if (request.method === 'GET' && path === '/identity/.well-known/openid-configuration') {
      handleOpenIdConfiguration(`http://${request.headers.host ?? '127.0.0.1'}`, response);
      return;
    }
    if (request.method === 'GET' && path === '/identity/passcode') {
      handlePasscodePage(response);
      return;
    }
    if (request.method === 'GET' && path === '/v1/accounts') {
      handleAccounts(parts.state, parts.tokens, request, response);
      return;
    }
    const xmlrpc = XMLRPC_PATH.exec(path);
    const rest = xmlrpc ? null : REST_PATH.exec(path);
    if (!xmlrpc && !rest) {
      if (path === '/' && request.method === 'GET') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ name: 'sl-emulator', xmlrpc: '/xmlrpc/v3.1/', rest: '/rest/v3.1/', fc: '/fc/v1' }),
        );
        return;
      }
      notFound(response, path);
      return;
    }
    if (
      parts.injector.active &&
      (await injectFaults(parts, xmlrpc ? 'xmlrpc' : 'rest', response, pendingTimers))
    ) {
      return;
    }
    if (xmlrpc) await handleXmlRpc(parts.gateway, xmlrpc[1] as string, request, body, response);
    else
      await handleRest(
        parts.gateway,
        (rest as RegExpExecArray)[1] as string,
        url.searchParams,
        request,
        body,
        response,
      );
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A bug, not an API fault: answer 500 without details (they may hold request data) and keep serving.
      process.emitWarning(
        `sl-emulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'Internal Error', code: 'SoftLayer_Exception_Public' }));
      } else response.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  return { server, pendingTimers };
}
