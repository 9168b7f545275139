import { startRecordingServer } from '@sl/test-kit';
import { encodeFault, encodeMethodResponse } from '@sl/xmlrpc-codec';
import { describe, expect, it } from 'vitest';
import {
  createRestTransport,
  createXmlRpcTransport,
  isSafeToRepeat,
  parseRetryAfter,
  RateLimitError,
  TransportError,
  withRetry,
} from '../src/index';

const rateLimited = () => ({
  body: encodeFault({
    faultCode: 'SoftLayer_Exception_WebService_RateLimitExceeded',
    faultString: 'Rate limit of 50 requests for every 1 second(s) exceeded.',
  }),
});

/** A server that fails `failures` times (rate limit fault, 503, then a dropped connection) and then answers. */
async function flakyServer(failures: number) {
  let seen = 0;
  return startRecordingServer((_request, response) => {
    seen++;
    if (seen > failures) return { body: encodeMethodResponse('ok') };
    if (seen % 3 === 1) return rateLimited();
    if (seen % 3 === 2) return { status: 503, body: 'busy' };
    response.socket?.destroy();
    return undefined;
  });
}

describe('withRetry', () => {
  it('retries rate limits, 503 and connection resets of a read with growing, fully jittered, capped delays', async () => {
    const server = await flakyServer(3);
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    const delays: number[] = [];
    const retrying = withRetry(transport, {
      minDelayMs: 4,
      maxDelayMs: 10,
      random: () => 0.5,
      onRetry: ({ delayMs }) => delays.push(delayMs),
    });
    try {
      const response = await retrying({ service: 'SoftLayer_Account', method: 'getObject' });
      expect(response.value).toBe('ok');
      expect(server.requests).toHaveLength(4);
      expect(delays).toEqual([2, 4, 5]); // ceilings 4, 8, 16→10 (cap); full jitter: random × ceiling
    } finally {
      await transport.close();
      await server.close();
    }
  });

  it('gives up after `retries` and throws the last error', async () => {
    const server = await startRecordingServer(rateLimited);
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      const retrying = withRetry(transport, { retries: 2, minDelayMs: 1 });
      await expect(retrying({ service: 'SoftLayer_Account', method: 'getObject' })).rejects.toBeInstanceOf(
        RateLimitError,
      );
      expect(server.requests).toHaveLength(3);
    } finally {
      await transport.close();
      await server.close();
    }
  });

  it('never repeats a call that may create or bill after a failure that may have executed it, unless told', async () => {
    const safe = (method: string) => isSafeToRepeat({ method });
    expect(
      ['placeOrder', 'createObject', 'createObjects', 'addUpdate', 'editObject', 'issueX'].some(safe),
    ).toBe(false);
    expect(
      ['getObject', 'verifyOrder', 'findByHostname', 'isPingable', 'listVendors', 'search'].every(safe),
    ).toBe(true);
    expect(isSafeToRepeat({ method: 'placeOrder', idempotent: true })).toBe(true);
    expect(isSafeToRepeat({ method: 'getObject', idempotent: false })).toBe(false);
    const server = await startRecordingServer(() => ({ status: 503, body: 'busy' }));
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      await expect(
        withRetry(transport, { minDelayMs: 1 })({ service: 'SoftLayer_Product_Order', method: 'placeOrder' }),
      ).rejects.toBeInstanceOf(TransportError);
      expect(server.requests).toHaveLength(1);
      await expect(
        withRetry(transport, { minDelayMs: 1, retries: 1, isSafeToRepeat: () => true })({
          service: 'SoftLayer_Product_Order',
          method: 'placeOrder',
        }),
      ).rejects.toBeInstanceOf(TransportError);
      expect(server.requests).toHaveLength(3);
    } finally {
      await transport.close();
      await server.close();
    }
  });

  it('stops waiting when the caller aborts', async () => {
    const server = await startRecordingServer(rateLimited);
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      const controller = new AbortController();
      const retrying = withRetry(transport, { minDelayMs: 60_000, onRetry: () => controller.abort() });
      const error = (await retrying({
        service: 'SoftLayer_Account',
        method: 'getObject',
        signal: controller.signal,
      }).catch((caught: unknown) => caught)) as TransportError;
      expect(error.code).toBe('SL_ABORTED');
      expect(server.requests).toHaveLength(1);
    } finally {
      await transport.close();
      await server.close();
    }
  });
});

describe('rate limits as a bare HTTP 500', () => {
  it('become RateLimitError on both transports, so withRetry retries them', async () => {
    const message = 'Rate limit of 50 requests for every 1 second(s) exceeded.';
    let calls = 0;
    const server = await startRecordingServer(() =>
      ++calls <= 2 ? { status: 500, body: message } : { body: encodeMethodResponse('ok') },
    );
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      const error = await transport({ service: 'SoftLayer_Account', method: 'getObject' }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).faultString).toBe(message);
      const response = await withRetry(transport, { minDelayMs: 1 })({
        service: 'SoftLayer_Account',
        method: 'getObject',
      });
      expect(response.value).toBe('ok');
      expect(server.requests).toHaveLength(3);
      const rest = createRestTransport({ endpointUrl: server.url });
      calls = 0;
      await expect(rest({ service: 'SoftLayer_Account', method: 'getObject' })).rejects.toBeInstanceOf(
        RateLimitError,
      );
      await rest.close();
    } finally {
      await transport.close();
      await server.close();
    }
  });
});

describe('Retry-After', () => {
  it('is read from 429/503 answers and waited for, within the cap', async () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThan(50_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    let calls = 0;
    const server = await startRecordingServer(() =>
      ++calls === 1
        ? { status: 503, headers: { 'retry-after': '1' }, body: 'busy' }
        : { body: encodeMethodResponse('ok') },
    );
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      const delays: number[] = [];
      const retrying = withRetry(transport, {
        minDelayMs: 1,
        maxDelayMs: 20,
        onRetry: ({ delayMs }) => delays.push(delayMs),
      });
      expect((await retrying({ service: 'SoftLayer_Account', method: 'getObject' })).value).toBe('ok');
      expect(delays).toEqual([20]); // asked for 1000 ms, capped at maxDelayMs
    } finally {
      await transport.close();
      await server.close();
    }
  });
});
