import type { ListResult } from '@sl/client';
import type { SoftLayer_Network_Vlan } from '@sl/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError } from '../src/manager-error';
import { NetworkManager } from '../src/network-manager';
import { expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('NetworkManager asks what the reference asks', () => {
  it('listVlans with criteria (the reference sorts by id itself)', async () => {
    const { client, calls } = recordingClient();
    await new NetworkManager(client).listVlans({ datacenter: 'dal00', vlanNumber: 5, name: 'primary' });
    expectSameCalls("network.list_vlans(datacenter='dal00', vlan_number=5, name='primary')", calls, {
      wholeFilter: true,
    });
  });

  it('listSubnets with criteria', async () => {
    const { client, calls } = recordingClient();
    await new NetworkManager(client).listSubnets({
      identifier: '10.0.0.1',
      datacenter: 'dal00',
      version: 4,
      subnetType: 'PRIMARY',
      networkSpace: 'PUBLIC',
    });
    expectSameCalls(
      "network.list_subnets(identifier='10.0.0.1', datacenter='dal00', version=4, subnet_type='PRIMARY', network_space='PUBLIC')",
      calls,
    );
  });

  it('getVlan, getSubnet, ipLookup', async () => {
    for (const [name, run] of [
      ['network.get_vlan(1234)', (network: NetworkManager) => network.getVlan(1234)],
      ['network.get_subnet(9)', (network: NetworkManager) => network.getSubnet(9)],
      ["network.ip_lookup('10.0.1.37')", (network: NetworkManager) => network.ipLookup('10.0.1.37')],
    ] as const) {
      const { client, calls } = recordingClient({ 'Network_Subnet_IpAddress::getByIpAddress': { id: 1 } });
      await run(new NetworkManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('summaryByDatacenter reads the VLAN list and adds it up as the reference', async () => {
    const vlan = (datacenter: string | undefined, networkSpace: string, counts: number[]) => ({
      ...(datacenter === undefined ? {} : { primaryRouter: { datacenter: { name: datacenter } } }),
      networkSpace,
      totalPrimaryIpAddressCount: counts[0],
      subnetCount: counts[1],
      hardwareCount: counts[2],
      virtualGuestCount: counts[3],
    });
    const { client, calls } = recordingClient({
      'Account::getNetworkVlans': [
        vlan('dal05', 'PUBLIC', [10, 2, 3, 4]),
        vlan('dal05', 'PRIVATE', [5, 1, 3, 4]),
        vlan('wdc07', 'PRIVATE', [0, 1, 1, 0]),
        vlan(undefined, 'PUBLIC', [1, 1, 0, 0]),
      ],
    });
    const summary = await new NetworkManager(client).summaryByDatacenter();
    expectSameCalls('network.summary_by_datacenter()', calls, { wholeFilter: true });
    expect(summary).toEqual({
      dal05: { vlanCount: 2, publicIpCount: 15, subnetCount: 3, hardwareCount: 3, virtualGuestCount: 4 },
      wdc07: { vlanCount: 1, publicIpCount: 0, subnetCount: 1, hardwareCount: 1, virtualGuestCount: 0 },
      '': { vlanCount: 1, publicIpCount: 1, subnetCount: 1, hardwareCount: 0, virtualGuestCount: 0 },
    });
  });

  it('resolvers: a VLAN name, a subnet identifier with or without its CIDR, a global IP identifier', async () => {
    const { client, calls } = recordingClient({
      'Account::getNetworkVlans': [{ id: 11 }],
      'Account::getSubnets': [{ id: 22 }],
      'Account::getGlobalIpRecords': [{ id: 33 }],
    });
    const network = new NetworkManager(client);
    expect(await network.resolveVlanIds('public-dal05')).toEqual([11]);
    expect(await network.resolveSubnetIds('10.0.0.0/24')).toEqual([22]);
    expect(await network.resolveGlobalIpIds('1.2.3.4')).toEqual([33]);
    expect(await network.resolveVlanIds(7)).toEqual([7]);
    expect(calls.map((call) => [call.method, call.mask, call.filter])).toEqual([
      [
        'getNetworkVlans',
        'id',
        {
          networkVlans: {
            id: { operation: 'orderBy', options: [{ name: 'sort', value: ['ASC'] }] },
            name: { operation: '_= public-dal05' },
          },
        },
      ],
      [
        'getSubnets',
        'id',
        { subnets: expect.objectContaining({ networkIdentifier: { operation: '_= 10.0.0.0' } }) },
      ],
      [
        'getGlobalIpRecords',
        'id',
        { globalIpRecords: { ipAddress: { subnet: { networkIdentifier: { operation: '_= 1.2.3.4' } } } } },
      ],
    ]);
  });

  it("merges the caller's filter with the criteria (the reference ignores it in listGlobalIps)", async () => {
    const { client, calls } = recordingClient();
    await new NetworkManager(client).listGlobalIps({
      version: 4,
      filter: { globalIpRecords: { id: { operation: 5 } } },
    });
    expect(calls[0]!.filter).toEqual({
      globalIpRecords: { id: { operation: 5 }, ipAddress: { subnet: { version: { operation: 4 } } } },
    });
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const network = new NetworkManager(client);
    await expect(network.ipLookup('not an ip')).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(network.getIpByAddress('10.0.0')).rejects.toBeInstanceOf(ManagerError);
    await expect(network.listSubnets({ version: 5 as 4 })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    await expect(network.listVlans({ name: ' ' })).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(network.getVlan('')).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(network.getRouters(1.5)).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(network.getPods({ datacenter: '' })).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    expect(calls).toEqual([]);
  });
});

describe('NetworkManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let network: NetworkManager;
  let vlans: ListResult<SoftLayer_Network_Vlan>;
  beforeAll(async () => {
    setup = await startTestEmulator();
    network = new NetworkManager(setup.client);
    vlans = await network.listVlans();
  });
  afterAll(() => setup.close());

  it('lists VLANs with the default mask, in id order, and filters by datacenter, number and name', async () => {
    expect(vlans.length).toBeGreaterThan(2);
    expect(vlans.totalCount).toBe(vlans.length);
    const ids = vlans.map((vlan) => vlan.id!);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    for (const vlan of vlans) {
      expect(vlan).toMatchObject({
        id: expect.any(Number),
        vlanNumber: expect.any(Number),
        networkSpace: expect.stringMatching(/^(PUBLIC|PRIVATE)$/),
        primaryRouter: {
          fullyQualifiedDomainName: expect.any(String),
          datacenter: { name: expect.any(String) },
        },
        hardwareCount: expect.any(Number),
        virtualGuestCount: expect.any(Number),
        subnetCount: expect.any(Number),
        totalPrimaryIpAddressCount: expect.any(Number),
      });
    }
    const dal05 = await network.listVlans({ datacenter: 'dal05' });
    expect(dal05.length).toBe(2);
    expect(dal05.every((vlan) => vlan.primaryRouter?.datacenter?.name === 'dal05')).toBe(true);
    const chosen = vlans[3]!;
    expect((await network.listVlans({ vlanNumber: chosen.vlanNumber! })).map((vlan) => vlan.id)).toEqual([
      chosen.id,
    ]);
    expect((await network.listVlans({ name: chosen.name! })).map((vlan) => vlan.id)).toEqual([chosen.id]);
    expect(await network.listVlans({ datacenter: 'nowhere01' })).toEqual([]);
  });

  it('reads a VLAN by id and by name, with its subnets and devices', async () => {
    const chosen = vlans.find(
      (vlan) => vlan.networkSpace === 'PRIVATE' && (vlan.virtualGuestCount ?? 0) > 0,
    )!;
    const byId = await network.getVlan(chosen.id!);
    expect(byId).toMatchObject({
      id: chosen.id,
      networkSpace: 'PRIVATE',
      primaryRouter: { datacenter: { name: chosen.primaryRouter!.datacenter!.name } },
      subnets: [{ id: expect.any(Number) }],
    });
    expect(byId.virtualGuests).toHaveLength(chosen.virtualGuestCount!);
    expect((await network.getVlan(chosen.name!, { mask: 'id,name' })).id).toBe(chosen.id);
    await expect(network.getVlan('no-such-vlan')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
  });

  it('lists subnets, filtered by datacenter, network space and identifier; reads one by id and identifier', async () => {
    const subnets = await network.listSubnets();
    // One primary subnet per VLAN, then the generated portable subnets and global IPs.
    expect(subnets.filter((subnet) => subnet.subnetType === 'PRIMARY').length).toBe(vlans.length);
    expect(vlans.reduce((sum, vlan) => sum + vlan.subnetCount!, 0)).toBe(
      subnets.filter((subnet) => subnet.networkVlan !== undefined).length,
    );
    expect(subnets[0]).toMatchObject({
      networkIdentifier: expect.any(String),
      cidr: expect.any(Number),
      datacenter: { name: expect.any(String) },
      networkVlan: { id: expect.any(Number), networkSpace: expect.any(String) },
    });
    const inDal05 = await network.listSubnets({ datacenter: 'dal05' });
    expect(inDal05.length).toBe(2);
    expect(inDal05.every((subnet) => subnet.datacenter?.name === 'dal05')).toBe(true);
    const publicOnes = await network.listSubnets({ networkSpace: 'PUBLIC', version: 4 });
    expect(publicOnes.length).toBe(
      subnets.filter((subnet) => subnet.networkVlan?.networkSpace === 'PUBLIC').length,
    );
    expect(publicOnes.every((subnet) => subnet.networkVlan?.networkSpace === 'PUBLIC')).toBe(true);
    const chosen = subnets[5]!;
    const found = await network.listSubnets({ identifier: chosen.networkIdentifier! });
    expect(found.map((subnet) => subnet.id)).toEqual([chosen.id]);
    expect((await network.getSubnet(chosen.id!)).networkIdentifier).toBe(chosen.networkIdentifier);
    const byCidr = await network.getSubnet(`${chosen.networkIdentifier}/${chosen.cidr}`);
    expect(byCidr.id).toBe(chosen.id);
  });

  it("ip_lookup finds a virtual server's address and its subnet; an address outside the account is undefined", async () => {
    const [guest] = await setup.client.call('Account', 'getVirtualGuests', {
      mask: 'id,primaryIpAddress',
      limit: 1,
    });
    const found = await network.ipLookup(guest!.primaryIpAddress!);
    expect(found).toMatchObject({ ipAddress: guest!.primaryIpAddress, virtualGuest: { id: guest!.id } });
    const subnet = await network.getSubnet(found!.subnetId!);
    expect(
      guest!.primaryIpAddress!.startsWith(subnet.networkIdentifier!.split('.').slice(0, 2).join('.')),
    ).toBe(true);
    expect(await network.getIpByAddress(guest!.primaryIpAddress!)).toMatchObject({
      subnetId: found!.subnetId,
    });
    expect(await network.ipLookup('192.0.2.1')).toBeUndefined();
  });

  it('summaryByDatacenter matches the VLAN list and the account’s virtual servers', async () => {
    const summary = await network.summaryByDatacenter();
    for (const [name, line] of Object.entries(summary)) {
      const here = vlans.filter((vlan) => vlan.primaryRouter?.datacenter?.name === name);
      const privateOnes = here.filter((vlan) => vlan.networkSpace === 'PRIVATE');
      const sum = (
        list: SoftLayer_Network_Vlan[],
        key: 'hardwareCount' | 'virtualGuestCount' | 'subnetCount',
      ) => list.reduce((total, vlan) => total + (vlan[key] ?? 0), 0);
      expect(line).toEqual({
        vlanCount: here.length,
        subnetCount: sum(here, 'subnetCount'),
        publicIpCount: here.reduce((total, vlan) => total + (vlan.totalPrimaryIpAddressCount ?? 0), 0),
        hardwareCount: sum(privateOnes, 'hardwareCount'),
        virtualGuestCount: sum(privateOnes, 'virtualGuestCount'),
      });
    }
    const total = Object.values(summary).reduce((count, line) => count + line.vlanCount, 0);
    expect(total).toBe(vlans.length);
    // Every virtual server sits on its datacenter's private VLAN: the counts add up to the account's guests.
    const guests = await setup.client.call('Account', 'getVirtualGuests', { mask: 'id', iter: true });
    expect(Object.values(summary).reduce((count, line) => count + line.virtualGuestCount, 0)).toBe(
      guests.length,
    );
  });

  it('pods, datacenters and routers', async () => {
    const pods = await network.getPods();
    expect(pods.length).toBeGreaterThan(0);
    const names = pods.map((pod) => pod.name!);
    expect(names).toEqual([...names].sort().reverse());
    expect((await network.getPods({ datacenter: 'dal05' })).map((pod) => pod.datacenterName)).toEqual([
      'dal05',
    ]);
    // The emulator announces the closure of dal05's and sao01's pods (see its README).
    const closing = await network.getClosedPods();
    expect(closing.map((pod) => pod.name).sort()).toEqual(['dal05.pod01', 'sao01.pod01']);
    expect(closing.every((pod) => pod.capabilities?.includes('CLOSURE_ANNOUNCED'))).toBe(true);
    const datacenters = await network.getListDatacenter();
    expect(datacenters.map((dc) => dc.name)).toContain('dal05');
    const dal05 = await network.getDatacenter({ datacenter: 'dal05' });
    expect(dal05).toHaveLength(1);
    expect(dal05[0]).toMatchObject({ name: 'dal05', id: expect.any(Number) });
    const routers = await network.getRouters(dal05[0]!.id!);
    expect(routers.map((router) => router.hostname).sort()).toEqual(['bcr01a.dal05', 'fcr01a.dal05']);
    const byRegion = await network.getDatacenterByKeyname('DALLAS05');
    expect(byRegion).toMatchObject({ name: 'dal05', regions: [{ keyname: 'DALLAS05' }] });
    expect(await network.getDatacenterByKeyname('NOWHERE')).toBeUndefined();
  });

  it('global IPs and security groups (those the emulator generated)', async () => {
    const globalIps = await network.listGlobalIps();
    expect(globalIps.map((globalIp) => globalIp.ipAddress?.ipAddress?.includes(':'))).toEqual([
      false,
      false,
      true,
    ]);
    expect(globalIps[0]!.destinationIpAddress).toMatchObject({ virtualGuest: { id: expect.any(Number) } });
    expect((await network.listGlobalIps({ version: 4 })).map((globalIp) => globalIp.id)).toEqual(
      globalIps.slice(0, 2).map((globalIp) => globalIp.id),
    );
    const groups = await network.listSecuritygroups();
    expect(groups.map((group) => group.id)).toEqual(
      setup.emulator.state.securityGroups.all().map((group) => group.id),
    );
  });
});
