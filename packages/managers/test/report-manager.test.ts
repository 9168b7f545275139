import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportManager, reportTimeText } from '../src/report-manager';
import { recordingClient, startTestEmulator } from './support';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

// The reference has no report manager: these are the calls of slcli's `report bandwidth` and
// `report datacenter-closures` (SoftLayer/CLI/report/), read from its source.
describe('ReportManager: the calls of slcli report', () => {
  it('bandwidth: the pools, then each pool’s 5-minute sums, with the reference’s period text', async () => {
    const { client, calls } = recordingClient({
      'Account::getVirtualDedicatedRacks': [
        { id: 1, name: 'p', metricTrackingObjectId: 77 },
        { id: 2, name: 'q' },
      ],
      'Metric_Tracking_Object::getSummaryData': [{ type: 'publicIn_net_octet', counter: 5 }],
    });
    const items = await collect(new ReportManager(client).poolBandwidth('2026-11-01', '2026-11-02 06:30:00'));
    expect(items).toEqual([
      { id: 1, type: 'pool', name: 'p', data: [{ type: 'publicIn_net_octet', counter: 5 }] },
    ]);
    expect(calls[0]).toMatchObject({
      service: 'SoftLayer_Account',
      method: 'getVirtualDedicatedRacks',
      mask: 'id,name,metricTrackingObjectId',
      limit: 100,
      offset: 0,
    });
    expect(calls[1]).toMatchObject({
      service: 'SoftLayer_Metric_Tracking_Object',
      method: 'getSummaryData',
      id: 77,
      args: [
        '2026-11-01 00:00:00 ',
        '2026-11-02 06:30:00 ',
        [
          { keyName: 'PUBLICIN', name: 'publicIn', summaryType: 'sum' },
          { keyName: 'PUBLICOUT', name: 'publicOut', summaryType: 'sum' },
          { keyName: 'PRIVATEIN', name: 'privateIn', summaryType: 'sum' },
          { keyName: 'PRIVATEOUT', name: 'privateOut', summaryType: 'sum' },
        ],
        300,
      ],
    });
    expect(calls).toHaveLength(2);
  });

  it('bandwidth: hardware counters and virtual octet sums by the hour, with the pool of allotment type 2', async () => {
    const { client, calls } = recordingClient({
      'Account::getHardware': [
        {
          id: 5,
          hostname: 'h',
          metricTrackingObject: { id: 8 },
          virtualRack: { bandwidthAllotmentTypeId: 2, name: 'P' },
        },
        { id: 6, hostname: 'untracked' },
      ],
      'Account::getVirtualGuests': [
        {
          id: 7,
          hostname: 'v',
          metricTrackingObjectId: 9,
          virtualRack: { bandwidthAllotmentTypeId: 1, name: 'R' },
        },
      ],
    });
    const manager = new ReportManager(client);
    const hardware = await collect(manager.hardwareBandwidth('2026-11-01', '2026-11-02'));
    const virtual = await collect(manager.virtualBandwidth('2026-11-01', '2026-11-02'));
    expect(hardware).toMatchObject([{ id: 5, type: 'hardware', name: 'h', pool: 'P' }]);
    expect(virtual).toMatchObject([{ id: 7, type: 'virtual', name: 'v', pool: null }]);
    expect(
      calls.map((call) => [
        call.method,
        call.id,
        call.mask,
        (call.args?.[2] as Array<{ keyName: string; summaryType: string }>)?.[0],
        call.args?.[3],
      ]),
    ).toEqual([
      [
        'getHardware',
        undefined,
        'id,hostname,metricTrackingObject.id,virtualRack[id,bandwidthAllotmentTypeId,name]',
        undefined,
        undefined,
      ],
      [
        'getSummaryData',
        8,
        undefined,
        { keyName: 'PUBLICIN', name: 'publicIn', summaryType: 'counter' },
        3600,
      ],
      [
        'getVirtualGuests',
        undefined,
        'id,hostname,metricTrackingObjectId,virtualRack[id,bandwidthAllotmentTypeId,name]',
        undefined,
        undefined,
      ],
      [
        'getSummaryData',
        9,
        undefined,
        { keyName: 'PUBLICIN_NET_OCTET', name: 'publicIn_net_octet', summaryType: 'sum' },
        3600,
      ],
    ]);
  });

  it('datacenter closures: the closing pods (filter, order), then a search for the VLANs of each pod’s routers', async () => {
    const { client, calls } = recordingClient({
      'Network_Pod::getAllObjects': [
        { name: 'dal05.pod01', backendRouterName: 'bcr01a.dal05', frontendRouterName: 'fcr01a.dal05' },
      ],
      'Search::advancedSearch': [{ resource: { id: 1, vlanNumber: 803 } }],
    });
    const manager = new ReportManager(client);
    const [pod] = await manager.getClosingPods();
    expect(await manager.getClosingPodVlans(pod!)).toEqual([{ id: 1, vlanNumber: 803 }]);
    expect(calls[0]).toMatchObject({
      service: 'SoftLayer_Network_Pod',
      method: 'getAllObjects',
      filter: {
        capabilities: { operation: 'in', options: [{ name: 'data', value: ['CLOSURE_ANNOUNCED'] }] },
        name: { operation: 'orderBy', options: [{ name: 'sort', value: ['DESC'] }] },
      },
    });
    expect(calls[1]).toMatchObject({
      service: 'SoftLayer_Search',
      method: 'advancedSearch',
      args: [
        '_objectType:SoftLayer_Network_Vlan  primaryRouter.hostname: "bcr01a.dal05" || primaryRouter.hostname: "fcr01a.dal05"',
      ],
    });
    expect(String(calls[1]!.mask)).toContain('resource(SoftLayer_Network_Vlan)');
  });

  it('refuses a period it cannot read, before any call', async () => {
    const { client, calls } = recordingClient();
    const manager = new ReportManager(client);
    await expect(collect(manager.poolBandwidth('yesterday', '2026-11-02'))).rejects.toThrow(/start/);
    await expect(collect(manager.virtualBandwidth('2026-11-01', new Date(Number.NaN)))).rejects.toThrow(
      /end/,
    );
    expect(calls).toEqual([]);
    expect(reportTimeText(new Date(2026, 10, 1, 6, 5, 4))).toBe('2026-11-01 06:05:04 ');
  });
});

