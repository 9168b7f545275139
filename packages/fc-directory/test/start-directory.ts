// Serves the emulated directory API for the tests on 127.0.0.1.
// TODO(emulator): switch to `startEmulator().fcDirectory` once @sl/emulator exposes it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFcApi } from '../../emulator/src/fc/api';

export interface DirectoryServer {
  url: string;
  project: string;
  apiKey: string;
  close(): Promise<void>;
}

export async function startDirectory(): Promise<DirectoryServer> {
  const project = 'acme';
  const apiKey = 'fc-test-key-0123456789';
  const api = createFcApi({ project, apiKey });
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => void api.handle(request, Buffer.concat(chunks), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/fc/v1`,
    project,
    apiKey,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
