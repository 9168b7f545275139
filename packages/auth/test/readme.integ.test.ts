import { runReadmeExample, startRecordingServer } from '@sl/test-kit';
import * as transportPackage from '@sl/transport';
import { describe, expect, it } from 'vitest';
import * as authPackage from '../src/index';

describe('README', () => {
  it('README example', async () => {
    const server = await startRecordingServer(() => ({
      body: '<?xml version="1.0"?><methodResponse><params><param><value><struct><member><name>id</name><value><int>1</int></value></member></struct></value></param></params></methodResponse>',
    }));
    try {
      const output = await runReadmeExample({
        readme: new URL('../README.md', import.meta.url),
        modules: { ...transportPackage, ...authPackage },
        env: { SL_ENDPOINT_URL: server.url, SL_USERNAME: 'SL1', SL_API_KEY: 'secret-key' },
      });
      expect(output).toEqual(['{"id":1} apiKeyAuth(username=SL1)']);
      const body = server.requests[0]!.body.toString('utf8');
      expect(body).toContain('<name>authenticate</name>');
      expect(body).toContain('<string>secret-key</string>');
    } finally {
      await server.close();
    }
  });
});
