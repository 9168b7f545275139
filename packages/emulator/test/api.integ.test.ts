import { decodeMethodResponse, encodeMethodCall, XmlRpcFault } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';

let emulator: Emulator;
let clock = Date.UTC(2026, 10, 1, 12, 0, 0);

beforeAll(async () => {
  emulator = await startEmulator({
    seed: 7,
    guests: 250,
    provisioningMs: 60_000,
    rateLimit: 0,
    now: () => clock,
  });
});
afterAll(() => emulator.close());

function basic(): string {
  const { username, apiKey } = emulator.credentials;
  return `Basic ${Buffer.from(`${username}:${apiKey}`).toString('base64')}`;
}

async function rest(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; total: string | null; body: unknown }> {
  const response = await fetch(`${emulator.restUrl}${path}`, {
    ...init,
    headers: { authorization: basic(), ...(init.headers as Record<string, string> | undefined) },
  });
  return {
    status: response.status,
    total: response.headers.get('softlayer-total-items'),
    body: await response.json(),
  };
}

async function xmlrpc(
  service: string,
  method: string,
  headers: Record<string, unknown>,
  ...args: unknown[]
): Promise<{ value: unknown; total: string | null }> {
  const auth = {
    authenticate: { username: emulator.credentials.username, apiKey: emulator.credentials.apiKey },
  };
  const body = encodeMethodCall(method, [{ headers: { ...auth, ...headers } }, ...(args as never[])]);
  const response = await fetch(`${emulator.xmlrpcUrl}${service}`, { method: 'POST', body });
  expect(response.status).toBe(200);
  return {
    value: decodeMethodResponse(await response.text()),
    total: response.headers.get('softlayer-total-items'),
  };
}

describe('REST', () => {
  it('answers getObject for the account with local properties only', async () => {
    const { status, body } = await rest('SoftLayer_Account.json');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: expect.any(Number), companyName: expect.any(String) });
    expect(body).not.toHaveProperty('virtualGuests');
  });

  it('slices lists with resultLimit and reports the total', async () => {
    const { body, total } = await rest(
      'SoftLayer_Account/getVirtualGuests.json?resultLimit=10,5&objectMask=mask[id]',
    );
    expect(total).toBe('250');
    expect(body).toHaveLength(5);
    expect(Object.keys((body as object[])[0] as object)).toEqual(['id']);
  });

  it('filters on relational properties and sorts with orderBy', async () => {
    const filter = {
      virtualGuests: {
        datacenter: { name: { operation: 'dal10' } },
        id: { operation: 'orderBy', options: [{ name: 'sort', value: ['DESC'] }] },
      },
    };
    const { body } = await rest(
      `SoftLayer_Account/getVirtualGuests.json?objectMask=mask[id,datacenter.name]&objectFilter=${encodeURIComponent(JSON.stringify(filter))}`,
    );
    const guests = body as Array<{ id: number; datacenter: { name: string } }>;
    expect(guests.length).toBeGreaterThan(0);
    expect(guests.every((guest) => guest.datacenter.name === 'dal10')).toBe(true);
    expect(guests.map((guest) => guest.id)).toEqual(
      [...guests.map((guest) => guest.id)].sort((a, b) => b - a),
    );
  });

  it('answers the API faults with their status', async () => {
    expect(await rest('SoftLayer_Virtual_Guest/1/getObject.json')).toMatchObject({
      status: 404,
      body: { code: 'SoftLayer_Exception_ObjectNotFound', error: "Unable to find object with id of '1'." },
    });
    expect((await rest('SoftLayer_Nope/getObject.json')).body).toMatchObject({
      code: 'SoftLayer_Exception_Public',
    });
    expect((await rest('SoftLayer_Account/getNope.json')).body).toMatchObject({
      error: 'Function ("getNope") is not a valid method for this service.',
    });
    expect((await rest('SoftLayer_Account/getVirtualGuests.json?objectMask=mask[nope]')).body).toMatchObject({
      error: "Property 'nope' not valid for 'SoftLayer_Virtual_Guest'.",
    });
  });

  it('rejects wrong credentials with 401', async () => {
    const response = await fetch(`${emulator.restUrl}SoftLayer_Account.json`, {
      headers: { authorization: `Basic ${Buffer.from('someone:wrong').toString('base64')}` },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'SoftLayer_Exception_Public' });
  });

  it('maps the verbs to getObject, createObject, editObject and deleteObject', async () => {
    const created = await rest('SoftLayer_Security_Ssh_Key.json', {
      method: 'POST',
      body: JSON.stringify({
        parameters: [{ label: 'rest', key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIRESTKEY rest@x' }],
      }),
    });
    const id = (created.body as { id: number }).id;
    expect(created.status).toBe(200);
    await rest(`SoftLayer_Security_Ssh_Key/${id}.json`, {
      method: 'PUT',
      body: JSON.stringify({ parameters: [{ label: 'renamed' }] }),
    });
    expect((await rest(`SoftLayer_Security_Ssh_Key/${id}.json`)).body).toMatchObject({ label: 'renamed' });
    expect((await rest(`SoftLayer_Security_Ssh_Key/${id}.json`, { method: 'DELETE' })).body).toBe(true);
    expect((await rest(`SoftLayer_Security_Ssh_Key/${id}.json`)).status).toBe(404);
  });
});

