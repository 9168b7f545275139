import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_SSO_PASSCODE, type Emulator, ibmCloudAccountGuid, startEmulator } from '../src/index';

async function grant(emulator: Emulator, form: Record<string, string>) {
  const response = await fetch(`${emulator.url}/identity/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('IAM login stand-in: password and passcode grants, accounts, OpenID configuration', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('password grant (username or email with the portal password or API key), accounts, scoped refresh', async () => {
    const owner = emulator.state.users.all()[0]!;
    expect(
      (await grant(emulator, { grant_type: 'password', username: owner.username, password: owner.apiKey }))
        .status,
    ).toBe(200);
    const login = await grant(emulator, {
      grant_type: 'password',
      username: owner.email,
      password: owner.password,
    });
    expect(login.status).toBe(200);
    const wrong = await grant(emulator, { grant_type: 'password', username: owner.email, password: 'nope' });
    expect(wrong).toEqual({
      status: 400,
      body: {
        errorCode: 'BXNIM0602E',
        errorMessage: 'The credentials you entered for the user are incorrect.',
      },
    });

    const accounts = await fetch(`${emulator.url}/v1/accounts`, {
      headers: { authorization: `Bearer ${login.body.access_token}` },
    });
    const list = (await accounts.json()) as {
      total_results: number;
      resources: Array<{ metadata: unknown; entity: { name: string } }>;
    };
    expect(list.total_results).toBe(1);
    const guid = ibmCloudAccountGuid(emulator.state);
    expect(list.resources[0]!.metadata).toMatchObject({
      guid,
      linked_accounts: [{ origin: 'IMS', id: String(emulator.state.accountId) }],
    });
    expect(list.resources[0]!.entity.name).toBe(emulator.state.companyName);
    expect((await fetch(`${emulator.url}/v1/accounts`)).status).toBe(401);

    const refresh = { grant_type: 'refresh_token', refresh_token: String(login.body.refresh_token) };
    const scoped = await grant(emulator, {
      ...refresh,
      account: guid,
      ims_account: String(emulator.state.accountId),
    });
    expect(scoped.status).toBe(200);
    expect((await grant(emulator, { ...refresh, account: 'other' })).status).toBe(400);
    expect((await grant(emulator, { ...refresh, ims_account: '1' })).status).toBe(400);

    const call = await fetch(`${emulator.restUrl}SoftLayer_Account/getCurrentUser.json`, {
      headers: { authorization: `Bearer ${scoped.body.access_token}` },
    });
    expect(((await call.json()) as { id: number }).id).toBe(owner.id);
  });

  it('passcode grant with the fixed code; the OpenID configuration names the passcode page', async () => {
    const config = (await (
      await fetch(`${emulator.url}/identity/.well-known/openid-configuration`)
    ).json()) as {
      passcode_endpoint: string;
    };
    expect(config.passcode_endpoint).toBe(`${emulator.url}/identity/passcode`);
    expect(await (await fetch(config.passcode_endpoint)).text()).toContain(EMULATOR_SSO_PASSCODE);
    const ok = await grant(emulator, {
      grant_type: 'urn:ibm:params:oauth:grant-type:passcode',
      passcode: EMULATOR_SSO_PASSCODE,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.ims_user_id).toBe(emulator.state.users.all()[0]!.id);
    expect(
      (await grant(emulator, { grant_type: 'urn:ibm:params:oauth:grant-type:passcode', passcode: 'x' }))
        .status,
    ).toBe(400);
  });
});
