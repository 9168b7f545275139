import { type CannedResponse, type RecordingServer, startRecordingServer } from '@sl/test-kit';
import { createRestTransport, createXmlRpcTransport } from '@sl/transport';
import { decodeMethodCall, encodeMethodResponse } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, isMaskSelection, type SoftLayerClient, withOptions } from '../src/index';

const GUESTS = [{ id: 1, hostname: 'web1', datacenter: { name: 'dal05' } }];
const SELECTION = { id: true, hostname: true, datacenter: { name: true } } as const;
const WIRE_MASK = 'mask[id,hostname,datacenter[name]]';

let server: RecordingServer;
let xmlrpc: ReturnType<typeof createXmlRpcTransport>;
let rest: ReturnType<typeof createRestTransport>;
let client: SoftLayerClient;

beforeAll(async () => {
  server = await startRecordingServer((request): CannedResponse => {
    if (request.url.startsWith('/rest/'))
      return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(GUESTS) };
    return { headers: { 'softlayer-total-items': '1' }, body: encodeMethodResponse(GUESTS) };
  });
  xmlrpc = createXmlRpcTransport({ endpointUrl: server.url });
  rest = createRestTransport({ endpointUrl: `${server.url}/rest/v3.1/` });
  client = createClient({ transport: xmlrpc });
});

afterAll(async () => {
  await xmlrpc.close();
  await rest.close();
  await server.close();
});

/** The XML-RPC headers of the last request. */
function lastHeaders(): Record<string, unknown> {
  const call = decodeMethodCall(server.requests.at(-1)!.body);
  return (call.params[0] as { headers: Record<string, unknown> }).headers;
}

describe('typed selection masks on the wire', () => {
  it('call sends the selection as mask text (XML-RPC SoftLayer_ObjectMask)', async () => {
    const guests = await client.call('Account', 'getVirtualGuests', { mask: SELECTION });
    expect(lastHeaders().SoftLayer_ObjectMask).toEqual({ mask: WIRE_MASK });
    expect(guests).toEqual(GUESTS);
    expect(guests[0]?.datacenter?.name).toBe('dal05');
  });

  it('service methods (withOptions) and iterCall send the same', async () => {
    await client.service('Account').getVirtualGuests(withOptions({ mask: SELECTION }));
    expect(lastHeaders().SoftLayer_ObjectMask).toEqual({ mask: WIRE_MASK });
    await client.service('Account').withOptions({ mask: SELECTION }).getVirtualGuests();
    expect(lastHeaders().SoftLayer_ObjectMask).toEqual({ mask: WIRE_MASK });
    const items = [];
    for await (const guest of client.iterCall('Account', 'getVirtualGuests', { mask: SELECTION }))
      items.push(guest);
    expect(items).toEqual(GUESTS);
    expect(lastHeaders().SoftLayer_ObjectMask).toEqual({ mask: WIRE_MASK });
  });

  it('typed casts become typed properties', async () => {
    await client.call('Account', 'getObject', {
      mask: { id: true, 'hardware(SoftLayer_Hardware_Server)': { controlPanel: { id: true } } },
    });
    expect(lastHeaders().SoftLayer_ObjectMask).toEqual({
      mask: 'mask[id,hardware(SoftLayer_Hardware_Server)[controlPanel[id]]]',
    });
  });

  it('REST sends it as objectMask', async () => {
    const restClient = createClient({ transport: rest });
    await restClient.call('Account', 'getVirtualGuests', { mask: SELECTION });
    const url = new URL(server.requests.at(-1)!.url, server.url);
    expect(url.searchParams.get('objectMask')).toBe(WIRE_MASK);
  });

  it('the validate hook sees the selection as mask text', async () => {
    const seen: (string | undefined)[] = [];
    const validating = createClient({
      transport: xmlrpc,
      validate: (call) => {
        seen.push(call.mask);
        return { errors: [], warnings: [] };
      },
    });
    await validating.call('Account', 'getVirtualGuests', { mask: SELECTION });
    expect(seen).toEqual([WIRE_MASK]);
  });

  it('a legacy object mask (no true in it) is still sent as <Service>ObjectMask', async () => {
    await client.call('Account', 'getVirtualGuests', {
      mask: { datacenter: {}, operatingSystem: { passwords: {} } },
    });
    const headers = lastHeaders();
    expect(headers.SoftLayer_ObjectMask).toBeUndefined();
    expect(headers.SoftLayer_AccountObjectMask).toEqual({
      mask: { datacenter: {}, operatingSystem: { passwords: {} } },
    });
  });

  it('a selection the builder cannot read fails before sending, with the mask package error', async () => {
    const before = server.requests.length;
    const bad = { id: true, datacenter: null } as unknown as Record<string, true>;
    await expect(client.call('Brand_New_Service', 'x', { mask: bad })).rejects.toMatchObject({
      code: 'MASK_BUILD',
    });
    expect(server.requests.length).toBe(before);
  });
});

describe('isMaskSelection', () => {
  it('is true when a true appears anywhere, false for legacy leaves and other values', () => {
    expect(isMaskSelection({ id: true })).toBe(true);
    expect(isMaskSelection({ datacenter: { name: true } })).toBe(true);
    expect(isMaskSelection({ datacenter: {}, operatingSystem: { passwords: true } })).toBe(true);
    expect(isMaskSelection({ datacenter: {}, resourceRecords: [], x: null })).toBe(false);
    expect(isMaskSelection({})).toBe(false);
    expect(isMaskSelection('mask[id]')).toBe(false);
    expect(isMaskSelection([true])).toBe(false);
    expect(isMaskSelection(null)).toBe(false);
  });

  it('stops at the mask depth limit (a cyclic object counts as a selection, so the builder reports it)', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(isMaskSelection(cyclic)).toBe(true);
    await expect(
      client.call('Account', 'getObject', { mask: cyclic as Record<string, true> }),
    ).rejects.toSatisfy(
      (error: unknown) => error instanceof Error && (error as { code?: string }).code === 'MASK_TOO_DEEP',
    );
  });
});
