import { runReadmeExample, startRecordingServer } from '@sl/test-kit';
import { decodeMethodCall, encodeMethodResponse } from '@sl/xmlrpc-codec';
import { afterEach, describe, expect, it } from 'vitest';
import * as clientPackage from '../src/index';

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['SL_ENDPOINT_URL', 'SL_USERNAME', 'SL_API_KEY']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('README', () => {
  it('README example', async () => {
    const server = await startRecordingServer((request) => {
      const call = decodeMethodCall(request.body);
      if (call.methodName === 'getObject')
        return { body: encodeMethodResponse({ id: 1, companyName: 'Your Company' }) };
      return {
        headers: { 'softlayer-total-items': '2' },
        body: encodeMethodResponse([
          { id: 1, hostname: 'web1' },
          { id: 2, hostname: 'web2' },
        ]),
      };
    });
    try {
      process.env.SL_ENDPOINT_URL = server.url;
      process.env.SL_USERNAME = 'SL1';
      process.env.SL_API_KEY = 'secret-key';
      expect(
        await runReadmeExample({ readme: new URL('../README.md', import.meta.url), modules: clientPackage }),
      ).toEqual(['Your Company', '1 web1', '2 web2']);
      const masks = server.requests.map((request) => {
        const [headers] = decodeMethodCall(request.body).params as [{ headers: Record<string, unknown> }];
        return headers.headers.SoftLayer_ObjectMask;
      });
      expect(masks).toEqual([{ mask: 'mask[id,companyName]' }, { mask: 'mask[id,hostname]' }]);
    } finally {
      await server.close();
    }
  });
});
