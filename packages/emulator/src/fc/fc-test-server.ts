// For this folder's tests: serves one `FcApi` on 127.0.0.1 (the emulator's own server is tested elsewhere).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FcApi } from './api';

export interface FcTestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Serves whatever `getApi()` returns at the time of each request, so a test can swap in a fresh directory. */
export async function startFcTestServer(getApi: () => FcApi): Promise<FcTestServer> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => void getApi().handle(request, Buffer.concat(chunks), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
