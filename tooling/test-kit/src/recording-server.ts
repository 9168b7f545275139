import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server saw of one request. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * How to answer: a status, headers and a body. A handler may instead answer or destroy the socket itself; if it
 * does neither and returns nothing, the server answers 599 so the test fails instead of hanging.
 */
export interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}
export type RecordingHandler = (
  request: RecordedRequest,
  response: ServerResponse,
) => CannedResponse | undefined | Promise<CannedResponse | undefined>;

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const EMPTY_XMLRPC_RESPONSE =
  '<?xml version="1.0" encoding="UTF-8"?><methodResponse><params><param><value><struct></struct></value></param></params></methodResponse>';

/**
 * A real HTTP server on 127.0.0.1 (port 0) that records every request and answers with `handler`
 * (by default an empty XML-RPC struct). Call `close()` in `afterAll`/`afterEach`.
 */
export async function startRecordingServer(handler?: RecordingHandler): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(recorded);
      try {
        const answer = handler ? await handler(recorded, res) : { body: EMPTY_XMLRPC_RESPONSE };
        if (res.writableEnded || res.destroyed) return;
        if (answer === undefined) {
          // The handler neither answered nor destroyed the socket: fail loudly rather than hang the test.
          res.writeHead(599, { 'content-type': 'text/plain' });
          res.end('recording server: the handler returned no response');
          return;
        }
        res.writeHead(answer.status ?? 200, { 'content-type': 'text/xml', ...answer.headers });
        res.end(answer.body ?? '');
      } catch (error) {
        res.writeHead(599);
        res.end(String(error));
      }
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
