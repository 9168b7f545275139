import { startRecordingServer } from '@sl/test-kit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeMethodCall, decodeMethodResponse, encodeMethodCall, encodeMethodResponse } from '../src/index';

let server: Awaited<ReturnType<typeof startRecordingServer>>;
beforeAll(async () => {
  server = await startRecordingServer(() => ({
    body: encodeMethodResponse({ id: 42, companyName: 'Example & Co' }),
  }));
});
afterAll(() => server.close());

it('README example', async () => {
  const endpoint = server.url;
  const [username, apiKey] = ['SL123456', 'secret'];
  // --- the README's example, as written there ---
  const body = encodeMethodCall('getObject', [{ headers: { authenticate: { username, apiKey } } }]);
  const response = await fetch(`${endpoint}/SoftLayer_Account`, { method: 'POST', body });
  const account = decodeMethodResponse(new Uint8Array(await response.arrayBuffer()));
  console.log(account); // { id: 42, companyName: 'Example & Co' }
  // ---
  expect(account).toEqual({ id: 42, companyName: 'Example & Co' });
  expect(decodeMethodCall(server.requests[0]!.body)).toEqual({
    methodName: 'getObject',
    params: [{ headers: { authenticate: { username: 'SL123456', apiKey: 'secret' } } }],
  });
});
