import { Agent, type Dispatcher, ProxyAgent } from 'undici';

/** How a transport connects: keep-alive pool, proxy, TLS verification and client certificates. */
export interface ConnectionOptions {
  /** An `http://` or `https://` proxy URL; `user:password@` in it is sent as Proxy-Authorization. */
  proxy?: string;
  /** Verify the server's TLS certificate (default true). */
  verify?: boolean;
  /** Extra CA certificates (PEM). */
  ca?: string | Buffer | ReadonlyArray<string | Buffer>;
  /** Client certificate and key (PEM) for mutual TLS. */
  cert?: string | Buffer;
  key?: string | Buffer;
  /** TCP+TLS connect timeout in milliseconds (default 10 s). */
  connectTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open (default 30 s). */
  keepAliveTimeoutMs?: number;
  /** Max connections per origin (default 32). */
  connections?: number;
}

/** A pooled undici dispatcher for one transport: an `Agent`, or a `ProxyAgent` when `proxy` is set. */
export function createDispatcher(options: ConnectionOptions = {}): Dispatcher {
  const tls = {
    rejectUnauthorized: options.verify ?? true,
    ...(options.ca === undefined ? {} : { ca: options.ca as string | Buffer | Array<string | Buffer> }),
    ...(options.cert === undefined ? {} : { cert: options.cert }),
    ...(options.key === undefined ? {} : { key: options.key }),
    timeout: options.connectTimeoutMs ?? 10_000,
  };
  const pool = {
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    connections: options.connections ?? 32,
  };
  if (options.proxy) {
    return new ProxyAgent({ uri: options.proxy, requestTls: tls, ...pool });
  }
  return new Agent({ connect: tls, ...pool });
}
