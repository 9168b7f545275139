import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { startRecordingServer } from '@sl/test-kit';
import { encodeMethodResponse } from '@sl/xmlrpc-codec';
import { describe, expect, it } from 'vitest';
import { createRestTransport, createXmlRpcTransport } from '../src/index';

/** A tiny HTTP proxy on 127.0.0.1: CONNECT tunnels and absolute-URI forwarding, recording what it saw. */
async function startProxy() {
  const seen: Array<{ kind: 'connect' | 'forward'; target: string; headers: IncomingHttpHeaders }> = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    seen.push({ kind: 'forward', target: request.url ?? '', headers: request.headers });
    const upstream = httpRequest(
      request.url ?? '',
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, client, head) => {
    seen.push({ kind: 'connect', target: request.url ?? '', headers: request.headers });
    const [host = '', port = '80'] = (request.url ?? '').split(':');
    if (host !== '127.0.0.1') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('proxy', () => {
  it('sends XML-RPC and REST calls through an HTTP proxy, with proxy credentials', async () => {
    const api = await startRecordingServer((request) =>
      request.url.startsWith('/rest') ? { body: '{"id":1}' } : { body: encodeMethodResponse({ id: 2 }) },
    );
    const proxy = await startProxy();
    const proxyUrl = `http://proxyuser:proxypass@127.0.0.1:${proxy.port}`;
    const xmlrpc = createXmlRpcTransport({ endpointUrl: api.url, proxy: proxyUrl });
    const rest = createRestTransport({ endpointUrl: `${api.url}/rest/v3.1`, proxy: proxyUrl });
    try {
      expect((await xmlrpc({ service: 'SoftLayer_Account', method: 'getObject' })).value).toEqual({ id: 2 });
      expect((await rest({ service: 'SoftLayer_Account', method: 'getObject' })).value).toEqual({ id: 1 });
      expect(api.requests.map((request) => request.url)).toEqual([
        '/SoftLayer_Account',
        '/rest/v3.1/SoftLayer_Account/getObject.json',
      ]);
      expect(proxy.seen.length).toBeGreaterThan(0);
      expect(proxy.seen[0]?.target).toContain(`127.0.0.1:${new URL(api.url).port}`);
      expect(proxy.seen[0]?.headers['proxy-authorization']).toBe(
        `Basic ${Buffer.from('proxyuser:proxypass').toString('base64')}`,
      );
    } finally {
      await xmlrpc.close();
      await rest.close();
      await proxy.close();
      await api.close();
    }
  });
});
