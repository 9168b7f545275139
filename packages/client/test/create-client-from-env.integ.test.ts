import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIamAuth } from '@sl/auth';
import { type RecordedRequest, startRecordingServer } from '@sl/test-kit';
import { decodeMethodCall, encodeFault, encodeMethodResponse } from '@sl/xmlrpc-codec';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, createClientFromEnv } from '../src/index';

const headersOf = (request: RecordedRequest) =>
  (decodeMethodCall(request.body).params[0] as { headers: Record<string, unknown> }).headers;

describe('createClientFromEnv', () => {
  it('builds an XML-RPC client from explicit settings (the emulator tests call it this way)', async () => {
    const server = await startRecordingServer(() => ({
      body: encodeMethodResponse({ companyName: 'Your Company' }),
    }));
    const client = createClientFromEnv({
      endpointUrl: server.url,
      username: 'SL1',
      apiKey: 'key',
      env: {},
      homeDir: '/nonexistent',
      systemConfigFile: false,
    });
    try {
      expect(await client.call('Account', 'getObject')).toEqual({ companyName: 'Your Company' });
      expect(server.requests[0]?.url).toBe('/SoftLayer_Account');
      expect(headersOf(server.requests[0]!).authenticate).toEqual({ username: 'SL1', apiKey: 'key' });
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('selects REST for an endpoint containing /rest, with settings from env and ~/.softlayer', async () => {
    const server = await startRecordingServer(() => ({
      headers: { 'content-type': 'application/json' },
      body: '{"id":1}',
    }));
    const home = mkdtempSync(join(tmpdir(), 'sl-home-'));
    writeFileSync(
      join(home, '.softlayer'),
      `[softlayer]\nusername = file-user\napi_key = file-key\nendpoint_url = ${server.url}/rest/v3.1/\n`,
    );
    const client = createClientFromEnv({
      env: { SL_USERNAME: 'env-user' },
      homeDir: home,
      systemConfigFile: false,
    });
    try {
      expect(await client.call('Account', 'getObject')).toEqual({ id: 1 });
      expect(server.requests[0]?.url).toBe('/rest/v3.1/SoftLayer_Account/getObject.json');
      expect(server.requests[0]?.headers.authorization).toBe(
        `Basic ${Buffer.from('env-user:file-key').toString('base64')}`,
      );
    } finally {
      await client.close();
      await server.close();
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('retries a 503 then succeeds (retry is on by default for safe calls)', async () => {
    let attempts = 0;
    const server = await startRecordingServer(() =>
      ++attempts < 3 ? { status: 503, body: 'busy' } : { body: encodeMethodResponse(true) },
    );
    const client = createClientFromEnv({
      endpointUrl: server.url,
      env: {},
      homeDir: '/nonexistent',
      systemConfigFile: false,
      retry: { minDelayMs: 1 },
    });
    try {
      expect(await client.call('Account', 'getObject')).toBe(true);
      expect(attempts).toBe(3);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('retries a create refused by the rate limit, never one that may have run, and takes idempotent per call', async () => {
    const failures = [
      {
        body: encodeFault({
          faultCode: 'SoftLayer_Exception_WebService_RateLimitExceeded',
          faultString: 'Rate limit of 50 requests for every 1 second(s) exceeded.',
        }),
      },
      { body: encodeMethodResponse({ id: 7 }) },
      { status: 500, body: 'Internal Server Error' },
      { status: 500, body: 'Internal Server Error' },
      { body: encodeMethodResponse(true) },
    ];
    const server = await startRecordingServer(() => failures.shift());
    const retried: string[] = [];
    const client = createClientFromEnv({
      endpointUrl: server.url,
      env: {},
      homeDir: '/nonexistent',
      systemConfigFile: false,
      retry: {
        minDelayMs: 1,
        onRetry: (event) => retried.push(`${event.request.method} ${event.classification}`),
      },
    });
    try {
      expect(await client.call('Security_Ssh_Key', 'createObject', { args: [{ key: 'k' }] })).toEqual({
        id: 7,
      });
      await expect(
        client.call('Security_Ssh_Key', 'createObject', { args: [{ key: 'k' }] }),
      ).rejects.toMatchObject({
        status: 500,
      });
      expect(await client.call('Virtual_Guest', 'editObject', { id: 1, args: [{}], idempotent: true })).toBe(
        true,
      );
      expect(retried).toEqual(['createObject not-executed', 'editObject maybe-executed']);
      expect(server.requests).toHaveLength(5);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('refreshes an IAM token once after an authentication fault and retries the call', async () => {
    const iam = await startRecordingServer((request) => ({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        access_token: request.url === '/rejected' ? 'rejected' : 'fresh',
        refresh_token: 'r2',
        expires_in: 3600,
      }),
    }));
    const api = await startRecordingServer((request) =>
      request.headers.authorization === 'Bearer fresh'
        ? { body: encodeMethodResponse({ id: 1 }) }
        : {
            body: encodeFault({
              faultCode: 'SoftLayer_Exception_Account_Authentication_AccessTokenValidation',
              faultString: 'expired',
            }),
          },
    );
    const tokens: string[] = [];
    const auth = createIamAuth({
      accessToken: 'stale',
      refreshToken: 'r1',
      tokenUrl: iam.url,
      onTokens: (fresh) => void tokens.push(fresh.accessToken),
    });
    const client = createClientFromEnv({
      endpointUrl: api.url,
      auth,
      env: {},
      homeDir: '/nonexistent',
      systemConfigFile: false,
    });
    try {
      expect(await client.call('Account', 'getObject')).toEqual({ id: 1 });
      expect(api.requests.map((request) => request.headers.authorization)).toEqual([
        'Bearer stale',
        'Bearer fresh',
      ]);
      expect(tokens).toEqual(['fresh']);
      expect(iam.requests).toHaveLength(1);

      // When the fresh token fails too, the call fails: one refresh per call, never a loop.
      const before = api.requests.length;
      const doomed = createIamAuth({ accessToken: 'stale', apiKey: 'k', tokenUrl: `${iam.url}/rejected` });
      const unlucky = createClientFromEnv({
        endpointUrl: api.url,
        auth: doomed,
        env: {},
        homeDir: '/nonexistent',
        systemConfigFile: false,
        retry: false,
      });
      await expect(unlucky.call('Account', 'getObject')).rejects.toBeInstanceOf(AuthenticationError);
      expect(api.requests.slice(before).map((request) => request.headers.authorization)).toEqual([
        'Bearer stale',
        'Bearer rejected',
      ]);
      await unlucky.close();
    } finally {
      await client.close();
      await api.close();
      await iam.close();
    }
  });
});

describe('IAM tokens saved in the config file', () => {
  it('are used as bearer auth when there is no API key', async () => {
    const server = await startRecordingServer(() => ({ body: encodeMethodResponse({ id: 1 }) }));
    const home = mkdtempSync(join(tmpdir(), 'sl-home-'));
    writeFileSync(
      join(home, '.softlayer'),
      '[softlayer]\naccess_token = saved-token\nrefresh_token = saved-refresh\n',
    );
    const client = createClientFromEnv({
      endpointUrl: server.url,
      env: {},
      homeDir: home,
      systemConfigFile: false,
    });
    try {
      await client.call('Account', 'getObject');
      expect(client.auth?.kind).toBe('iam');
      expect(server.requests[0]?.headers.authorization).toBe('Bearer saved-token');
    } finally {
      await client.close();
      await server.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('authenticateWithPassword', () => {
  it('gets a portal token via User_Customer::getPortalLoginToken and uses it afterwards', async () => {
    const server = await startRecordingServer((request) =>
      decodeMethodCall(request.body).methodName === 'getPortalLoginToken'
        ? { body: encodeMethodResponse({ userId: 4242, hash: 'abcdef0123' }) }
        : { body: encodeMethodResponse({ id: 1 }) },
    );
    const client = createClientFromEnv({
      endpointUrl: server.url,
      env: {},
      homeDir: '/nonexistent',
      systemConfigFile: false,
    });
    try {
      expect(await client.authenticateWithPassword('user', 'secret')).toEqual({ userId: 4242 });
      await client.call('Account', 'getObject');
      const login = decodeMethodCall(server.requests[0]!.body);
      expect(server.requests[0]?.url).toBe('/SoftLayer_User_Customer');
      expect(login.params).toEqual([{ headers: {} }, 'user', 'secret', null, null]);
      expect(headersOf(server.requests[1]!).authenticate).toEqual({
        complexType: 'PortalLoginToken',
        userId: 4242,
        authToken: 'abcdef0123',
      });
      expect(String(client.auth)).not.toContain('abcdef0123');
    } finally {
      await client.close();
      await server.close();
    }
  });
});
