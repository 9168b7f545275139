import { type RecordedRequest, type RecordingServer, startRecordingServer } from '@sl/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getPasscodeUrl,
  IamError,
  listIbmCloudAccounts,
  loginWithIbmId,
  loginWithPasscode,
  refreshIamTokenForAccount,
} from '../src/index';

function form(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.body.toString('utf8')));
}

const json = (body: unknown, status = 200) => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** A local IAM + accounts API: the password `right` and passcode `CODE1` work; `bad-token` is refused. */
async function startIam(): Promise<RecordingServer> {
  let issued = 0;
  const server: RecordingServer = await startRecordingServer((request) => {
    if (request.method === 'GET' && request.url === '/identity/.well-known/openid-configuration') {
      return json({ passcode_endpoint: `${server.url}/identity/passcode` });
    }
    if (request.method === 'GET' && request.url === '/v1/accounts') {
      if (request.headers.authorization !== 'Bearer token-1') {
        return json({ errorCode: 'BXNIM0407E', errorMessage: 'Bad token.' }, 401);
      }
      return json({
        total_results: 2,
        resources: [
          {
            metadata: { guid: 'abc123', linked_accounts: [{ origin: 'IMS', id: '307609' }] },
            entity: { name: 'Hooli' },
          },
          { metadata: { guid: 'def456', linked_accounts: [] }, entity: { name: 'Unlinked Co' } },
        ],
      });
    }
    const fields = form(request);
    if (fields.password === 'wrong-secret' || fields.passcode === 'WRONG') {
      return json(
        { errorCode: 'BXNIM0602E', errorMessage: 'The credentials you entered are incorrect.' },
        400,
      );
    }
    issued++;
    return json({ access_token: `token-${issued}`, refresh_token: `refresh-${issued}`, expires_in: 3600 });
  });
  return server;
}

describe('IBM Cloud interactive login helpers', () => {
  let server: RecordingServer;
  beforeAll(async () => {
    server = await startIam();
  });
  afterAll(async () => {
    await server.close();
  });

  it('password grant, accounts, refresh for an account', async () => {
    const endpoints = { iamUrl: `${server.url}/`, accountsUrl: server.url };
    const tokens = await loginWithIbmId({ username: 'me@example.com', password: 'right' }, endpoints);
    expect(tokens).toMatchObject({ accessToken: 'token-1', refreshToken: 'refresh-1' });
    const grant = server.requests.at(-1)!;
    expect(grant.url).toBe('/identity/token');
    expect(grant.headers.authorization).toBe(`Basic ${Buffer.from('bx:bx').toString('base64')}`);
    expect(form(grant)).toEqual({
      response_type: 'cloud_iam',
      grant_type: 'password',
      username: 'me@example.com',
      password: 'right',
    });

    const accounts = await listIbmCloudAccounts(tokens.accessToken, endpoints);
    expect(accounts).toEqual([
      { guid: 'abc123', name: 'Hooli', imsAccountId: '307609' },
      { guid: 'def456', name: 'Unlinked Co' },
    ]);

    const scoped = await refreshIamTokenForAccount(
      { refreshToken: 'refresh-1', account: 'abc123', imsAccount: '307609' },
      endpoints,
    );
    expect(scoped.accessToken).toBe('token-2');
    expect(form(server.requests.at(-1)!)).toEqual({
      response_type: 'cloud_iam',
      grant_type: 'refresh_token',
      refresh_token: 'refresh-1',
      account: 'abc123',
      ims_account: '307609',
    });
  });

  it('passcode grant and the passcode URL from the OpenID configuration', async () => {
    const endpoints = { iamUrl: server.url };
    expect(await getPasscodeUrl(endpoints)).toBe(`${server.url}/identity/passcode`);
    const tokens = await loginWithPasscode('CODE1', endpoints);
    expect(tokens.accessToken).toMatch(/^token-/);
    expect(form(server.requests.at(-1)!)).toEqual({
      response_type: 'cloud_iam',
      grant_type: 'urn:ibm:params:oauth:grant-type:passcode',
      passcode: 'CODE1',
    });
  });

  it('refusals are IamErrors that never echo the password, passcode or token', async () => {
    const endpoints = { iamUrl: server.url, accountsUrl: server.url };
    const wrong = await loginWithIbmId(
      { username: 'me@example.com', password: 'wrong-secret' },
      endpoints,
    ).catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(IamError);
    expect((wrong as IamError).status).toBe(400);
    expect((wrong as IamError).errorCode).toBe('BXNIM0602E');
    expect((wrong as IamError).message).toContain('The credentials you entered are incorrect.');
    expect((wrong as IamError).message).not.toContain('wrong-secret');

    const code = await loginWithPasscode('WRONG', endpoints).catch((error: unknown) => error);
    expect(code).toBeInstanceOf(IamError);
    expect((code as IamError).message).not.toContain('WRONG');

    const accounts = await listIbmCloudAccounts('bad-token', endpoints).catch((error: unknown) => error);
    expect(accounts).toBeInstanceOf(IamError);
    expect((accounts as IamError).status).toBe(401);
    expect((accounts as IamError).message).not.toContain('bad-token');
  });
});
