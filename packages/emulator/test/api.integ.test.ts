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

  it('drills through relations: SoftLayer_Account/getHardware/<id>/getNetworkComponents', async () => {
    const server = emulator.state.hardware.all()[0]!;
    const { status, body } = await rest(
      `SoftLayer_Account/getHardware/${server.id}/getNetworkComponents.json?objectMask=mask[id,port]`,
    );
    expect(status).toBe(200);
    expect(body).toEqual([
      { id: server.id * 2, port: 0 },
      { id: server.id * 2 + 1, port: 1 },
    ]);
    const guest = emulator.state.guests.all()[0]!;
    expect((await rest(`SoftLayer_Account/getHardware/${guest.id}/getNetworkComponents.json`)).status).toBe(
      404,
    );
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

describe('authentication', () => {
  async function account(headers: Record<string, string>, body?: string): Promise<Response> {
    return fetch(
      body ? `${emulator.xmlrpcUrl}SoftLayer_Account` : `${emulator.restUrl}SoftLayer_Account.json`,
      {
        method: body ? 'POST' : 'GET',
        headers,
        ...(body ? { body } : {}),
      },
    );
  }

  it('accepts portal tokens from getPortalLoginToken (XML-RPC header and REST basic userId:hash)', async () => {
    const owner = emulator.state.users.all()[0]!;
    const login = encodeMethodCall('getPortalLoginToken', [{ headers: {} }, owner.username, owner.password]);
    const response = await fetch(`${emulator.xmlrpcUrl}SoftLayer_User_Customer`, {
      method: 'POST',
      body: login,
    });
    const token = decodeMethodResponse(await response.text()) as { userId: number; hash: string };
    expect(token.userId).toBe(owner.id);
    const call = encodeMethodCall('getObject', [
      {
        headers: {
          authenticate: { complexType: 'PortalLoginToken', userId: token.userId, authToken: token.hash },
        },
      },
    ]);
    expect(decodeMethodResponse(await (await account({}, call)).text())).toMatchObject({
      id: emulator.state.accountId,
    });
    const basic = `Basic ${Buffer.from(`${token.userId}:${token.hash}`).toString('base64')}`;
    expect((await account({ authorization: basic })).status).toBe(200);
  });

  it('accepts the apikey user and bearer tokens from /identity/token', async () => {
    const cloudKey = `Basic ${Buffer.from(`apikey:${emulator.credentials.apiKey}`).toString('base64')}`;
    expect((await account({ authorization: cloudKey })).status).toBe(200);
    const issued = await fetch(`${emulator.url}/identity/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
        apikey: emulator.credentials.apiKey,
      }),
    });
    const { access_token: token, token_type: type } = (await issued.json()) as {
      access_token: string;
      token_type: string;
    };
    expect(type).toBe('Bearer');
    expect((await account({ authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await account({ authorization: 'Bearer not-a-token' })).status).toBe(401);
  });

  it('answers missing credentials with the API fault (XML-RPC) and 401 (REST)', async () => {
    expect((await account({})).status).toBe(401);
    const body = encodeMethodCall('getObject', [{ headers: {} }]);
    const text = await (await account({}, body)).text();
    expect(() => decodeMethodResponse(text)).toThrow(XmlRpcFault);
    expect(text).toContain('SoftLayer_Exception_NotLoggedIn');
  });
});

describe('masks and protocol details', () => {
  it('serves /xmlrpc/v3/ too and answers a malformed document with the parse-error fault', async () => {
    const v3 = emulator.xmlrpcUrl.replace('/v3.1/', '/v3/');
    const response = await fetch(`${v3}SoftLayer_Account`, { method: 'POST', body: '<methodCall><oops>' });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => decodeMethodResponse(text)).toThrow(XmlRpcFault);
    expect(text).toContain('-32700');
  });

  it('returns count properties, typed casts and legacy masks', async () => {
    const { value } = await xmlrpc('SoftLayer_Account', 'getObject', {
      SoftLayer_ObjectMask: { mask: 'mask[virtualGuestCount,hardwareCount,domainCount]' },
    });
    // Counts are not local properties: naming them does not reduce the local ones (payload reduction).
    expect(value).toMatchObject({
      virtualGuestCount: emulator.state.guests.size,
      hardwareCount: 8,
      domainCount: 5,
      companyName: expect.any(String),
    });
    const hardware = await xmlrpc('SoftLayer_Account', 'getHardware', {
      SoftLayer_ObjectMask: { mask: '[mask[id,hostname], mask(SoftLayer_Hardware_Server)[datacenter.name]]' },
      resultLimit: { limit: 1, offset: 0 },
    });
    expect(Object.keys((hardware.value as object[])[0] as object).sort()).toEqual([
      'datacenter',
      'hostname',
      'id',
    ]);
    const legacy = await xmlrpc('SoftLayer_Account', 'getDomains', {
      SoftLayer_AccountObjectMask: { mask: { resourceRecords: [] } },
      resultLimit: { limit: 1, offset: 0 },
    });
    expect(
      (legacy.value as Array<{ resourceRecords: unknown[] }>)[0]?.resourceRecords.length,
    ).toBeGreaterThan(3);
  });

  it('applies the filter to relational lists under filteredMask', async () => {
    const [domain] = emulator.state.domains.all();
    const { value } = await xmlrpc('SoftLayer_Dns_Domain', 'getObject', {
      SoftLayer_Dns_DomainInitParameters: { id: domain!.id },
      SoftLayer_ObjectMask: { mask: 'filteredMask[resourceRecords[host,type]]' },
      SoftLayer_Dns_DomainObjectFilter: { resourceRecords: { type: { operation: 'ns' } } },
    });
    const records = (value as { resourceRecords: Array<{ type: string }> }).resourceRecords;
    expect(records.length).toBe(2);
    expect(records.every((record) => record.type === 'ns')).toBe(true);
  });
});

describe('orders and billing', () => {
  /** An order for one guest from the B1_2X4X25 preset in dal13. */
  const guestOrder = (hostname: string) => ({
    complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest',
    packageId: 835,
    presetId: 401,
    location: 'DALLAS13',
    quantity: 1,
    useHourlyPricing: true,
    prices: [{ id: 26013 }],
    virtualGuests: [{ hostname, domain: 'example.org' }],
  });

  it('verifies and places an order with a preset; the receipt names the new guest', async () => {
    const container = guestOrder('ordered');
    const verified = (await xmlrpc('SoftLayer_Product_Order', 'verifyOrder', {}, container)).value as {
      prices: Array<{ item: { description: string } }>;
    };
    expect(verified.prices[0]?.item.description).toBeTruthy();
    const receipt = (await xmlrpc('SoftLayer_Product_Order', 'placeOrder', {}, container)).value as {
      orderId: number;
      orderDetails: { virtualGuests: Array<{ id: number; fullyQualifiedDomainName: string }> };
    };
    const guest = emulator.state.guests.get(receipt.orderDetails.virtualGuests[0]!.id)!;
    expect(guest).toMatchObject({
      hostname: 'ordered',
      maxCpu: 2,
      maxMemory: 4096,
      presetKeyName: 'B1_2X4X25',
    });
    expect(emulator.state.orders.get(receipt.orderId)).toBeDefined();
  });

  it('takes an order wrapped in orderContainers, as the reference client sends it, and answers in that shape', async () => {
    const order = guestOrder('wrapped');
    const wrapped = { orderContainers: [order] };
    const verified = (await xmlrpc('SoftLayer_Product_Order', 'verifyOrder', {}, wrapped)).value as {
      orderContainers: Array<{ prices: unknown[] }>;
    };
    expect(verified.orderContainers).toHaveLength(1);
    expect(verified.orderContainers[0]!.prices.length).toBeGreaterThan(0);
    const receipt = (await xmlrpc('SoftLayer_Product_Order', 'placeOrder', {}, wrapped)).value as {
      orderDetails: { orderContainers: Array<{ virtualGuests: Array<{ id: number }> }> };
    };
    const guestId = receipt.orderDetails.orderContainers[0]!.virtualGuests[0]!.id;
    expect(emulator.state.guests.get(guestId)).toMatchObject({ hostname: 'wrapped', maxCpu: 2 });
    const two = { orderContainers: [order, order] };
    const { status } = await rest('SoftLayer_Product_Order/verifyOrder.json', {
      method: 'POST',
      body: JSON.stringify({ parameters: [two] }),
    });
    expect(status).toBe(500);
  });

  it('rejects an order for an unknown price with the API fault', async () => {
    const { status, body } = await rest('SoftLayer_Product_Order/verifyOrder.json', {
      method: 'POST',
      body: JSON.stringify({
        parameters: [
          {
            packageId: 835,
            location: 'dal13',
            prices: [{ id: 1 }],
            virtualGuests: [{ hostname: 'x', domain: 'example.com' }],
          },
        ],
      }),
    });
    expect(status).toBe(500);
    expect(body).toMatchObject({ code: 'SoftLayer_Exception_InvalidValue' });
  });

  it('cancels through billing items: at the anniversary (a date is set) or immediately (the guest goes)', async () => {
    const [first, second] = emulator.state.guests.all();
    const itemOf = async (id: number) =>
      (
        (
          await rest(
            `SoftLayer_Virtual_Guest/${id}/getObject.json?objectMask=mask[billingItem[id,cancellationDate]]`,
          )
        ).body as {
          billingItem: { id: number; cancellationDate?: string };
        }
      ).billingItem;
    const later = await itemOf(first!.id);
    await rest(`SoftLayer_Billing_Item/${later.id}/cancelItem.json`, {
      method: 'POST',
      body: JSON.stringify({ parameters: [false, true, 'No longer needed'] }),
    });
    expect((await itemOf(first!.id)).cancellationDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    const now = await itemOf(second!.id);
    await rest(`SoftLayer_Billing_Item/${now.id}/cancelItem.json`, {
      method: 'POST',
      body: JSON.stringify({ parameters: [true, true, 'No longer needed'] }),
    });
    expect(emulator.state.guests.get(second!.id)).toBeUndefined();
  });
});
