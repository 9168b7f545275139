import { runReadmeExample, startRecordingServer } from '@sl/test-kit';
import { encodeMethodResponse } from '@sl/xmlrpc-codec';
import { describe, expect, it } from 'vitest';
import * as transportPackage from '../src/index';

describe('README', () => {
  it('README example', async () => {
    const server = await startRecordingServer(() => ({
      headers: { 'softlayer-total-items': '2' },
      body: encodeMethodResponse([
        { id: 1, hostname: 'a' },
        { id: 2, hostname: 'b' },
      ]),
    }));
    try {
      const output = await runReadmeExample({
        readme: new URL('../README.md', import.meta.url),
        modules: transportPackage,
        env: { SL_ENDPOINT_URL: server.url, SL_USERNAME: 'SL1', SL_API_KEY: 'secret-key' },
      });
      expect(output[0]).toBe('2 of 2');
      expect(output[1]).toMatch(/^curl /);
      expect(output.join('\n')).not.toContain('secret-key');
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
