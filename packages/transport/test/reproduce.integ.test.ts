import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startRecordingServer } from '@sl/test-kit';
import { decodeMethodCall } from '@sl/xmlrpc-codec';
import { describe, expect, it } from 'vitest';
import { reproduce, type TransportRequest } from '../src/index';

const KEY = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const request: TransportRequest = {
  service: 'SoftLayer_Virtual_Guest',
  method: 'editObject',
  id: 1001,
  mask: 'id,hostname',
  args: [{ notes: `it's "quoted" & <escaped> $HOME \`x\`` }],
  credentials: { type: 'apiKey', username: 'SL123456', apiKey: KEY },
};

/** Runs the printed command with a POSIX shell (async: the server answers in this process), placeholders from the environment. */
function runCurl(command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      '/bin/sh',
      ['-c', command],
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', SL_USERNAME: 'SL123456', SL_API_KEY: KEY },
        timeout: 20_000,
      },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`curl failed: ${stderr}`, { cause: error })) : resolve(),
    );
  });
}

describe.skipIf(!existsSync('/usr/bin/curl'))('reproduce', () => {
  it('prints a curl command for XML-RPC that sends the same call, with secrets as placeholders', async () => {
    const server = await startRecordingServer();
    try {
      const command = reproduce(request, { endpoint: `${server.url}/xmlrpc/v3.1/` });
      expect(command).not.toContain(KEY);
      expect(command).toContain('$SL_USERNAME');
      expect(command).toContain('$SL_API_KEY');
      await runCurl(command);
      const sent = server.requests[0]!;
      expect([sent.method, sent.url]).toEqual(['POST', '/xmlrpc/v3.1/SoftLayer_Virtual_Guest']);
      expect(decodeMethodCall(sent.body).params).toEqual([
        {
          headers: {
            authenticate: { username: 'SL123456', apiKey: KEY },
            SoftLayer_Virtual_GuestInitParameters: { id: 1001 },
            SoftLayer_ObjectMask: { mask: 'mask[id,hostname]' },
          },
        },
        request.args?.[0],
      ]);
    } finally {
      await server.close();
    }
  });

  it('prints a curl command for REST with basic auth placeholders', async () => {
    const server = await startRecordingServer(() => ({ body: '{}' }));
    try {
      const command = reproduce(request, { endpoint: `${server.url}/rest/v3.1/` });
      expect(command).not.toContain(KEY);
      await runCurl(command);
      const sent = server.requests[0]!;
      expect(sent.method).toBe('PUT');
      expect(sent.url).toBe(
        '/rest/v3.1/SoftLayer_Virtual_Guest/1001/editObject.json?objectMask=mask%5Bid%2Chostname%5D',
      );
      expect(sent.headers.authorization).toBe(`Basic ${Buffer.from(`SL123456:${KEY}`).toString('base64')}`);
      expect(JSON.parse(sent.body.toString('utf8'))).toEqual({ parameters: request.args });
    } finally {
      await server.close();
    }
  });
});
