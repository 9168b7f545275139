import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runSl, writeConfig } from './run-binary';

// The binary's HTTP layer is node:http (src/http/undici-on-node-http.ts); with --proxy it hands the calls to
// undici's ProxyAgent, which tunnels through CONNECT.
let emulator: Emulator;
let proxy: Server;
const tunnels: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: 0 });
  proxy = createServer((_request, response) => response.writeHead(405).end());
  proxy.on('connect', (request, client) => {
    tunnels.push(String(request.url));
    const [host, port] = String(request.url).split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await emulator?.close();
});

it('--proxy sends the calls through the proxy', async () => {
  const address = proxy.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const config = writeConfig(emulator);
  const result = await runSl([
    '--config',
    config,
    '--proxy',
    `http://127.0.0.1:${port}`,
    '--format',
    'json',
    'dns',
    'zone-list',
  ]);
  expect(result.code, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout)).toHaveLength(5);
  expect(tunnels).toContain(new URL(emulator.url).host);
});

it('a refused connection is a network error on stderr, exit 1, no stack (with and without a proxy)', async () => {
  const config = writeConfig(emulator);
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const address = closed.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => closed.close(resolve));
  const direct = join(mkdtempSync(join(tmpdir(), 'sl-refused-')), 'softlayer.cfg');
  writeFileSync(
    direct,
    `[softlayer]\nusername = u\napi_key = k\nendpoint_url = http://127.0.0.1:${port}/xmlrpc/v3.1/\n`,
  );
  for (const args of [
    ['--config', config, '--proxy', `http://127.0.0.1:${port}`, 'dns', 'zone-list'],
    ['--config', direct, 'dns', 'zone-list'],
  ]) {
    const result = await runSl(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/network error|ECONNREFUSED/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }
});
