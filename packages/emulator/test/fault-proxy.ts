import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRandom } from '../src/data/random';

/**
 * What the proxy does to one request. `drop-before` and `http-429` never forward it (the call is not executed);
 * `drop-after` and `http-500-after` forward it, let the emulator execute it, and lose the answer.
 */
export type ProxyFault = 'pass' | 'drop-before' | 'http-429' | 'drop-after' | 'http-500-after';

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: paths are forwarded to the target unchanged. */
  url: string;
  /** How many requests met each fault. */
  counts: Record<ProxyFault, number>;
  close(): Promise<void>;
}

const FAULTS: readonly ProxyFault[] = ['drop-before', 'http-429', 'drop-after', 'http-500-after'];
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/**
 * A loopback HTTP proxy in front of `target` that injects faults the emulator cannot: answers lost AFTER the
 * call was executed (the case where a retry would duplicate a write). A fraction `rate` of the requests, drawn
 * in arrival order from `seed`, meets one of the faults.
 */
export async function startFaultProxy(
  target: string,
  options: { rate: number; seed: number },
): Promise<FaultProxy> {
  const random = createRandom(options.seed);
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const counts: Record<ProxyFault, number> = {
    pass: 0,
    'drop-before': 0,
    'http-429': 0,
    'drop-after': 0,
    'http-500-after': 0,
  };
  const server = createServer((request, response) => {
    const fault: ProxyFault = random.chance(options.rate) ? random.pick(FAULTS) : 'pass';
    counts[fault]++;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (fault === 'drop-before') return void request.socket.destroy();
      if (fault === 'http-429') {
        response.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '0' });
        return void response.end('Too Many Requests (fault proxy)');
      }
      const forwarded = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.url,
          headers: request.headers,
          agent,
        },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => body.push(chunk));
          answer.on('end', () => {
            if (fault === 'drop-after') return void request.socket.destroy();
            if (fault === 'http-500-after') {
              response.writeHead(500, { 'content-type': 'text/plain' });
              return void response.end('Internal Server Error (fault proxy, after the call ran)');
            }
            response.writeHead(answer.statusCode ?? 502, passHeaders(answer.headers));
            response.end(Buffer.concat(body));
          });
          answer.on('error', () => request.socket.destroy());
        },
      );
      // The emulator dropped the connection itself (its own injected fault): so does the proxy.
      forwarded.on('error', () => request.socket.destroy());
      forwarded.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}

function passHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}
