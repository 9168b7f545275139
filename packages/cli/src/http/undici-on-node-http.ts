/**
 * What `@sl/transport` uses of undici (`request`, `Agent`, `ProxyAgent`, `getGlobalDispatcher`), on Node's
 * built-in `http`/`https`.
 *
 * Only the `sl` binary uses it: its build aliases `undici` to this file. Loading undici from node_modules costs
 * more than the rest of a short command (it is ~1 MB of JavaScript that Node compiles on every start), while
 * `node:http` comes precompiled with Node. Behaviour the transport relies on is kept: keep-alive pools per
 * transport, TLS options, the connect timeout (`UND_ERR_CONNECT_TIMEOUT`), abort signals, raw bodies (the
 * transport decompresses), network errors with their `code`. A proxy needs CONNECT tunnels: `ProxyAgent` hands
 * those to the real undici, loaded only then.
 */

import * as http from 'node:http';
import type * as https from 'node:https';

interface TlsOptions {
  rejectUnauthorized?: boolean;
  ca?: string | Buffer | Array<string | Buffer>;
  cert?: string | Buffer;
  key?: string | Buffer;
  timeout?: number;
}

interface AgentOptions {
  connect?: TlsOptions;
  keepAliveTimeout?: number;
  connections?: number;
}

interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  signal?: AbortSignal;
  dispatcher?: unknown;
}

interface ResponseData {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: { arrayBuffer(): Promise<ArrayBuffer> };
}

interface RealUndici {
  request(url: string, options: RequestOptions): Promise<ResponseData>;
  ProxyAgent: new (options: unknown) => object;
}

// Only the binary, which is CommonJS, bundles this file: `require` is its module's own.

/** The real undici, for proxies only (a name the bundler does not follow, so it stays in node_modules). */
function realUndici(): RealUndici {
  const name = ['un', 'dici'].join('');
  return require(name) as RealUndici;
}

/** `node:https` (and with it TLS and crypto), loaded on the first `https:` request only. */
let httpsModule: typeof https | undefined;
function httpsApi(): typeof https {
  httpsModule ??= require('node:https') as typeof https;
  return httpsModule;
}

/** A keep-alive pool on `node:http` and `node:https` (undici's `Agent` options). */
export class Agent {
  readonly http: http.Agent;
  readonly connectTimeoutMs: number;
  readonly #httpsOptions: https.AgentOptions;
  #https: https.Agent | undefined;

  constructor(options: AgentOptions = {}) {
    const pool = {
      keepAlive: true,
      maxSockets: options.connections ?? 32,
      ...(options.keepAliveTimeout ? { freeSocketTimeout: options.keepAliveTimeout } : {}),
    };
    const { timeout, ...tls } = options.connect ?? {};
    this.connectTimeoutMs = timeout ?? 10_000;
    this.http = new http.Agent(pool);
    this.#httpsOptions = { ...pool, ...tls };
  }

  /** The pool for `https:` (made on first use). */
  get https(): https.Agent {
    this.#https ??= new (httpsApi().Agent)(this.#httpsOptions);
    return this.#https;
  }

  async close(): Promise<void> {
    this.http.destroy();
    this.#https?.destroy();
  }

  async destroy(): Promise<void> {
    await this.close();
  }
}

/** Proxies go through the real undici (CONNECT tunnels for https). */
export class ProxyAgent {
  constructor(options: unknown) {
    // biome-ignore lint/correctness/noConstructorReturn: the real undici's ProxyAgent stands in for this class.
    return new (realUndici().ProxyAgent)(options);
  }
}

let defaultAgent: Agent | undefined;

function connectTimeoutError(ms: number): Error {
  return Object.assign(new Error(`Connect Timeout Error (${ms} ms)`), { code: 'UND_ERR_CONNECT_TIMEOUT' });
}

/**
 * undici's global dispatcher: the shared keep-alive pool. It has no `compose`, so `@sl/transport` cannot see
 * whether a request's first byte was written and counts a failure after connecting as possibly executed (the
 * safe side); connect failures (refused, DNS, connect timeout) are still known to have sent nothing.
 */
export function getGlobalDispatcher(): Agent {
  defaultAgent ??= new Agent();
  return defaultAgent;
}

/** undici's `request`: one exchange; the body is read whole by `arrayBuffer()`. */
export function request(url: string, options: RequestOptions = {}): Promise<ResponseData> {
  if (options.dispatcher !== undefined && !(options.dispatcher instanceof Agent)) {
    return realUndici().request(url, options);
  }
  const agent = (options.dispatcher as Agent | undefined) ?? getGlobalDispatcher();
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  return new Promise<ResponseData>((resolve, reject) => {
    const outgoing = (secure ? httpsApi() : http).request(target, {
      method: options.method ?? 'GET',
      headers: options.headers,
      agent: secure ? agent.https : agent.http,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    outgoing.once('socket', (socket) => {
      if (!socket.connecting) return;
      const timer = setTimeout(
        () => outgoing.destroy(connectTimeoutError(agent.connectTimeoutMs)),
        agent.connectTimeoutMs,
      );
      timer.unref();
      socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    });
    outgoing.once('error', reject);
    outgoing.once('response', (incoming) => {
      const chunks: Buffer[] = [];
      const whole = new Promise<ArrayBuffer>((done, fail) => {
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.once('end', () => {
          const buffer = Buffer.concat(chunks);
          done(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
        });
        incoming.once('error', fail);
        incoming.once('aborted', () =>
          fail(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })),
        );
      });
      whole.catch(() => undefined);
      resolve({
        statusCode: incoming.statusCode ?? 0,
        headers: incoming.headers,
        body: { arrayBuffer: () => whole },
      });
    });
    outgoing.end(options.body === undefined ? undefined : options.body);
  });
}
