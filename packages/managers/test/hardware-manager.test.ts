import type { ListResult } from '@sl/client';
import { masksEqual } from '@sl/mask';
import type { SoftLayer_Hardware } from '@sl/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HardwareManager } from '../src/hardware-manager';
import { ManagerError } from '../src/manager-error';
import { expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('HardwareManager asks what the reference asks', () => {
  it('listHardware, without and with criteria', async () => {
    for (const [name, options] of [
      ['hw.list_hardware()', {}],
      [
        "hw.list_hardware(datacenter='dal05', memory=8, hostname='db*')",
        { datacenter: 'dal05', memory: 8, hostname: 'db*' },
      ],
    ] as const) {
      const { client, calls } = recordingClient();
      await new HardwareManager(client).listHardware(options);
      expectSameCalls(name, calls);
    }
  });

  it('getHardware, reload, edit, changePortSpeed by id', async () => {
    for (const [name, run] of [
      ['hw.get_hardware(1000)', (hw: HardwareManager) => hw.getHardware(1000)],
      [
        "hw.reload(1000, post_uri='https://example.com/x.sh', ssh_keys=[1, 2])",
        (hw: HardwareManager) => hw.reload(1000, { postUri: 'https://example.com/x.sh', sshKeys: [1, 2] }),
      ],
      [
        "hw.edit(1000, hostname='h', domain='d.com', notes='n')",
        (hw: HardwareManager) => hw.edit(1000, { hostname: 'h', domain: 'd.com', notes: 'n' }),
      ],
      ['hw.change_port_speed(1000, True, 100)', (hw: HardwareManager) => hw.changePortSpeed(1000, true, 100)],
    ] as const) {
      const { client, calls } = recordingClient({ 'Hardware_Server::getObject': { id: 1000 } });
      await run(new HardwareManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('getCancellationReasons makes no call and has the reference reasons', () => {
    const { client, calls } = recordingClient();
    const reasons = new HardwareManager(client).getCancellationReasons();
    expectSameCalls('hw.get_cancellation_reasons()', calls);
    expect(Object.keys(reasons)).toHaveLength(10);
    expect(reasons.unneeded).toBe('No longer needed');
    expect(reasons.datacenter).toBe('Migrating to a different SoftLayer datacenter');
  });

  it('cancelHardware reads the billing item, then cancels it (monthly + immediate also updates the ticket)', async () => {
    const server = (hourlyBillingFlag: boolean) => ({
      id: 5,
      hourlyBillingFlag,
      billingItem: { id: 77 },
      openCancellationTicket: { id: 900 },
    });
    const hourly = recordingClient({
      'Hardware_Server::getObject': server(true),
      'Billing_Item::cancelItem': true,
    });
    await new HardwareManager(hourly.client).cancelHardware(5, {
      reason: 'cost',
      comment: 'c',
      immediate: true,
    });
    expect(hourly.calls.map((call) => `${call.service}::${call.method}`)).toEqual([
      'SoftLayer_Hardware_Server::getObject',
      'SoftLayer_Billing_Item::cancelItem',
    ]);
    expect(hourly.calls[0]).toMatchObject({ id: 5 });
    expect(hourly.calls[1]).toMatchObject({ id: 77, args: [true, false, 'Server / Upgrade Costs', 'c'] });

    const monthly = recordingClient({ 'Hardware_Server::getObject': server(false) });
    await new HardwareManager(monthly.client).cancelHardware(5, { immediate: true });
    expect(monthly.calls.map((call) => `${call.service}::${call.method}`)).toEqual([
      'SoftLayer_Hardware_Server::getObject',
      'SoftLayer_Billing_Item::cancelItem',
      'SoftLayer_Hardware_Server::getObject',
      'SoftLayer_Ticket::addUpdate',
    ]);
    expect(monthly.calls[1]).toMatchObject({ args: [false, false, 'No longer needed', ''] });
    expect(monthly.calls[3]).toMatchObject({
      id: 900,
      args: [{ entry: 'Please reclaim this server ASAP, it is no longer needed. Thankyou.' }],
    });
  });

  it('cancelHardware refuses a server with a running transaction or without a billing item', async () => {
    const busy = recordingClient({
      'Hardware_Server::getObject': { id: 5, billingItem: { id: 77 }, activeTransaction: { id: 1 } },
    });
    await expect(new HardwareManager(busy.client).cancelHardware(5)).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
      message: expect.stringMatching(/running transaction/),
    });
    const gone = recordingClient({
      'Hardware_Server::getObject': { id: 5, openCancellationTicket: { id: 900 } },
    });
    await expect(new HardwareManager(gone.client).cancelHardware(5)).rejects.toThrow(/#900 already exists/);
    expect([...busy.calls, ...gone.calls].map((call) => call.method)).toEqual(['getObject', 'getObject']);
  });

  it('resolves an IP address through the public, then the private address, and a hostname', async () => {
    const { client, calls } = recordingClient({
      'Account::getHardware': (request: { filter?: { hardware?: Record<string, unknown> } }) =>
        request.filter?.hardware?.primaryBackendIpAddress ? [{ id: 3 }] : [],
    });
    const hw = new HardwareManager(client);
    expect(await hw.resolveIds('10.1.2.3')).toEqual([3]);
    expect(calls.map((call) => call.filter)).toEqual([
      { hardware: expect.objectContaining({ primaryIpAddress: { operation: '_= 10.1.2.3' } }) },
      { hardware: expect.objectContaining({ primaryBackendIpAddress: { operation: '_= 10.1.2.3' } }) },
    ]);
    calls.length = 0;
    expect(await hw.resolveIds('web1')).toEqual([]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      mask: 'id',
      filter: { hardware: { hostname: { operation: '_= web1' } } },
    });
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const hw = new HardwareManager(client);
    await expect(hw.edit(1, {})).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(hw.changePortSpeed(1, true, 1.5)).rejects.toBeInstanceOf(ManagerError);
    await expect(hw.changePortSpeed(1, true, -5)).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(hw.cancelHardware(1, { reason: 'bogus' as unknown as 'unneeded' })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
      message: expect.stringMatching(/unknown reason/),
    });
    await expect(hw.listHardware({ memory: '' })).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(hw.listHardware({ tags: [''] })).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(hw.reload(1, { sshKeys: [1.5] })).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(hw.reboot(1, { mode: 'gentle' as unknown as 'soft' })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    await expect(hw.getHardware('')).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    expect(calls).toEqual([]);
  });
});

describe('HardwareManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let hw: HardwareManager;
  let all: ListResult<SoftLayer_Hardware>;
  beforeAll(async () => {
    setup = await startTestEmulator({ hardware: 12 });
    hw = new HardwareManager(setup.client);
    all = await hw.listHardware();
  });
  afterAll(() => setup.close());

  /** A server the tests have not changed yet, with the given billing. */
  const taken = new Set<number>();
  function pick(hourly?: boolean): number {
    const found = setup.emulator.state.hardware
      .all()
      .find((server) => !taken.has(server.id) && (hourly === undefined || server.hourly === hourly));
    if (!found) throw new Error(`the generated account has no ${hourly ? 'hourly' : 'monthly'} server left`);
    taken.add(found.id);
    return found.id;
  }

  it('lists every server with the default mask, and filters by datacenter and hostname', async () => {
    expect(all).toHaveLength(12);
    expect(all.totalCount).toBe(12);
    for (const server of all) {
      expect(server).toMatchObject({
        id: expect.any(Number),
        hostname: expect.any(String),
        fullyQualifiedDomainName: expect.any(String),
        memoryCapacity: expect.any(Number),
        processorPhysicalCoreAmount: expect.any(Number),
        primaryIpAddress: expect.any(String),
        primaryBackendIpAddress: expect.any(String),
        datacenter: { name: expect.any(String) },
      });
    }
    const datacenter = all[0]!.datacenter!.name!;
    const inDatacenter = await hw.listHardware({ datacenter });
    expect(inDatacenter.map((server) => server.id).sort()).toEqual(
      all
        .filter((server) => server.datacenter?.name === datacenter)
        .map((server) => server.id)
        .sort(),
    );
    const byHostname = await hw.listHardware({ hostname: all[1]!.hostname! });
    expect(byHostname.map((server) => server.id)).toEqual([all[1]!.id]);
    const dbServers = await hw.listHardware({ hostname: 'db*' });
    expect(dbServers.map((server) => server.id).sort()).toEqual(
      all
        .filter((server) => server.hostname!.startsWith('db'))
        .map((server) => server.id)
        .sort(),
    );
    const none = await hw.listHardware({ datacenter: 'nowhere01' });
    expect(none).toEqual([]);
  });

  it('resolves hostnames and public and private IP addresses', async () => {
    const server = all[2]!;
    expect(await hw.resolveIds(server.hostname!)).toEqual([server.id]);
    expect(await hw.resolveIds(server.primaryIpAddress!)).toEqual([server.id]);
    expect(await hw.resolveIds(server.primaryBackendIpAddress!)).toEqual([server.id]);
    expect(await hw.resolveIds('no-such-server')).toEqual([]);
    await expect(hw.getHardware('no-such-server')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
  });

  it('reads one server with the default mask', async () => {
    const server = all[3]!;
    const detail = await hw.getHardware(server.hostname!);
    expect(detail).toMatchObject({
      id: server.id,
      hostname: server.hostname,
      globalIdentifier: expect.any(String),
      hardwareStatus: { status: 'ACTIVE' },
      datacenter: { name: server.datacenter!.name },
      billingItem: {
        id: expect.any(Number),
        orderItem: { order: { userRecord: { username: expect.any(String) } } },
      },
      operatingSystem: {
        softwareLicense: { softwareDescription: { name: expect.any(String) } },
        passwords: [{ username: 'root', password: expect.any(String) }],
      },
      hourlyBillingFlag: expect.any(Boolean),
      hardwareChassis: { name: expect.any(String) },
      remoteManagementAccounts: [{ username: 'root' }],
    });
    expect(detail.networkComponents).toHaveLength(2);
    expect(detail.networkComponents![0]).toMatchObject({
      primarySubnet: { networkIdentifier: expect.any(String) },
    });
    expect(detail.networkVlans!.map((vlan) => vlan.networkSpace).sort()).toEqual(['PRIVATE', 'PUBLIC']);
    // A globalIdentifier resolves to itself (the API takes it as an id).
    expect(await hw.resolveIds(detail.globalIdentifier!)).toEqual([detail.globalIdentifier]);
  });

  it('edits: hostname, notes, tags and user data stick', async () => {
    const id = pick();
    expect(
      await hw.edit(id, { hostname: 'edited01', notes: 'from the tests', tags: 'a, b', userdata: 'u=1' }),
    ).toBe(true);
    const after = await hw.getHardware('edited01', {
      mask: 'id,hostname,notes,tagReferences[tag[name]],userData',
    });
    expect(after).toMatchObject({
      id,
      hostname: 'edited01',
      notes: 'from the tests',
      userData: [{ value: 'u=1' }],
    });
    expect(after.tagReferences!.map((reference) => reference.tag?.name).sort()).toEqual(['a', 'b']);
    expect(await hw.edit(id, { tags: '' })).toBe(true);
    expect((await hw.getHardware(id, { mask: 'id,tagReferences' })).tagReferences ?? []).toEqual([]);
  });

  it('reload starts an OS reload, and a second one is refused while it runs; cancel refuses it too', async () => {
    const id = pick();
    expect(await hw.reload(id, { sshKeys: [] })).toBe('The OS reload was successfully initiated.');
    const server = await hw.getHardware(id, { mask: 'id,activeTransaction[id,transactionStatus[name]]' });
    expect(server.activeTransaction).toMatchObject({ id: expect.any(Number) });
    await expect(hw.reload(id)).rejects.toThrow(/active transaction/);
    await expect(hw.cancelHardware(id)).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
      message: expect.stringMatching(/running transaction/),
    });
  });

  it('changes port speeds', async () => {
    const id = pick();
    expect(await hw.changePortSpeed(id, true, 100)).toBe(true);
    expect(await hw.changePortSpeed(id, false, 10)).toBe(true);
    const components = (await hw.getHardware(id, { mask: 'id,networkComponents[port,speed]' }))
      .networkComponents!;
    expect(components.map((component) => [component.port, component.speed]).sort()).toEqual([
      [0, 10],
      [1, 100],
    ]);
  });

  it('powers on, off, cycles and reboots; rescue; drives, software and bandwidth', async () => {
    const id = all[4]!.id!;
    expect(await hw.powerOff(id)).toBe(true);
    expect(await hw.powerOn(id)).toBe(true);
    expect(await hw.powerCycle(id)).toBe(true);
    for (const mode of ['default', 'soft', 'hard'] as const) expect(await hw.reboot(id, { mode })).toBe(true);
    expect(await hw.rescue(id)).toBe(true);
    const drives = await hw.getHardDrives(id);
    expect(drives.length).toBeGreaterThan(0);
    expect(drives[0]).toMatchObject({
      hardwareComponentModel: { hardwareGenericComponentModel: { units: 'GB' } },
    });
    const software = await hw.getSoftwareComponents(id);
    expect(software[0]).toMatchObject({ id: expect.any(Number) });
    const bandwidth = await hw.getBandwidthAllocation(id);
    expect(bandwidth.allotment).toMatchObject({ amount: expect.any(String) });
    expect(bandwidth.usage.map((usage) => usage.type?.alias).sort()).toEqual([
      'PRIVATE_SERVER_BW',
      'PUBLIC_SERVER_BW',
    ]);
  });

  it('cancels an hourly server at once through its billing item: a cancellation ticket, then no second cancel', async () => {
    const id = pick(true);
    expect(await hw.cancelHardware(id, { reason: 'moving', comment: 'bye', immediate: true })).toBe(true);
    const after = await hw.getHardware(id, {
      mask: 'id,billingItem[id,cancellationDate],openCancellationTicket[id,title]',
    });
    expect(after.billingItem?.cancellationDate).toEqual(expect.any(String));
    expect(after.openCancellationTicket).toMatchObject({
      id: expect.any(Number),
      title: 'Cancellation Request',
    });
    await expect(hw.cancelHardware(id)).rejects.toThrow(/already scheduled for cancellation/);
  });

  it('cancels a monthly server "immediately" by asking for a reclaim on the cancellation ticket', async () => {
    const id = pick(false);
    expect(await hw.cancelHardware(id, { immediate: true })).toBe(true);
    const ticketId = (await hw.getHardware(id, { mask: 'id,openCancellationTicket[id]' }))
      .openCancellationTicket!.id!;
    const updates = await setup.client.call('Ticket', 'getUpdates', { id: ticketId, mask: 'entry' });
    expect(updates.map((update) => update.entry)).toContain(
      'Please reclaim this server ASAP, it is no longer needed. Thankyou.',
    );
  });
});

describe('HardwareManager.waitForReady', () => {
  it('reads the server with the ready mask and resolves with it when ready', async () => {
    const ready = { id: 1000, provisionDate: '2026-01-01T00:00:00-06:00' };
    const { client, calls } = recordingClient({ 'Hardware_Server::getObject': ready });
    expect(await new HardwareManager(client).waitForReady(1000, { intervalMs: 1 })).toEqual(ready);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ service: 'SoftLayer_Hardware_Server', method: 'getObject', id: 1000 });
    // The reference's mask, with the transaction's status for progress reports (onPoll).
    expect(
      masksEqual(
        String(calls[0]!.mask),
        'mask[id,provisionDate,lastOperatingSystemReload[id],activeTransaction[id,transactionStatus[friendlyName,name]]]',
      ),
    ).toBe(true);
  });

  it('waits out an OS reload on the emulator, and times out with the last read when it cannot', async () => {
    const quick = await startTestEmulator({ hardware: 3, reloadMs: 300 });
    try {
      const hw = new HardwareManager(quick.client);
      const [server] = await hw.listHardware({ mask: 'id' });
      await hw.reload(server!.id!);
      const error = await hw.waitForReady(server!.id!, { timeoutMs: 0 }).catch((thrown: unknown) => thrown);
      expect(error).toMatchObject({ code: 'SL_WAIT_TIMEOUT' });
      expect((error as ManagerError).lastValue).toMatchObject({
        activeTransaction: { id: expect.any(Number) },
      });
      const statuses: string[] = [];
      const ready = await hw.waitForReady(server!.id!, {
        intervalMs: 50,
        timeoutMs: 10_000,
        onPoll: (read) => statuses.push(read.activeTransaction?.transactionStatus?.name ?? ''),
      });
      expect(ready.provisionDate).toBeTruthy();
      expect(statuses.length).toBeGreaterThan(0);
      await expect(hw.waitForReady(server!.id!, { pending: 'yes' as never })).rejects.toMatchObject({
        code: 'SL_INVALID_ARGUMENT',
      });
    } finally {
      await quick.close();
    }
  });
});
