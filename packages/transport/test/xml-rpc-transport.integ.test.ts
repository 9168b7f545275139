import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { startRecordingServer } from '@sl/test-kit';
import { encodeFault, encodeMethodResponse } from '@sl/xmlrpc-codec';
import { describe, expect, it } from 'vitest';
import {
  createXmlRpcTransport,
  MethodNotFoundError,
  ObjectNotFoundError,
  RateLimitError,
  type SoftLayerError,
  TransportError,
  xmlRpcCall,
} from '../src/index';

const ok = (value: Parameters<typeof encodeMethodResponse>[0], headers: Record<string, string> = {}) => ({
  headers,
  body: encodeMethodResponse(value),
});

async function withServer(
  handler: Parameters<typeof startRecordingServer>[0],
  run: (url: string, requests: Awaited<ReturnType<typeof startRecordingServer>>['requests']) => Promise<void>,
): Promise<void> {
  const server = await startRecordingServer(handler);
  try {
    await run(server.url, server.requests);
  } finally {
    await server.close();
  }
}

const request = { service: 'SoftLayer_Account', method: 'getVirtualGuests' };

describe('createXmlRpcTransport', () => {
  it('reads SoftLayer-Total-Items and decodes gzip, deflate and br answers', async () => {
    const body = encodeMethodResponse([{ id: 1 }, { id: 2 }]);
    const encodings = {
      gzip: gzipSync(body),
      deflate: deflateSync(body),
      br: brotliCompressSync(body),
    } as const;
    await withServer(
      (incoming) => {
        const coding = incoming.url.endsWith('gzip')
          ? 'gzip'
          : incoming.url.endsWith('deflate')
            ? 'deflate'
            : 'br';
        return {
          headers: { 'content-encoding': coding, 'softlayer-total-items': '42' },
          body: encodings[coding],
        };
      },
      async (url, requests) => {
        for (const coding of Object.keys(encodings)) {
          const transport = createXmlRpcTransport({ endpointUrl: url });
          try {
            const response = await transport({ ...request, service: coding });
            expect(response.value).toEqual([{ id: 1 }, { id: 2 }]);
            expect(response.totalCount).toBe(42);
          } finally {
            await transport.close();
          }
        }
        expect(requests[0]?.headers['accept-encoding']).toBe('gzip, deflate, br');
      },
    );
  });

  it('maps faults with string and int codes, even on HTTP 500', async () => {
    const faults = [
      {
        status: 200,
        body: encodeFault({
          faultCode: 'SoftLayer_Exception_ObjectNotFound',
          faultString: "Unable to find object with id of '1'.",
        }),
      },
      { status: 200, body: encodeFault({ faultCode: -32601, faultString: 'Method not found' }) },
      {
        status: 500,
        body: encodeFault({
          faultCode: 'SoftLayer_Exception_WebService_RateLimitExceeded',
          faultString: 'Rate limit of 50 requests for every 1 second(s) exceeded.',
        }),
      },
    ];
    let next = 0;
    await withServer(
      () => faults[next++],
      async (url) => {
        const transport = createXmlRpcTransport({ endpointUrl: url });
        try {
          await expect(transport(request)).rejects.toBeInstanceOf(ObjectNotFoundError);
          await expect(transport(request)).rejects.toBeInstanceOf(MethodNotFoundError);
          const error = await transport(request).catch((caught: unknown) => caught);
          expect(error).toBeInstanceOf(RateLimitError);
          expect((error as RateLimitError).isRetryable).toBe(true);
        } finally {
          await transport.close();
        }
      },
    );
  });

  it('turns HTTP errors, junk answers and unencodable values into typed errors', async () => {
    const answers = [
      { status: 503, body: 'busy' },
      { status: 200, body: '<html>hi</html>' },
    ];
    let next = 0;
    await withServer(
      () => answers[next++],
      async (url) => {
        const transport = createXmlRpcTransport({ endpointUrl: url });
        try {
          const http = (await transport(request).catch((caught: unknown) => caught)) as TransportError;
          expect(http).toBeInstanceOf(TransportError);
          expect([http.status, http.code, http.isRetryable]).toEqual([503, 'SL_HTTP', true]);
          const junk = (await transport(request).catch((caught: unknown) => caught)) as TransportError;
          expect([junk.status, junk.code]).toEqual([200, 'SL_BAD_RESPONSE']);
          const encode = (await transport({ ...request, args: [Symbol('x')] }).catch(
            (caught: unknown) => caught,
          )) as SoftLayerError;
          expect(encode.code).toBe('SL_ENCODE');
        } finally {
          await transport.close();
        }
      },
    );
  });

  it('reports network failures, timeouts and aborts with status 0', async () => {
    const closed = await startRecordingServer();
    const deadUrl = closed.url;
    await closed.close();
    const dead = createXmlRpcTransport({ endpointUrl: deadUrl });
    const network = (await dead(request).catch((caught: unknown) => caught)) as TransportError;
    expect([network.status, network.code, network.isRetryable]).toEqual([0, 'SL_NETWORK', true]);
    await dead.close();

    // A server that never answers: the handler leaves the response open until the test closes the server.
    await withServer(
      () => new Promise(() => undefined),
      async (url) => {
        const transport = createXmlRpcTransport({ endpointUrl: url, timeoutMs: 100 });
        try {
          const timeout = (await transport(request).catch((caught: unknown) => caught)) as TransportError;
          expect([timeout.status, timeout.code, timeout.isRetryable]).toEqual([0, 'SL_TIMEOUT', true]);
          const controller = new AbortController();
          const pending = transport({ ...request, signal: controller.signal, timeoutMs: 0 });
          setTimeout(() => controller.abort(), 20);
          const aborted = (await pending.catch((caught: unknown) => caught)) as TransportError;
          expect([aborted.status, aborted.code, aborted.isRetryable]).toEqual([0, 'SL_ABORTED', false]);
          // A caller's signal and a timeout together: whichever comes first decides the error.
          const both = new AbortController();
          const timedOut = (await transport({ ...request, signal: both.signal }).catch(
            (caught: unknown) => caught,
          )) as TransportError;
          expect(timedOut.code).toBe('SL_TIMEOUT');
          const early = transport({ ...request, signal: both.signal, timeoutMs: 60_000 });
          setTimeout(() => both.abort(), 20);
          expect(((await early.catch((caught: unknown) => caught)) as TransportError).code).toBe(
            'SL_ABORTED',
          );
        } finally {
          await transport.close();
        }
      },
    );
  });
});

describe('xmlRpcCall', () => {
  it('calls any XML-RPC API with basic auth and returns value, status and headers', async () => {
    await withServer(
      () => ok({ answer: 42 }, { 'x-extra': 'yes' }),
      async (url, requests) => {
        const result = await xmlRpcCall({
          url: `${url}/RPC2`,
          methodName: 'directory.lookup',
          params: ['arthur', 42],
          basicAuth: { username: 'u', password: 'p' },
          userAgent: 'test/1',
        });
        expect(result).toMatchObject({ value: { answer: 42 }, status: 200, headers: { 'x-extra': 'yes' } });
        expect(requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
        expect(requests[0]?.headers['content-type']).toBe('text/xml');
        expect(requests[0]?.headers['user-agent']).toBe('test/1');
      },
    );
  });
});
