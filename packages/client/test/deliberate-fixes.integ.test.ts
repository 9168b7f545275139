import { createApiKeyAuth } from '@sl/auth';
import { startRecordingServer } from '@sl/test-kit';
import { createXmlRpcTransport } from '@sl/transport';
import { decodeMethodCall, encodeMethodResponse } from '@sl/xmlrpc-codec';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/index';

describe('where we differ from the reference on purpose', () => {
  it('declares UTF-8 and sends non-ASCII text as UTF-8 (the reference declares iso-8859-1 but sends UTF-8)', async () => {
    const server = await startRecordingServer(() => ({ body: encodeMethodResponse(true) }));
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      const client = createClient({ transport, auth: createApiKeyAuth({ username: 'SL1', apiKey: 'k' }) });
      await client.call('Ticket', 'addUpdate', { args: [{ entry: 'café – 東京 😀' }], id: 1 });
      const body = server.requests[0]!.body;
      expect(body.toString('utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
      expect(body.includes(Buffer.from('café – 東京 😀', 'utf8'))).toBe(true);
      expect(decodeMethodCall(body).params[1]).toEqual({ entry: 'café – 東京 😀' });
    } finally {
      await transport.close();
      await server.close();
    }
  });

  it('sends integers beyond 2^31-1 (the reference raises OverflowError, issue #1764)', async () => {
    const server = await startRecordingServer(() => ({ body: encodeMethodResponse(true) }));
    const transport = createXmlRpcTransport({ endpointUrl: server.url });
    try {
      const client = createClient({ transport });
      await client.call('Test_Service', 'echo', {
        args: [2_147_483_648, 2_666_148_982_056, -2_147_483_649, 2n ** 62n],
      });
      const { params } = decodeMethodCall(server.requests[0]!.body);
      expect(params.slice(1)).toEqual([2_147_483_648, 2_666_148_982_056, -2_147_483_649, 2n ** 62n]);
    } finally {
      await transport.close();
      await server.close();
    }
  });
});
