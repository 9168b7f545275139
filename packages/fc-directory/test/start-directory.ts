// Serves the directory API for this package's tests and bench: `createFcApi` (the `./server` entry) on a node:http
// server of its own on 127.0.0.1. The emulator's own test proves `startEmulator()` serves the same API.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  decodeMethodResponse,
  encodeMethodCall,
  type XmlRpcDecoded,
  type XmlRpcValue,
} from '@sl/xmlrpc-codec';
import { createDirectoryClient, type DirectoryClient } from '../src/index';
import { createFcApi, type FcApi, type FcApiOptions } from '../src/server';

export interface DirectoryServer {
  /** `http://127.0.0.1:<port>/fc/v1` */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  project: string;
  apiKey: string;
  /** A client of this directory, with its project and key. */
  client: DirectoryClient;
  /** One raw XML-RPC call with the directory's credentials: the decoded value; a fault rejects (`XmlRpcFault`). */
  call(method: string, ...params: XmlRpcValue[]): Promise<XmlRpcDecoded>;
  /** Serves a fresh directory (same options) from now on: a clean slate for the next test. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts a directory of project `acme` (or `options.project`), seeded as `createFcApi` seeds it. */
export async function startDirectory(options: Partial<FcApiOptions> = {}): Promise<DirectoryServer> {
  const settings: FcApiOptions = { project: 'acme', apiKey: 'fc-test-key-0123456789', ...options };
  let api: FcApi = createFcApi(settings);
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => void api.handle(request, Buffer.concat(chunks), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${origin}/fc/v1`;
  const { project, apiKey } = settings;
  return {
    url,
    origin,
    project,
    apiKey,
    client: createDirectoryClient({ url, project, apiKey }),
    call: async (method, ...params) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${project}:${apiKey}`).toString('base64')}` },
        body: encodeMethodCall(method, params),
      });
      return decodeMethodResponse(await response.text());
    },
    reset: () => {
      api = createFcApi(settings);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
