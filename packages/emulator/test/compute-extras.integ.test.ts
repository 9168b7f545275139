// Compute additions over XML-RPC: the seeded autoscale groups under the reference's detail mask (regional
// datacenters, VLANs, the whole member template), and reverse DNS zones whose PTR records can be created and edited.

import type { XmlRpcValue } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { type CallOptions, xmlrpcCall } from './call-api';

const DETAILS_MASK =
  'mask[virtualGuestMembers[id,virtualGuest[id,hostname,domain,provisionDate]], terminationPolicy,' +
  ' virtualGuestMemberCount, virtualGuestMemberTemplate[sshKeys],' +
  ' policies[id,name,createDate,cooldown,actions,triggers,scaleActions],' +
  ' networkVlans[networkVlanId,networkVlan[networkSpace,primaryRouter[hostname]]],' +
  ' loadBalancers, regionalGroup[locations]]';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: 0 });
});
afterAll(async () => {
  await emulator.close();
});

type Json = Record<string, unknown>;

async function value<T>(service: string, method: string, options: CallOptions = {}, ...args: XmlRpcValue[]) {
  return (await xmlrpcCall(emulator, service, method, options, ...args)).value as T;
}

describe('autoscale groups', () => {
  it('the detail mask returns the region, VLANs, members, policies and the whole template', async () => {
    const group = await value<Json>('SoftLayer_Scale_Group', 'getObject', { id: 12345, mask: DETAILS_MASK });
    expect(group).toMatchObject({
      name: 'app-asg',
      virtualGuestMemberCount: 2,
      terminationPolicy: { name: 'Oldest' },
      regionalGroup: {
        locations: [{ longName: 'Dallas 10' }, { longName: 'Dallas 12' }, { longName: 'Dallas 13' }],
      },
      networkVlans: [
        { networkVlan: { networkSpace: 'PRIVATE', primaryRouter: { hostname: 'bcr01a.dal13' } } },
      ],
      virtualGuestMemberTemplate: {
        hostname: 'app',
        operatingSystemReferenceCode: 'UBUNTU_20_64',
        networkComponents: [{ maxSpeed: 100 }],
        blockDevices: [
          { device: '0', diskImage: { capacity: 25 } },
          { device: '2', diskImage: { capacity: 100 } },
        ],
      },
    });
    expect(group.lastActionDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((group.policies as Json[]).map((policy) => policy.name)).toEqual(['grow', 'shrink']);
  });
});

describe('reverse DNS zones', () => {
  it("a server's zone is its /24; a PTR record created in it is listed, edited, and absent from the zone list", async () => {
    const server = await value<Json>('SoftLayer_Hardware_Server', 'getObject', {
      id: 1200001,
      mask: 'primaryIpAddress',
    });
    const address = String(server.primaryIpAddress);
    const [a, b, c, d] = address.split('.');
    const [zone] = await value<Json[]>('SoftLayer_Hardware_Server', 'getReverseDomainRecords', {
      id: 1200001,
    });
    expect(zone).toMatchObject({ name: `${c}.${b}.${a}.in-addr.arpa`, resourceRecords: [] });
    const created = await value<Json>(
      'SoftLayer_Dns_Domain_ResourceRecord',
      'createObject',
      {},
      {
        domainId: zone?.id as number,
        host: d as string,
        type: 'ptr',
        data: 'gpu01.example.org',
        ttl: 900,
      },
    );
    await value(
      'SoftLayer_Dns_Domain_ResourceRecord',
      'editObject',
      { id: created.id as number },
      { ttl: 600 },
    );
    const [after] = await value<Json[]>('SoftLayer_Hardware_Server', 'getReverseDomainRecords', {
      id: 1200001,
    });
    expect(after?.resourceRecords).toEqual([expect.objectContaining({ host: d, type: 'ptr', ttl: 600 })]);
    const domains = await value<Json[]>('SoftLayer_Account', 'getDomains', { mask: 'id,name' });
    expect(domains.some((domain) => String(domain.name).endsWith('in-addr.arpa'))).toBe(false);
    const guestZones = await value<Json[]>('SoftLayer_Virtual_Guest', 'getReverseDomainRecords', {
      id: 80000001,
    });
    expect(guestZones).toHaveLength(1);
  });
});
