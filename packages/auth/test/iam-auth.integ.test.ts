import { type RecordedRequest, startRecordingServer } from '@sl/test-kit';
import { AuthenticationError } from '@sl/transport';
import { describe, expect, it } from 'vitest';
import { createIamAuth, IamError, type IamTokens } from '../src/index';

function form(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.body.toString('utf8')));
}

/** A local IAM token endpoint: every grant returns `token-<n>`, valid for `expiresIn` seconds. */
async function startTokenServer(expiresIn = 3600) {
  let issued = 0;
  return startRecordingServer((request) => {
    const fields = form(request);
    if (fields.apikey === 'bad') {
      return {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: '{"errorCode":"BXNIM0415E","errorMessage":"Provided API key could not be found."}',
      };
    }
    issued++;
    return {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        access_token: `token-${issued}`,
        refresh_token: `refresh-${issued}`,
        token_type: 'Bearer',
        expires_in: expiresIn,
      }),
    };
  });
}

describe('createIamAuth', () => {
  it('gets a token with the API key grant, then reuses it', async () => {
    const server = await startTokenServer();
    try {
      const seen: IamTokens[] = [];
      const auth = createIamAuth({
        apiKey: 'ibm-key',
        tokenUrl: server.url,
        onTokens: (tokens) => void seen.push(tokens),
      });
      expect(await auth.credentials()).toEqual({ type: 'bearer', token: 'token-1' });
      expect(await auth.credentials()).toEqual({ type: 'bearer', token: 'token-1' });
      expect(server.requests).toHaveLength(1);
      const request = server.requests[0]!;
      expect(form(request)).toEqual({
        response_type: 'cloud_iam',
        grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
        apikey: 'ibm-key',
      });
      expect(request.headers.authorization).toBe(`Basic ${Buffer.from('bx:bx').toString('base64')}`);
      expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(seen.map((tokens) => tokens.accessToken)).toEqual(['token-1']);
      expect(String(auth)).not.toContain('ibm-key');
    } finally {
      await server.close();
    }
  });

  it('refreshes before expiry with the refresh grant, and concurrent calls share one refresh', async () => {
    const server = await startTokenServer(60); // expires within the 5-minute margin: every use refreshes
    try {
      let now = 1_000_000;
      const auth = createIamAuth({
        username: 'me@example.com',
        password: 'pw',
        tokenUrl: server.url,
        now: () => now,
      });
      const all = await Promise.all([auth.credentials(), auth.credentials(), auth.credentials()]);
      expect(all.map((c) => (c.type === 'bearer' ? c.token : ''))).toEqual(['token-1', 'token-1', 'token-1']);
      expect(server.requests).toHaveLength(1);
      expect(form(server.requests[0]!)).toMatchObject({ grant_type: 'password', username: 'me@example.com' });
      now += 1000;
      expect(await auth.credentials()).toEqual({ type: 'bearer', token: 'token-2' });
      expect(form(server.requests[1]!)).toEqual({
        response_type: 'cloud_iam',
        grant_type: 'refresh_token',
        refresh_token: 'refresh-1',
      });
    } finally {
      await server.close();
    }
  });

  it('refreshes once after an authentication failure, and only for those', async () => {
    const server = await startTokenServer();
    try {
      const auth = createIamAuth({ accessToken: 'old', refreshToken: 'r0', tokenUrl: server.url });
      expect(await auth.credentials()).toEqual({ type: 'bearer', token: 'old' });
      expect(await auth.refreshAfterFailure?.(new Error('other'))).toBe(false);
      const expired = new AuthenticationError(
        'SoftLayer_Exception_Account_Authentication_AccessTokenValidation',
        'The access token is expired',
      );
      expect(await auth.refreshAfterFailure?.(expired)).toBe(true);
      expect(await auth.credentials()).toEqual({ type: 'bearer', token: 'token-1' });
      expect(form(server.requests[0]!)).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'r0' });
    } finally {
      await server.close();
    }
  });

  it('reports IAM refusals as IamError without echoing the key', async () => {
    const server = await startTokenServer();
    try {
      const auth = createIamAuth({ apiKey: 'bad', tokenUrl: server.url });
      const error = (await auth.credentials().catch((caught: unknown) => caught)) as IamError;
      expect(error).toBeInstanceOf(IamError);
      expect([error.status, error.errorCode, error.code]).toEqual([400, 'BXNIM0415E', 'SL_IAM']);
      expect(error.message).toContain('Provided API key could not be found.');
      expect(error.message).not.toContain('bad');
    } finally {
      await server.close();
    }
  });
});

describe('createIamAuth with a passcode', () => {
  it('uses the passcode grant once, then the refresh token', async () => {
    const server = await startTokenServer(60);
    try {
      let now = 0;
      const auth = createIamAuth({ passcode: 'one-time', tokenUrl: server.url, now: () => (now += 1000) });
      await auth.credentials();
      await auth.credentials();
      expect(server.requests.map((request) => form(request).grant_type)).toEqual([
        'urn:ibm:params:oauth:grant-type:passcode',
        'refresh_token',
      ]);
      expect(form(server.requests[0]!).passcode).toBe('one-time');
    } finally {
      await server.close();
    }
  });
});
