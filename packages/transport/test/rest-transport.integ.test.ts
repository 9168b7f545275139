import { startRecordingServer } from '@sl/test-kit';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createRestTransport,
  ObjectNotFoundError,
  RateLimitError,
  type SoftLayerAPIError,
  SoftLayerError,
  TransportError,
} from '../src/index';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('createRestTransport', () => {
  it('maps JSON errors keeping their code, and HTTP errors without one', async () => {
    const answers = [
      json(404, {
        error: "Unable to find object with id of '1'.",
        code: 'SoftLayer_Exception_ObjectNotFound',
      }),
      json(500, {
        error: 'Rate limit of 50 requests for every 1 second(s) exceeded.',
        code: 'SoftLayer_Exception_WebService_RateLimitExceeded',
      }),
      json(401, { error: 'Invalid API token.', code: 'SoftLayer_Exception_Public' }),
      { status: 502, body: '<html>Bad gateway</html>' },
      { status: 200, body: 'not json' },
      json(200, [{ id: 1 }], { 'softlayer-total-items': '10' }),
    ];
    let next = 0;
    const server = await startRecordingServer(() => answers[next++]);
    const transport = createRestTransport({ endpointUrl: `${server.url}/rest/v3.1` });
    const request = { service: 'SoftLayer_Virtual_Guest', method: 'getObject', id: 1 };
    try {
      const notFound = (await transport(request).catch((caught: unknown) => caught)) as SoftLayerAPIError;
      expect(notFound).toBeInstanceOf(ObjectNotFoundError);
      expect(notFound.faultCode).toBe('SoftLayer_Exception_ObjectNotFound');
      await expect(transport(request)).rejects.toBeInstanceOf(RateLimitError);
      await expect(transport(request)).rejects.toBeInstanceOf(AuthenticationError);
      const gateway = (await transport(request).catch((caught: unknown) => caught)) as TransportError;
      expect(gateway).toBeInstanceOf(TransportError);
      expect([gateway.status, gateway.isRetryable]).toEqual([502, true]);
      await expect(transport(request)).rejects.toMatchObject({ code: 'SL_BAD_RESPONSE' });
      expect(await transport({ ...request, limit: 1 })).toMatchObject({ value: [{ id: 1 }], totalCount: 10 });
      expect(server.requests.at(-1)?.url).toBe(
        '/rest/v3.1/SoftLayer_Virtual_Guest/1/getObject.json?resultLimit=0%2C1',
      );
    } finally {
      await transport.close();
      await server.close();
    }
  });

  it('sends a legacy object mask as text, and refuses XML-RPC headers rather than dropping them', async () => {
    const server = await startRecordingServer(() => json(200, {}));
    const transport = createRestTransport({ endpointUrl: server.url });
    try {
      await transport({
        service: 'SoftLayer_Account',
        method: 'getObject',
        mask: { datacenter: {}, operatingSystem: { passwords: {} } },
      });
      expect(new URL(server.requests[0]!.url, server.url).searchParams.get('objectMask')).toBe(
        'mask[datacenter,operatingSystem[passwords]]',
      );
      const error = await transport({
        service: 'SoftLayer_Account',
        method: 'getObject',
        headers: { x: 1 },
      }).catch((caught: unknown) => caught);
      expect(SoftLayerError.isInstance(error) && error.code).toBe('SL_UNSUPPORTED');
    } finally {
      await transport.close();
      await server.close();
    }
  });
});
