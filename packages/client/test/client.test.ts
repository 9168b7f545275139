import { inspect } from 'node:util';
import { createApiKeyAuth } from '@sl/auth';
import { mask } from '@sl/mask';
import { createFixtureTransport, type TransportRequest } from '@sl/transport';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createClient,
  type ListResult,
  lookup,
  SoftLayerError,
  ValidationError,
  withOptions,
} from '../src/index';

function recordingTransport(value: unknown = { ok: true }) {
  const seen: TransportRequest[] = [];
  const transport = async (request: TransportRequest) => {
    seen.push(request);
    return { value, status: 200, headers: {} };
  };
  return { seen, transport };
}

describe('client.call', () => {
  it('prefixes services like the reference and passes every option to the transport', async () => {
    const { seen, transport } = recordingTransport();
    const client = createClient({ transport });
    const controller = new AbortController();
    await client.call('Virtual_Guest', 'getObjectWithArgs', {
      id: 1234,
      mask: 'id,hostname',
      filter: { x: { operation: '_= a' } },
      limit: 10,
      offset: 20,
      headers: { custom: 1 },
      rawHeaders: { 'X-Request-Id': 'r1' },
      compress: false,
      signal: controller.signal,
      timeoutMs: 500,
      deadline: 1_900_000_000_000,
      idempotent: true,
      args: ['arg1', 5, null, true],
    });
    await client.call('BluePages_Search', 'findBluePagesProfile', { args: ['someone@example.com'] });
    await client.call('SoftLayer_Account', 'getObject');
    expect(seen.map((request) => request.service)).toEqual([
      'SoftLayer_Virtual_Guest',
      'BluePages_Search',
      'SoftLayer_Account',
    ]);
    expect(seen[0]).toEqual({
      service: 'SoftLayer_Virtual_Guest',
      method: 'getObjectWithArgs',
      args: ['arg1', 5, null, true],
      id: 1234,
      mask: 'id,hostname',
      filter: { x: { operation: '_= a' } },
      limit: 10,
      offset: 20,
      headers: { custom: 1 },
      httpHeaders: { 'X-Request-Id': 'r1' },
      compress: false,
      signal: controller.signal,
      timeoutMs: 500,
      deadline: 1_900_000_000_000,
      idempotent: true,
    });
  });

  it('sends a mask tree as text and a legacy object as is', async () => {
    const { seen, transport } = recordingTransport();
    const client = createClient({ transport });
    await client.call('Account', 'getVirtualGuests', { mask: mask('id', { datacenter: ['name'] }) });
    await client.call('Account', 'getVirtualGuests', { mask: { datacenter: {} } });
    expect(seen[0]?.mask).toBe('mask[id,datacenter[name]]');
    expect(seen[1]?.mask).toEqual({ datacenter: {} });
  });

  it('returns lists with totalCount', async () => {
    const client = createClient({
      transport: createFixtureTransport({ 'Account::getVirtualGuests': [{ id: 1 }, { id: 2 }, { id: 3 }] }),
    });
    const page = await client.call('Account', 'getVirtualGuests', { limit: 2 });
    expect(page).toEqual([{ id: 1 }, { id: 2 }]);
    expect(page.totalCount).toBe(3);
    expectTypeOf(page).toMatchTypeOf<ListResult<unknown>>();
  });

  it('rejects unclear options with SL_CALL_OPTIONS before sending', async () => {
    const { seen, transport } = recordingTransport();
    const client = createClient({ transport });
    const bad = [
      { mask: 'id', limt: 5 },
      { offset: 10 },
      { limit: -1 },
      { limit: 1.5 },
      { args: 'not-an-array' },
      { pageSize: 10 },
      { deadline: '30s' },
      { deadline: Number.NaN },
      { idempotent: 'yes' },
      'arg',
      null,
      [1, 2],
    ];
    for (const options of bad) {
      await expect(client.call('Account', 'getObject', options as never)).rejects.toMatchObject({
        code: 'SL_CALL_OPTIONS',
      });
    }
    expect(() => client.iterCall('Account', 'getVirtualGuests', { limit: 5 } as never)).toThrow(
      SoftLayerError,
    );
    expect(seen).toHaveLength(0);
  });

  it('runs the validate hook: errors throw ValidationError, warnings go to onWarning', async () => {
    const { seen, transport } = recordingTransport();
    const warnings: string[] = [];
    const calls: unknown[] = [];
    const client = createClient({
      transport,
      onWarning: (message) => warnings.push(message),
      validate: (call) => {
        calls.push(call);
        return call.mask?.includes('nope')
          ? { errors: ['nope is not a property of SoftLayer_Account'], warnings: [] }
          : { errors: [], warnings: ['slow mask'] };
      },
    });
    await client.call('Account', 'getObject', { mask: 'id', limit: 1 });
    const error = await client
      .call('Account', 'getObject', { mask: 'nope' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe('SL_VALIDATION');
    expect(seen).toHaveLength(1);
    expect(calls[0]).toEqual({
      service: 'SoftLayer_Account',
      method: 'getObject',
      mask: 'mask[id]',
      limit: 1,
    });
    expect(warnings).toEqual(['SoftLayer_Account::getObject: slow mask']);
  });

  it('never shows the API key when the client or its auth is printed', () => {
    const client = createClient({
      transport: recordingTransport().transport,
      auth: createApiKeyAuth({ username: 'SL1', apiKey: 'SECRETKEY' }),
    });
    expect(inspect(client, { depth: 5 })).not.toContain('SECRETKEY');
    expect(JSON.stringify(client)).not.toContain('SECRETKEY');
  });
});

describe('client.service', () => {
  it('takes positional parameters, and options only when marked by withOptions', async () => {
    const { seen, transport } = recordingTransport();
    const client = createClient({ transport });
    const dns = client.service('Dns_Domain');
    await dns.createARecord('myhost', '127.0.0.1', 86400, withOptions({ id: 98765 }));
    // A service the metadata does not know: any method name, untyped (index access may be undefined in TS).
    await client
      .service('Custom_Service')
      .createObject?.({ name: 'example.org', mask: 'looks-like-an-option-but-is-data' });
    await dns.withOptions({ id: 5, mask: 'id' }).getObject();
    await client.service('Account').call('getBrandNewMethod', { args: [1] });
    expect(seen[0]).toMatchObject({
      service: 'SoftLayer_Dns_Domain',
      method: 'createARecord',
      args: ['myhost', '127.0.0.1', 86400],
      id: 98765,
    });
    expect(seen[1]).toEqual({
      service: 'SoftLayer_Custom_Service',
      method: 'createObject',
      args: [{ name: 'example.org', mask: 'looks-like-an-option-but-is-data' }],
    });
    expect(seen[2]).toMatchObject({ method: 'getObject', id: 5, mask: 'id', args: [] });
    expect(seen[3]).toMatchObject({ service: 'SoftLayer_Account', method: 'getBrandNewMethod', args: [1] });
  });

  it('is not thenable and says what it is', async () => {
    const client = createClient({ transport: recordingTransport().transport });
    const account = client.service('Account');
    expect(account.serviceName).toBe('Account');
    expect(await Promise.resolve(account)).toBe(account);
  });
});

describe('lookup', () => {
  it('walks nested objects and returns undefined at the first missing level', () => {
    const item = { id: 1, billingItem: { hostName: 'h', tags: ['a'] } };
    expect(lookup(item, 'billingItem', 'hostName')).toBe('h');
    expect(lookup(item, 'billingItem', 'tags', 0)).toBe('a');
    expect(lookup(item, 'billingItem', 'missing', 'deeper')).toBeUndefined();
    expect(lookup(item, 'id', 'x')).toBeUndefined();
    expect(lookup(null, 'a')).toBeUndefined();
  });
});
