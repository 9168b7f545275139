import { ObjectNotFoundError } from '@sl/client';
import type { TransportRequest } from '@sl/transport';
import type { SoftLayer_Virtual_Guest } from '@sl/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReady } from '../src/guest-readiness';
import { ManagerError } from '../src/manager-error';
import { pollUntil } from '../src/poll-until';
import { createInstanceTemplate, VsManager } from '../src/vs-manager';
import { expectSameCalls, recordingClient, startTestEmulator } from './support';

/** The recorded calls with one filter root renamed (for the one place we differ from the reference on purpose). */
function withFilterRoot(calls: readonly TransportRequest[], from: string, to: string): TransportRequest[] {
  return calls.map((call) => {
    const filter = call.filter as Record<string, unknown> | undefined;
    if (!filter || !(from in filter)) return call;
    const { [from]: moved, ...rest } = filter;
    return { ...call, filter: { ...rest, [to]: moved } } as TransportRequest;
  });
}

describe('VsManager asks what the reference asks', () => {
  it('listInstances without criteria pages through getVirtualGuests', async () => {
    const { client, calls } = recordingClient();
    await new VsManager(client).listInstances();
    expectSameCalls('vs.list_instances()', calls);
  });

  it('listInstances with every criterion of the case (criteria under hourlyVirtualGuests: a fix)', async () => {
    const { client, calls } = recordingClient();
    await new VsManager(client).listInstances({
      hourly: true,
      monthly: false,
      datacenter: 'dal05',
      cpus: 2,
      memory: 1024,
      hostname: 'web*',
      tags: ['prod', 'db'],
    });
    // The reference puts the criteria under `virtualGuests`, which getHourlyVirtualGuests ignores; we put them
    // under the property it lists. Everything else is the same.
    const filter = calls[0]!.filter as Record<string, unknown>;
    expect(Object.keys(filter)).toEqual(['hourlyVirtualGuests']);
    expect(filter.hourlyVirtualGuests).toMatchObject({ hostname: { operation: '^= web' } });
    expectSameCalls(
      "vs.list_instances(hourly=True, monthly=False, datacenter='dal05', cpus=2, memory=1024, hostname='web*', tags=['prod', 'db'])",
      withFilterRoot(calls, 'hourlyVirtualGuests', 'virtualGuests'),
    );
  });

  it('getInstance, cancelInstance, rescue by id', async () => {
    for (const [name, run] of [
      ['vs.get_instance(100)', (vs: VsManager) => vs.getInstance(100)],
      ['vs.cancel_instance(100)', (vs: VsManager) => vs.cancelInstance(100)],
      ['vs.rescue(100)', (vs: VsManager) => vs.rescue(100)],
      ['vs.change_port_speed(100, True, 100)', (vs: VsManager) => vs.changePortSpeed(100, true, 100)],
      ["vs.set_tags('a,b', 100)", (vs: VsManager) => vs.setTags('a,b', 100)],
    ] as const) {
      const { client, calls } = recordingClient({ 'Virtual_Guest::getObject': { id: 100 } });
      await run(new VsManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('reloadInstance with a script and SSH keys', async () => {
    const { client, calls } = recordingClient({ 'Virtual_Guest::reloadOperatingSystem': 'started' });
    await new VsManager(client).reloadInstance(100, {
      postUri: 'https://example.com/setup.sh',
      sshKeys: [1701],
    });
    expectSameCalls(
      "vs.reload_instance(100, post_uri='https://example.com/setup.sh', ssh_keys=[1701])",
      calls,
    );
  });

  it('edit: user data first, then editObject', async () => {
    const { client, calls } = recordingClient();
    await new VsManager(client).edit(100, {
      hostname: 'renamed',
      domain: 'example.org',
      notes: 'n',
      userdata: '#!/bin/sh',
    });
    expectSameCalls(
      "vs.edit(100, hostname='renamed', domain='example.org', notes='n', userdata='#!/bin/sh')",
      calls,
    );
  });

  it('capture keeps the boot disk only, never swap', async () => {
    const { client, calls } = recordingClient({
      'Virtual_Guest::getObject': {
        id: 100,
        blockDevices: [
          { device: 0, mountType: 'Disk', uuid: 1 },
          { device: 1, mountType: 'Disk', uuid: 2, diskImage: { type: { keyName: 'SWAP' } } },
          { device: 2, mountType: 'Disk', uuid: 3 },
          { device: 3, mountType: 'CD', uuid: 4 },
        ],
      },
      'Virtual_Guest::createArchiveTemplate': { id: 5 },
    });
    await new VsManager(client).capture(100, 'my-image', { notes: 'note' });
    expectSameCalls("vs.capture(100, 'my-image', notes='note')", calls);
  });

  it('verifyCreateInstance builds the reference template', async () => {
    const { client, calls } = recordingClient({ 'Virtual_Guest::generateOrderTemplate': { prices: [] } });
    await new VsManager(client).verifyCreateInstance({
      hostname: 'h',
      domain: 'example.com',
      cpus: 1,
      memory: 1024,
      hourly: true,
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal05',
      localDisk: true,
    });
    expectSameCalls(
      "vs.verify_create_instance(hostname='h', domain='example.com', cpus=1, memory=1024, hourly=True, os_code='UBUNTU_LATEST', datacenter='dal05', local_disk=True)",
      calls,
    );
  });

  it('getBandwidthAllocation reads the allotment and the usage', async () => {
    const { client, calls } = recordingClient({
      'Virtual_Guest::getBandwidthAllotmentDetail': { allocation: { amount: '250' } },
      'Virtual_Guest::getBillingCycleBandwidthUsage': [{ amountIn: '1', amountOut: '2' }],
    });
    const result = await new VsManager(client).getBandwidthAllocation(100);
    expect(result).toEqual({ allotment: { amount: '250' }, usage: [{ amountIn: '1', amountOut: '2' }] });
    expectSameCalls('vs.get_bandwidth_allocation(100)', calls);
  });
});

describe('VsManager calls without a reference case', () => {
  it('createInstance sends the verify template to createObject, then sets the tags', async () => {
    const { client, calls } = recordingClient({ 'Virtual_Guest::createObject': { id: 77 } });
    const guest = await new VsManager(client).createInstance({
      hostname: 'h',
      domain: 'example.com',
      flavor: 'B1_1X2X25',
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal13',
      disks: [25, 100, 200],
      sshKeys: [1, 2],
      publicVlan: 10,
      publicSubnet: 11,
      privateSecurityGroups: [5],
      userdata: 'data',
      nicSpeed: 100,
      postUri: 'https://example.com/s.sh',
      tags: 'a,b',
    });
    expect(guest.id).toBe(77);
    expect(calls.map((call) => call.method)).toEqual(['createObject', 'setTags']);
    expect(calls[0]!.args).toEqual([
      {
        hostname: 'h',
        domain: 'example.com',
        localDiskFlag: true,
        hourlyBillingFlag: true,
        supplementalCreateObjectOptions: { flavorKeyName: 'B1_1X2X25' },
        operatingSystemReferenceCode: 'UBUNTU_LATEST',
        datacenter: { name: 'dal13' },
        primaryNetworkComponent: { networkVlan: { id: 10, primarySubnet: { id: 11 } } },
        primaryBackendNetworkComponent: { securityGroupBindings: [{ securityGroup: { id: 5 } }] },
        userData: [{ value: 'data' }],
        networkComponents: [{ maxSpeed: 100 }],
        blockDevices: [
          { device: '0', diskImage: { capacity: 25 } },
          { device: '2', diskImage: { capacity: 100 } },
          { device: '3', diskImage: { capacity: 200 } },
        ],
        postInstallScriptUri: 'https://example.com/s.sh',
        sshKeys: [{ id: 1 }, { id: 2 }],
      },
    ]);
    expect(calls[1]).toMatchObject({ id: 77, args: ['a,b'] });
  });

  it('the creation template refuses what the reference refuses, before sending', () => {
    const base = { hostname: 'h', domain: 'example.com' };
    for (const bad of [
      { ...base, hostname: '' },
      { ...base, osCode: 'UBUNTU_LATEST', imageId: 'abc' },
      { ...base, cpus: 2, flavor: 'B1_1X2X25' },
      { ...base, flavor: 'B1_1X2X25', dedicated: true },
      { ...base, publicSubnet: 3 },
      { ...base, publicVlan: 1, publicRouter: 2 },
      { ...base, cpus: 1.5 },
      { ...base, disks: [] },
    ]) {
      expect(() => createInstanceTemplate(bad), JSON.stringify(bad)).toThrow(ManagerError);
    }
  });

  it('createInstances creates in one call and tags each guest', async () => {
    const { client, calls } = recordingClient({ 'Virtual_Guest::createObjects': [{ id: 1 }, { id: 2 }] });
    await new VsManager(client).createInstances([
      { hostname: 'a', domain: 'example.com', cpus: 1, memory: 1024, tags: 'x' },
      { hostname: 'b', domain: 'example.com', cpus: 1, memory: 1024 },
    ]);
    expect(calls.map((call) => `${call.method}:${call.id ?? ''}`)).toEqual(['createObjects:', 'setTags:1']);
  });

  it('power methods call the matching API methods', async () => {
    const { client, calls } = recordingClient();
    const vs = new VsManager(client);
    await vs.powerOn(1);
    await vs.powerOff(1);
    await vs.powerOff(1, { mode: 'hard' });
    await vs.reboot(1);
    await vs.reboot(1, { mode: 'soft' });
    await vs.reboot(1, { mode: 'hard' });
    await vs.powerCycle(1);
    await vs.pause(1);
    await vs.resume(1);
    expect(calls.map((call) => call.method)).toEqual([
      'powerOn',
      'powerOffSoft',
      'powerOff',
      'rebootDefault',
      'rebootSoft',
      'rebootHard',
      'powerCycle',
      'pause',
      'resume',
    ]);
    await expect(vs.reboot(1, { mode: 'toString' as 'hard' })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
  });

  it('an IP address resolves by public address first, then private', async () => {
    const { client, calls } = recordingClient({
      'Account::getVirtualGuests': (request: TransportRequest) =>
        JSON.stringify(request.filter).includes('primaryBackendIpAddress') ? [{ id: 9 }] : [],
    });
    expect(await new VsManager(client).resolveIds('10.0.0.1')).toEqual([9]);
    expect(calls.map((call) => call.filter)).toEqual([
      expect.objectContaining({
        virtualGuests: expect.objectContaining({ primaryIpAddress: { operation: '_= 10.0.0.1' } }),
      }),
      expect.objectContaining({
        virtualGuests: expect.objectContaining({ primaryBackendIpAddress: { operation: '_= 10.0.0.1' } }),
      }),
    ]);
  });

  it('edit with tags only sets the tags and skips editObject; notes "" clears (a deliberate difference)', async () => {
    const tagsOnly = recordingClient();
    expect(await new VsManager(tagsOnly.client).edit(5, { tags: '' })).toBe(true);
    expect(tagsOnly.calls.map((call) => call.method)).toEqual(['setTags']);
    const clear = recordingClient();
    await new VsManager(clear.client).edit(5, { notes: '' });
    expect(clear.calls.map((call) => [call.method, call.args])).toEqual([['editObject', [{ notes: '' }]]]);
  });

  it('upgrade finds the prices and places an upgrade order', async () => {
    const { client, calls } = recordingClient({
      'Virtual_Guest::getUpgradeItemPrices': [
        {
          id: 1,
          categories: [{ categoryCode: 'guest_core' }],
          item: { capacity: '4', units: 'PRIVATE_CORE' },
        },
        { id: 2, categories: [{ categoryCode: 'guest_core' }], item: { capacity: '4', units: 'CORE' } },
        { id: 3, categories: [{ categoryCode: 'ram' }], item: { capacity: '8' } },
        {
          id: 4,
          categories: [{ categoryCode: 'port_speed' }],
          item: { capacity: '100', description: 'Private' },
        },
        {
          id: 5,
          categories: [{ categoryCode: 'port_speed' }],
          item: { capacity: '100', description: 'Public' },
        },
      ],
      'Product_Order::placeOrder': {},
    });
    expect(await new VsManager(client).upgrade(7, { cpus: 4, memory: 8, nicSpeed: 100 })).toBe(true);
    expect(calls.map((call) => call.method)).toEqual(['getUpgradeItemPrices', 'placeOrder']);
    expect(calls[1]!.args![0]).toMatchObject({
      complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest_Upgrade',
      virtualGuests: [{ id: 7 }],
      prices: [{ id: 5 }, { id: 2 }, { id: 3 }],
      properties: [
        {
          name: 'MAINTENANCE_WINDOW',
          value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+0000$/),
        },
      ],
    });
  });

  it('upgrade to a preset looks the preset up in the guest package', async () => {
    const { client, calls } = recordingClient({
      'Virtual_Guest::getUpgradeItemPrices': [],
      'Virtual_Guest::getObject': { id: 7, billingItem: { package: { keyName: 'PUBLIC_CLOUD_SERVER' } } },
      'Product_Package::getAllObjects': [{ id: 835 }],
      'Product_Package::getActivePresets': [{ id: 401, keyName: 'B1_2X4X25' }],
      'Product_Order::placeOrder': {},
    });
    await new VsManager(client).upgrade(7, { preset: 'B1_2X4X25' });
    expect(calls.map((call) => call.method)).toEqual([
      'getUpgradeItemPrices',
      'getObject',
      'getAllObjects',
      'getAccountRestrictedActivePresets',
      'getActivePresets',
      'placeOrder',
    ]);
    expect(calls[3]).toMatchObject({
      id: 835,
      filter: { activePresets: { keyName: { operation: '_= B1_2X4X25' } } },
    });
    expect(calls[5]!.args![0]).toMatchObject({ presetId: 401, virtualGuests: [{ id: 7 }] });
    expect(calls[5]!.args![0]).not.toHaveProperty('prices');
  });

  it('getCreateOptions reads the package, then the datacenter, and sorts the items', async () => {
    const price = (id: number, locationGroupId: number | null, fee: string) => ({
      id,
      locationGroupId,
      hourlyRecurringFee: fee,
      recurringFee: fee,
    });
    const { client, calls } = recordingClient({
      'Product_Package::getAllObjects': [{ id: 835 }],
      'Product_Package::getItems': [
        {
          id: 1,
          keyName: 'GUEST_CORE_2',
          description: '2 cores',
          capacity: '2',
          itemCategory: { categoryCode: 'guest_core' },
          prices: [price(10, null, '1'), price(11, 7, '2')],
        },
        {
          id: 2,
          keyName: 'OS_UBUNTU',
          description: 'Ubuntu',
          itemCategory: { categoryCode: 'os' },
          softwareDescription: { longDescription: 'Ubuntu 22.04', referenceCode: 'UBUNTU_22_64' },
          prices: [price(20, null, '0')],
        },
        {
          id: 3,
          keyName: 'GUEST_DISK_100',
          description: '100 GB',
          capacity: '100',
          itemCategory: { categoryCode: 'guest_disk1' },
          prices: [price(30, null, '3')],
        },
      ],
      'Product_Package::getActivePresets': [
        {
          keyName: 'P',
          description: 'preset',
          prices: [{ itemId: 1, hourlyRecurringFee: '1', recurringFee: '1' }],
        },
      ],
      'Product_Package::getRegions': [
        { location: { location: { name: 'dal13', longName: 'Dallas 13' } } },
        { location: { location: { name: 'ams03', longName: 'Amsterdam 3' } } },
      ],
      'Location::getDatacenters': [{ priceGroups: [{ id: 7, description: 'Location Group 7' }] }],
    });
    const options = await new VsManager(client).getCreateOptions({ datacenter: 'dal13' });
    expect(calls.map((call) => call.method)).toEqual([
      'getAllObjects',
      'getItems',
      'getActivePresets',
      'getAccountRestrictedActivePresets',
      'getRegions',
      'getDatacenters',
    ]);
    expect(calls[5]).toMatchObject({ limit: 1, filter: { name: { operation: 'dal13' } } });
    expect(options.locations).toEqual([{ name: 'Dallas 13', key: 'dal13' }]);
    expect(options.guestCore).toEqual([
      { name: '2 cores', key: 'GUEST_CORE_2', capacity: 2, prices: [price(11, 7, '2')] },
    ]);
    expect(options.operatingSystems).toEqual([
      {
        name: 'Ubuntu 22.04',
        key: 'OS_UBUNTU',
        referenceCode: 'UBUNTU_22_64',
        prices: [price(20, null, '0')],
      },
    ]);
    expect(options.guestDisk).toMatchObject([{ capacity: 100, disk: 'guest_disk1' }]);
    expect(options.sizes).toEqual([{ name: 'preset', key: 'P', hourlyRecurringFee: 2, recurringFee: 2 }]);
  });

  it('signals reach the calls', async () => {
    const { client, calls } = recordingClient({ 'Account::getVirtualGuests': [{ id: 3 }] });
    const controller = new AbortController();
    await new VsManager(client).rescue('web1', { signal: controller.signal });
    // The hostname lookup pages (its requests carry the paging's own signal, linked to ours), then the call itself.
    expect(calls.map((call) => call.method)).toEqual(['getVirtualGuests', 'executeRescueLayer']);
    expect(calls.every((call) => call.signal !== undefined)).toBe(true);
    expect(calls[1]!.signal).toBe(controller.signal);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const vs = new VsManager(client);
    const refused = [
      vs.listInstances({ hourly: false, monthly: false }),
      vs.listInstances({ cpus: -1 }),
      vs.listInstances({ tags: [''] }),
      vs.getInstance(''),
      vs.edit(1, {}),
      vs.edit(1, { hostname: '' }),
      vs.changePortSpeed(1, true, -10),
      vs.reloadInstance(1, { sshKeys: [0] }),
      vs.capture(1, ''),
      vs.upgrade(1, {}),
      vs.upgrade(1, { cpus: 2, preset: 'B1_2X4X25' }),
      vs.powerOff(1, { mode: 'gentle' as 'soft' }),
      vs.waitForReady(1, { timeoutMs: -1 }),
      vs.createInstances([]),
      vs.setTags(5 as unknown as string, 1),
    ];
    for (const attempt of refused) {
      await expect(attempt).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    }
    expect(calls).toEqual([]);
  });
});

describe('isReady (the reference utils.is_ready)', () => {
  it('needs a provision date, no reload in flight, and with pending no transaction', () => {
    expect(isReady({})).toBe(false);
    expect(isReady({ provisionDate: '2024-01-01T00:00:00-06:00' })).toBe(true);
    const reloading = {
      provisionDate: 'x',
      activeTransaction: { id: 9 },
      lastOperatingSystemReload: { id: 9 },
    };
    expect(isReady(reloading)).toBe(false);
    const busy = { provisionDate: 'x', activeTransaction: { id: 10 }, lastOperatingSystemReload: { id: 9 } };
    expect(isReady(busy)).toBe(true);
    expect(isReady(busy, true)).toBe(false);
  });

  it('pollUntil with a read that never gets ready throws SL_WAIT_TIMEOUT with the last read', async () => {
    const error = await pollUntil(
      async () => ({ id: 1 }) as SoftLayer_Virtual_Guest,
      (guest) => isReady(guest),
      'never',
      { timeoutMs: 30, intervalMs: 5 },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ManagerError);
    expect(error).toMatchObject({ code: 'SL_WAIT_TIMEOUT', lastValue: { id: 1 } });
  });
});

describe('VsManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let vs: VsManager;
  let everyone: SoftLayer_Virtual_Guest[];
  beforeAll(async () => {
    setup = await startTestEmulator({ provisioningMs: 200, reloadMs: 200 });
    vs = new VsManager(setup.client);
    everyone = await setup.client.call('Account', 'getVirtualGuests', {
      mask: 'id,hostname,maxCpu,hourlyBillingFlag,datacenter.name,primaryIpAddress,primaryBackendIpAddress,tagReferences.tag.name',
      iter: true,
    });
  });
  afterAll(() => setup.close());

  const sorted = (guests: readonly SoftLayer_Virtual_Guest[]) => guests.map((guest) => guest.id).sort();

  it('lists only the guests matching the criteria', async () => {
    const all = await vs.listInstances();
    expect(all.length).toBe(everyone.length);
    const host = everyone[0]!.hostname!.replace(/\d+$/, '');
    const byHost = await vs.listInstances({ hostname: `${host}*` });
    const wantHost = everyone.filter((guest) => guest.hostname!.startsWith(host));
    expect(byHost.length).toBeGreaterThan(0);
    expect(byHost.length).toBeLessThan(everyone.length);
    expect(sorted(byHost)).toEqual(sorted(wantHost));

    const dc = everyone[0]!.datacenter!.name!;
    const cpus = everyone[0]!.maxCpu!;
    const byDcCpus = await vs.listInstances({ datacenter: dc, cpus });
    expect(sorted(byDcCpus)).toEqual(
      sorted(everyone.filter((guest) => guest.datacenter?.name === dc && guest.maxCpu === cpus)),
    );

    const tag = everyone.flatMap((guest) => guest.tagReferences ?? [])[0]!.tag!.name!;
    const byTag = await vs.listInstances({ tags: [tag] });
    expect(sorted(byTag)).toEqual(
      sorted(everyone.filter((guest) => guest.tagReferences?.some((ref) => ref.tag?.name === tag))),
    );
  });

  it('hourly-only and monthly-only lists apply the criteria too (the reference would return them all)', async () => {
    const host = everyone[0]!.hostname!.replace(/\d+$/, '');
    for (const hourly of [true, false]) {
      const got = await vs.listInstances({ hourly, monthly: !hourly, hostname: `${host}*` });
      const want = everyone.filter(
        (guest) => guest.hostname!.startsWith(host) && Boolean(guest.hourlyBillingFlag) === hourly,
      );
      expect(sorted(got)).toEqual(sorted(want));
    }
  });

  it('resolves a guest by hostname and by IP address', async () => {
    const counts = new Map<string, number>();
    for (const guest of everyone) counts.set(guest.hostname!, (counts.get(guest.hostname!) ?? 0) + 1);
    const unique = everyone.find((guest) => counts.get(guest.hostname!) === 1)!;
    expect(await vs.resolveIds(unique.hostname!)).toEqual([unique.id]);
    const withPublic = everyone.find((guest) => guest.primaryIpAddress)!;
    expect(await vs.resolveIds(withPublic.primaryIpAddress!)).toEqual([withPublic.id]);
    expect(await vs.resolveIds(unique.primaryBackendIpAddress!)).toEqual([unique.id]);
    expect(await vs.resolveIds('no-such-host')).toEqual([]);
    await expect(vs.getInstance('no-such-host')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
  });

  it('verifies, creates, waits for, edits, powers, tags, reloads and cancels a guest', async () => {
    const spec = {
      hostname: 'vs-manager-e2e',
      domain: 'example.com',
      cpus: 1,
      memory: 1024,
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal13',
    };
    const order = await vs.verifyCreateInstance(spec);
    expect(order.prices?.length).toBeGreaterThan(0);
    expect(await vs.resolveIds('vs-manager-e2e')).toEqual([]); // verifying created nothing

    const created = await vs.createInstance({ ...spec, tags: 'e2e,managers' });
    expect(created.id).toBeTypeOf('number');
    expect(await vs.resolveIds('vs-manager-e2e')).toEqual([created.id]);

    const ready = await vs.waitForReady('vs-manager-e2e', { intervalMs: 50, timeoutMs: 10_000 });
    expect(ready.id).toBe(created.id);
    expect(ready.provisionDate).toBeTruthy();
    expect(isReady(ready)).toBe(true);

    const detail = await vs.getInstance(created.id!);
    expect(detail).toMatchObject({ hostname: 'vs-manager-e2e', maxCpu: 1, maxMemory: 1024 });
    expect(detail.tagReferences?.map((ref) => ref.tag?.name).sort()).toEqual(['e2e', 'managers']);

    expect(
      await vs.edit(created.id!, {
        hostname: 'vs-manager-renamed',
        notes: 'from the tests',
        userdata: 'hello',
      }),
    ).toBe(true);
    expect(await vs.getInstance('vs-manager-renamed', { mask: 'id,hostname,notes,userData' })).toMatchObject({
      id: created.id,
      hostname: 'vs-manager-renamed',
      notes: 'from the tests',
      userData: [{ value: 'hello' }],
    });

    expect(await vs.powerOff(created.id!, { mode: 'hard' })).toBe(true);
    expect((await vs.getInstance(created.id!, { mask: 'id,powerState' })).powerState?.keyName).toBe('HALTED');
    expect(await vs.powerOn(created.id!)).toBe(true);
    expect((await vs.getInstance(created.id!, { mask: 'id,powerState' })).powerState?.keyName).toBe(
      'RUNNING',
    );
    expect(await vs.reboot(created.id!, { mode: 'soft' })).toBe(true);

    expect(await vs.setTags(['solo'], created.id!)).toBe(true);
    expect(sorted(await vs.listInstances({ tags: ['solo'] }))).toEqual([created.id]);

    expect(await vs.changePortSpeed(created.id!, true, 100)).toBe(true);
    const nics = (await vs.getInstance(created.id!, { mask: 'id,networkComponents[port,speed]' }))
      .networkComponents;
    expect(nics?.find((nic) => nic.port === 1)?.speed).toBe(100);

    expect(await vs.reloadInstance(created.id!, { postUri: 'https://example.com/setup.sh' })).toBeTypeOf(
      'string',
    );
    const reloaded = await vs.waitForTransaction(created.id!, { intervalMs: 50, timeoutMs: 10_000 });
    expect(reloaded.activeTransaction).toBeUndefined();

    expect(await vs.cancelInstance(created.id!)).toBe(true);
    expect(await vs.resolveIds('vs-manager-renamed')).toEqual([]);
    await expect(vs.getInstance(created.id!)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('creates several guests at once', async () => {
    const base = {
      domain: 'example.com',
      cpus: 1,
      memory: 1024,
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal13',
    };
    const guests = await vs.createInstances([
      { ...base, hostname: 'vs-multi-1', tags: 'multi' },
      { ...base, hostname: 'vs-multi-2' },
    ]);
    expect(guests.map((guest) => guest.hostname)).toEqual(['vs-multi-1', 'vs-multi-2']);
    expect(sorted(await vs.listInstances({ tags: ['multi'] }))).toEqual([guests[0]!.id]);
    for (const guest of guests) await vs.cancelInstance(guest.id!);
  });

  it('orders a guest through Product_Order (test, then placed)', async () => {
    const spec = {
      hostname: 'vs-ordered',
      domain: 'example.com',
      cpus: 1,
      memory: 1024,
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal13',
      tags: 'ordered',
    };
    const checked = await vs.orderGuest(spec, { test: true });
    expect(checked.prices?.length).toBeGreaterThan(0);
    expect(await vs.resolveIds('vs-ordered')).toEqual([]);
    const receipt = await vs.orderGuest(spec);
    const placedId = receipt.orderDetails?.virtualGuests?.[0]?.id as number;
    expect(await vs.resolveIds('vs-ordered')).toEqual([placedId]);
    expect(sorted(await vs.listInstances({ tags: ['ordered'] }))).toEqual([placedId]);
    await vs.cancelInstance(placedId);
  });

  it('lists what a guest can be created with', async () => {
    const options = await vs.getCreateOptions();
    expect(options.locations.map((location) => location.key)).toContain('dal13');
    expect(options.sizes.length).toBeGreaterThan(0);
    expect(options.sizes.every((size) => size.hourlyRecurringFee > 0)).toBe(true);
    expect(options.guestCore.map((core) => core.capacity)).toContain(1);
    expect(options.operatingSystems.length).toBeGreaterThan(0);
    const inDallas = await vs.getCreateOptions({ datacenter: 'dal13' });
    expect(inDallas.locations).toEqual([{ name: 'Dallas 13', key: 'dal13' }]);
    await expect(vs.getCreateOptions({ datacenter: 'nowhere1' })).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
    await expect(vs.getCreateOptions({ vsiType: 'NO_SUCH_PACKAGE' })).rejects.toMatchObject({
      code: 'SL_NOT_FOUND',
    });
  });

  it('upgrades a guest', async () => {
    const target = everyone.find((guest) => guest.maxCpu !== 2)!;
    expect(await vs.upgrade(target.id!, { cpus: 2 })).toBe(true);
    expect((await vs.getInstance(target.id!, { mask: 'id,maxCpu' })).maxCpu).toBe(2);
    await expect(vs.upgrade(target.id!, { cpus: 3 })).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
  });

  it('captures, reads bandwidth, disks and storage', async () => {
    const guest = everyone[1]!;
    const image = await vs.capture(guest.id!, 'vs-manager-image', { notes: 'captured' });
    expect(image.globalIdentifier).toBeTypeOf('string');
    const images = await setup.client.call('Account', 'getBlockDeviceTemplateGroups', {
      mask: 'id,name,note',
      filter: { blockDeviceTemplateGroups: { name: { operation: 'vs-manager-image' } } },
    });
    expect(images).toMatchObject([{ name: 'vs-manager-image', note: 'captured' }]);

    const bandwidth = await vs.getBandwidthAllocation(guest.id!);
    expect(bandwidth.allotment?.amount).toBeDefined();
    expect(bandwidth.usage.length).toBeGreaterThan(0);

    const disks = await vs.getLocalDisks(guest.id!);
    expect(disks.map((disk) => disk.device)).toContain('0');
    // The block volumes the emulator authorizes this guest on, and its iSCSI credential when there are some.
    const blockVolumes = setup.emulator.state.storageVolumes
      .all()
      .filter((volume) => volume.kind === 'block' && volume.allowedGuestIds.includes(guest.id!));
    const attached = await vs.getStorageDetails(guest.id!, 'ISCSI');
    expect(attached.map((volume) => volume.id).sort()).toEqual(
      blockVolumes.map((volume) => volume.id).sort(),
    );
    const credentials = await vs.getStorageCredentials(guest.id!);
    const anyVolume = setup.emulator.state.storageVolumes
      .all()
      .some((volume) => volume.allowedGuestIds.includes(guest.id!));
    if (!anyVolume) expect(credentials).toBeNull();
    else expect(credentials?.credential?.username).toBeTypeOf('string');
    expect(await vs.getPortableStorage(guest.id!)).toEqual([]);
    expect(Array.isArray(await vs.getHardwareGuests())).toBe(true);
    expect(await vs.rescue(guest.id!)).toBe(true);
  });
});

describe('VsManager waits time out', () => {
  let slow: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    slow = await startTestEmulator({ provisioningMs: 600_000, reloadMs: 600_000 });
  });
  afterAll(() => slow.close());

  it('throws SL_WAIT_TIMEOUT for a guest still provisioning, with the last read', async () => {
    const vs = new VsManager(slow.client);
    const created = await vs.createInstance({
      hostname: 'vs-slow',
      domain: 'example.com',
      cpus: 1,
      memory: 1024,
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal13',
    });
    const error = await vs
      .waitForReady(created.id!, { intervalMs: 20, timeoutMs: 100 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ManagerError);
    expect(error).toMatchObject({ code: 'SL_WAIT_TIMEOUT', lastValue: { id: created.id } });
    expect((error as ManagerError).lastValue).not.toHaveProperty('provisionDate');
  });

  it('a guest in an OS reload is not ready', async () => {
    const vs = new VsManager(slow.client);
    const guests = await vs.listInstances({ mask: 'id,provisionDate,activeTransaction.id' });
    const guest = guests.find((candidate) => isReady(candidate, true));
    await vs.waitForReady(guest!.id!, { timeoutMs: 0 }); // provisioned long ago: ready at once
    await vs.reloadInstance(guest!.id!);
    await expect(vs.waitForReady(guest!.id!, { timeoutMs: 0 })).rejects.toMatchObject({
      code: 'SL_WAIT_TIMEOUT',
    });
  });
});
