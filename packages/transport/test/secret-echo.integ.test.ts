import { inspect } from 'node:util';
import { startRecordingServer } from '@sl/test-kit';
import { describe, expect, it } from 'vitest';
import {
  createRestTransport,
  createXmlRpcTransport,
  type TransportCredentials,
  TransportError,
  withDebug,
} from '../src/index';

const API_KEY = 'EchoedApiKey0123456789abcdef0123456789';
const TOKEN = 'EchoedBearerToken0123456789abcdef';

/** What a misbehaving proxy does: an error page that quotes the request, body and headers. */
async function echoServer(status: number) {
  return startRecordingServer((request) => ({
    status,
    headers: { 'content-type': 'text/plain' },
    body: `bad request: ${JSON.stringify(request.headers)} ${request.body.toString('utf8')}`,
  }));
}

describe('a server that echoes the request in its error', () => {
  it.each([
    ['XML-RPC', createXmlRpcTransport, { type: 'apiKey', username: 'SL1', apiKey: API_KEY }],
    ['REST', createRestTransport, { type: 'apiKey', username: 'SL1', apiKey: API_KEY }],
    ['REST', createRestTransport, { type: 'bearer', token: TOKEN }],
  ] as const)('%s: the error carries no secret of the request', async (_name, create, credentials) => {
    for (const status of [400, 500]) {
      const server = await echoServer(status);
      const transport = withDebug(create({ endpointUrl: server.url }));
      try {
        const error = await transport({
          service: 'SoftLayer_Account',
          method: 'getObject',
          credentials: credentials as TransportCredentials,
        }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(TransportError);
        const echoed = (error as TransportError).responseText ?? '';
        expect(echoed).toContain('[REDACTED]');
        const shown = [
          String(error),
          echoed,
          inspect(error, { depth: 10, showHidden: true }),
          JSON.stringify(error),
          inspect(transport.lastCalls(), { depth: 10 }),
        ].join('\n');
        expect(shown).not.toContain(API_KEY);
        expect(shown).not.toContain(TOKEN);
        expect(shown).not.toContain(Buffer.from(`SL1:${API_KEY}`).toString('base64'));
      } finally {
        await server.close();
      }
    }
  });
});
