import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { xmlrpcCall } from './call-api';

// What slcli's `report bandwidth` and `report datacenter-closures` read: bandwidth pools as virtual dedicated racks
// with tracking objects, servers' pools and tracking ids, closing pods, and a VLAN search with `||` and a mask.
describe('report data: pools, tracking objects, closing pods, VLAN search', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('pools are the account’s virtual dedicated racks, each tracked; their servers name them as virtualRack', async () => {
    const pools = (
      await xmlrpcCall(emulator, 'SoftLayer_Account', 'getVirtualDedicatedRacks', {
        mask: 'mask[id,name,metricTrackingObjectId]',
      })
    ).value as Array<{ id: number; name: string; metricTrackingObjectId: number }>;
    expect(pools.map((pool) => pool.name)).toEqual([
      'North America bandwidth pool',
      'Europe bandwidth pool',
      'Asia Pacific bandwidth pool',
    ]);
    const guests = (
      await xmlrpcCall(emulator, 'SoftLayer_Account', 'getVirtualGuests', {
        mask: 'mask[id,hostname,metricTrackingObjectId,virtualRack[id,bandwidthAllotmentTypeId,name]]',
        limit: 5,
      })
    ).value as Array<{
      metricTrackingObjectId: number;
      virtualRack: { bandwidthAllotmentTypeId: number; name: string };
    }>;
    expect(guests).toHaveLength(5);
    for (const guest of guests) {
      expect(guest.virtualRack.bandwidthAllotmentTypeId).toBe(2);
      expect(pools.map((pool) => pool.name)).toContain(guest.virtualRack.name);
    }
    const hardware = (
      await xmlrpcCall(emulator, 'SoftLayer_Account', 'getHardware', {
        mask: 'mask[id,metricTrackingObject.id]',
      })
    ).value as Array<{ metricTrackingObject: { id: number } }>;
    expect(hardware.every((server) => server.metricTrackingObject.id > 2_000_000_000)).toBe(true);

    const types = ['PUBLICIN', 'PUBLICOUT', 'PRIVATEIN', 'PRIVATEOUT'].map((keyName) => ({
      keyName,
      summaryType: 'sum',
    }));
    const data = (
      await xmlrpcCall(
        emulator,
        'SoftLayer_Metric_Tracking_Object',
        'getSummaryData',
        { id: pools[0]!.metricTrackingObjectId },
        '2026-10-01 00:00:00 ',
        '2026-10-31 00:00:00 ',
        types,
        300,
      )
    ).value as Array<{ type: string; counter: number }>;
    // 30 days every 5 minutes, four series: the pool's default report period is served.
    expect(data).toHaveLength((30 * 288 + 1) * 4);
    const octets = (
      await xmlrpcCall(
        emulator,
        'SoftLayer_Metric_Tracking_Object',
        'getSummaryData',
        { id: guests[0]!.metricTrackingObjectId },
        '2026-10-01',
        '2026-10-01 02:00:00',
        [{ keyName: 'PUBLICIN_NET_OCTET', summaryType: 'sum' }],
        3600,
      )
    ).value as Array<{ type: string }>;
    expect(octets.map((point) => point.type)).toEqual(Array(3).fill('publicIn_net_octet'));
  });

  it('closing pods carry CLOSURE_ANNOUNCED; the filter finds them, names descending', async () => {
    const pods = (
      await xmlrpcCall(emulator, 'SoftLayer_Network_Pod', 'getAllObjects', {
        mask: 'mask[name,capabilities,backendRouterName,frontendRouterName]',
        filter: {
          capabilities: { operation: 'in', options: [{ name: 'data', value: ['CLOSURE_ANNOUNCED'] }] },
          name: { operation: 'orderBy', options: [{ name: 'sort', value: ['DESC'] }] },
        },
      })
    ).value as Array<{ name: string; capabilities: string[] }>;
    expect(pods.map((pod) => pod.name)).toEqual(['sao01.pod01', 'dal05.pod01']);
    expect(pods[0]!.capabilities).toContain('CLOSURE_ANNOUNCED');
  });

  it('advancedSearch: terms either side of || are alternatives; the mask under resource(Type) is expanded', async () => {
    const results = (
      await xmlrpcCall(
        emulator,
        'SoftLayer_Search',
        'advancedSearch',
        {
          mask: 'mask[resource(SoftLayer_Network_Vlan)[id,vlanNumber,networkSpace,hardware[id,fullyQualifiedDomainName]]]',
        },
        '_objectType:SoftLayer_Network_Vlan  primaryRouter.hostname: "bcr01a.dal05" || primaryRouter.hostname: "fcr01a.dal05"',
      )
    ).value as Array<{
      matchedTerms: string[];
      resource: { networkSpace: string; hardware: Array<{ id: number }> };
    }>;
    expect(results.map((result) => result.resource.networkSpace).sort()).toEqual(['PRIVATE', 'PUBLIC']);
    expect(results.every((result) => result.resource.hardware.length > 0)).toBe(true);
    expect(results.map((result) => result.matchedTerms)).toContainEqual([
      'primaryRouter.hostname:"fcr01a.dal05"',
    ]);
  });
});