describe('XML-RPC', () => {
  it('reads init parameters, masks, filters and resultLimit from the headers', async () => {
    const { value, total } = await xmlrpc('SoftLayer_Account', 'getVirtualGuests', {
      SoftLayer_ObjectMask: {
        mask: 'mask[id,hostname,powerState.keyName,networkComponents[primaryIpAddress]]',
      },
      SoftLayer_AccountObjectFilter: { virtualGuests: { maxCpu: { operation: '>= 4' } } },
      resultLimit: { limit: 3, offset: 0 },
    });
    const guests = value as Array<Record<string, unknown>>;
    expect(Number(total)).toBeGreaterThan(3);
    expect(guests).toHaveLength(3);
    expect(Object.keys(guests[0] as object).sort()).toEqual([
      'hostname',
      'id',
      'networkComponents',
      'powerState',
    ]);
  });

  it('answers faults in the body', async () => {
    const body = encodeMethodCall('getObject', [
      { headers: { authenticate: { username: 'x', apiKey: 'y' } } },
    ]);
    const response = await fetch(`${emulator.xmlrpcUrl}SoftLayer_Account`, { method: 'POST', body });
    expect(response.status).toBe(200);
    try {
      decodeMethodResponse(await response.text());
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(XmlRpcFault);
      expect(error).toMatchObject({
        faultCode: 'SoftLayer_Exception_InvalidLegacyToken',
        faultString: 'Invalid API token.',
      });
    }
  });

  it('creates a guest that provisions through transactions, then is ready', async () => {
    const { value } = await xmlrpc(
      'SoftLayer_Virtual_Guest',
      'createObject',
      {},
      {
        hostname: 'fresh',
        domain: 'example.com',
        startCpus: 2,
        maxMemory: 4096,
        hourlyBillingFlag: true,
        operatingSystemReferenceCode: 'UBUNTU_LATEST',
        datacenter: { name: 'dal13' },
        localDiskFlag: false,
      },
    );
    const id = (value as { id: number }).id;
    const mask = {
      SoftLayer_ObjectMask: { mask: 'mask[id,provisionDate,activeTransaction.transactionStatus.name]' },
    };
    const init = { SoftLayer_Virtual_GuestInitParameters: { id } };
    const pending = (await xmlrpc('SoftLayer_Virtual_Guest', 'getObject', { ...mask, ...init })).value;
    expect(pending).toMatchObject({ id, activeTransaction: { transactionStatus: { name: 'ASSIGN_HOST' } } });
    expect(pending).not.toHaveProperty('provisionDate');
    clock += 61_000;
    const ready = (await xmlrpc('SoftLayer_Virtual_Guest', 'getObject', { ...mask, ...init })).value;
    expect(ready).toHaveProperty('provisionDate');
    expect(ready).not.toHaveProperty('activeTransaction');
  });
});
