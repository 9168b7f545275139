import type { Dispatcher } from 'undici';
import type { ConnectionOptions } from './create-dispatcher';
import type { Transport } from './transport-request';

/** Options shared by the XML-RPC and REST transports. */
export interface HttpTransportOptions extends ConnectionOptions {
  /** The API endpoint; defaults to the public endpoint of the protocol. */
  endpointUrl?: string;
  /** Per-call timeout in milliseconds (0: none). Default 0, like the reference. */
  timeoutMs?: number;
  userAgent?: string;
  /** Use this undici dispatcher instead of creating a pool (the connection options are then ignored). */
  dispatcher?: Dispatcher;
}

/** A transport that talks HTTP to an endpoint; `close()` ends its keep-alive connections. */
export interface HttpTransport extends Transport {
  readonly protocol: 'xmlrpc' | 'rest';
  readonly endpointUrl: string;
  close(): Promise<void>;
}

/** Reads `SoftLayer-Total-Items`; undefined when absent or not a number. */
export function readTotalCount(headers: Record<string, string>): number | undefined {
  const text = headers['softlayer-total-items'];
  if (text === undefined) return undefined;
  const total = Number.parseInt(text, 10);
  return Number.isFinite(total) && total >= 0 ? total : undefined;
}