describe('ReportManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('reads every pool and server’s traffic, each server in its region’s pool', async () => {
    const manager = new ReportManager(setup.client);
    const pools = await collect(manager.poolBandwidth('2026-11-01', '2026-11-01 12:00:00'));
    expect(pools.length).toBeGreaterThan(0);
    expect(pools[0]!.data.map((point) => point.type)).toContain('privateOut_net_octet');
    const guests = await collect(manager.virtualBandwidth('2026-11-01', '2026-11-01 12:00:00'));
    expect(guests).toHaveLength(30);
    expect(pools.map((pool) => pool.name)).toContain(guests[0]!.pool);
    expect(guests[0]!.data.filter((point) => point.type === 'publicIn_net_octet')).toHaveLength(13);
    const hardware = await collect(manager.hardwareBandwidth('2026-11-01', '2026-11-01 12:00:00'));
    expect(hardware.every((server) => server.data.length === 13 * 4)).toBe(true);
  });

  it('finds the closing pods (dal05, sao01, by name descending) and the servers on their VLANs', async () => {
    const manager = new ReportManager(setup.client);
    const pods = await manager.getClosingPods();
    expect(pods.map((pod) => pod.name)).toEqual(['sao01.pod01', 'dal05.pod01']);
    const vlans = await manager.getClosingPodVlans(pods[1]!);
    expect(vlans.map((vlan) => vlan.networkSpace).sort()).toEqual(['PRIVATE', 'PUBLIC']);
    expect(vlans.every((vlan) => Array.isArray(vlan.virtualGuests))).toBe(true);
  });
});
