import { ObjectNotFoundError } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountManager } from '../src/account-manager';
import {
  expectReferenceCalls,
  expectRefused,
  expectSameCalls,
  recordingClient,
  startTestEmulator,
} from './support';

/* AccountManager's events, bandwidth pools, licenses and email delivery accounts. */

describe('AccountManager events, pools and licenses ask what the reference asks', () => {
  it('account.ack_event(12345) and account.get_event(12345)', async () => {
    const { client, calls } = recordingClient();
    const account = new AccountManager(client);
    await account.ackEvent(12345);
    expectSameCalls('account.ack_event(12345)', calls);
    calls.length = 0;
    await account.getEvent(12345);
    expectSameCalls('account.get_event(12345)', calls);
  });

  it("account.add_event_filter({}, 'UNPLANNED_INCIDENT', date_min='2026-11-18T00:00:00-06:00') asks nothing", () => {
    const { calls } = recordingClient();
    const start = {};
    const filter = AccountManager.addEventFilter(start, 'UNPLANNED_INCIDENT', '2026-11-18T00:00:00-06:00');
    expect(filter).toEqual({
      modifyDate: {
        operation: 'greaterThanDate',
        options: [{ name: 'date', value: ['2026-11-18T00:00:00-06:00'] }],
      },
    });
    expect(start).toEqual({});
    expectSameCalls(
      "account.add_event_filter({}, 'UNPLANNED_INCIDENT', date_min='2026-11-18T00:00:00-06:00')",
      calls,
    );
  });

  it('account.get_network_message_delivery_accounts() and account.get_active_account_licenses()', async () => {
    const { client, calls } = recordingClient();
    const account = new AccountManager(client);
    await account.getNetworkMessageDeliveryAccounts();
    expectSameCalls('account.get_network_message_delivery_accounts()', calls);
    calls.length = 0;
    await account.getActiveAccountLicenses();
    expectSameCalls('account.get_active_account_licenses()', calls);
  });

  it('getActiveVirtualLicenses (no recorded case: calls recorded from the reference client)', async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getActiveVirtualLicenses();
    expectReferenceCalls(calls, [
      {
        service: 'SoftLayer_Account',
        method: 'getActiveVirtualLicenses',
        args: [],
        mask: `billingItem[categoryCode,createDate,description], key,id,ipAddress,
          softwareDescription[longDescription,name,manufacturer], subnet`,
      },
    ]);
  });

  it('account.get_bandwidth_pools(), account.get_bandwidth_pool_counts(309961), account.getBandwidthDetail(309961)', async () => {
    const { client, calls } = recordingClient({
      'Network_Bandwidth_Version1_Allotment::getObject': {
        id: 309961,
        hardwareCount: 2,
        virtualGuestCount: 3,
      },
    });
    const account = new AccountManager(client);
    await account.getBandwidthPools();
    expectSameCalls('account.get_bandwidth_pools()', calls);
    calls.length = 0;
    expect(await account.getBandwidthPoolCounts(309961)).toBe(5);
    expectSameCalls('account.get_bandwidth_pool_counts(309961)', calls);
    calls.length = 0;
    await account.getBandwidthDetail(309961);
    expectSameCalls('account.getBandwidthDetail(309961)', calls);
  });

  it('refuses bad ids and event types before sending anything', async () => {
    const { client, calls } = recordingClient();
    const account = new AccountManager(client);
    await expectRefused(
      [
        ['ackEvent(0)', () => account.ackEvent(0), /ackEvent: the event id/],
        ['getEvent(-1)', () => account.getEvent(-1), /getEvent: the event id/],
        ['getBandwidthPoolCounts(1.5)', () => account.getBandwidthPoolCounts(1.5), /the pool id/],
        [
          'getBandwidthDetail("x")',
          () => account.getBandwidthDetail('x' as unknown as number),
          /the pool id/,
        ],
        [
          'addEventFilter(bad type)',
          async () => AccountManager.addEventFilter({}, 'OTHER' as 'PLANNED'),
          /must be one of PLANNED/,
        ],
      ],
      calls,
    );
  });
});

describe('AccountManager events, pools and licenses against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let account: AccountManager;
  beforeAll(async () => {
    setup = await startTestEmulator();
    account = new AccountManager(setup.client);
  });
  afterAll(() => setup.close());

  it('reads an upcoming planned event in detail, acknowledges it, and the acknowledgement stays', async () => {
    const planned = await account.getUpcomingEvents('PLANNED');
    expect(planned.length).toBeGreaterThan(0);
    const first = planned[0]!;
    expect(first.notificationOccurrenceEventType?.keyName).toBe('PLANNED');
    const event = await account.getEvent(first.id!);
    expect(event.acknowledgedFlag).toBe(false);
    expect(event.impactedResources?.length).toBeGreaterThan(0);
    expect(event.impactedResources?.[0]).toMatchObject({
      resourceType: expect.any(String),
      hostname: expect.any(String),
    });
    expect(event.updates?.[0]?.contents).toEqual(expect.any(String));
    expect(await account.ackEvent(first.id!)).toBe(true);
    expect((await account.getEvent(first.id!)).acknowledgedFlag).toBe(true);
    expect(setup.emulator.state.notificationEvents.get(first.id!)?.acknowledged).toBe(true);
  });

  it('an unknown event is the API fault, and nothing is acknowledged', async () => {
    const before = setup.emulator.state.notificationEvents.all().map((event) => event.acknowledged);
    await expect(account.ackEvent(1)).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect(setup.emulator.state.notificationEvents.all().map((event) => event.acknowledged)).toEqual(before);
  });

  it('lists the bandwidth pools; their members add up to every server of the account', async () => {
    const pools = await account.getBandwidthPools();
    expect(pools.length).toBeGreaterThan(0);
    let members = 0;
    for (const pool of pools) {
      expect(pool.locationGroup?.name).toEqual(expect.any(String));
      expect(Number(pool.billingCyclePublicBandwidthUsage?.amountOut)).toBeGreaterThan(0);
      const count = await account.getBandwidthPoolCounts(pool.id!);
      const detail = await account.getBandwidthDetail(pool.id!);
      const listed =
        (detail.hardware?.length ?? 0) +
        (detail.virtualGuests?.length ?? 0) +
        (detail.bareMetalInstances?.length ?? 0);
      expect(listed).toBe(count);
      expect(pool.totalBandwidthAllocated).toBe(count * 250);
      expect(detail.virtualGuests?.[0]?.bandwidthAllotmentDetail?.allocation?.amount).toBe('250');
      members += count;
    }
    const { state } = setup.emulator;
    expect(members).toBe(state.guests.all().length + state.hardware.all().length);
  });

  it('lists control panel and VMware licenses, and the email delivery accounts', async () => {
    const virtual = await account.getActiveVirtualLicenses();
    expect(virtual.length).toBeGreaterThan(0);
    expect(virtual[0]).toMatchObject({ ipAddress: expect.any(String), key: expect.any(String) });
    expect(virtual[0]?.subnet?.broadcastAddress).toEqual(expect.any(String));
    const licenses = await account.getActiveAccountLicenses();
    expect(licenses.map((license) => license.softwareDescription?.manufacturer)).toContain('VMware');
    expect(licenses[0]?.billingItem?.description).toEqual(expect.any(String));
    const mail = await account.getNetworkMessageDeliveryAccounts();
    expect(mail.length).toBeGreaterThan(0);
    expect(mail[0]?.vendor?.keyName).toBe('SENDGRID');
    expect(mail[0]?.type?.keyName).toEqual(expect.any(String));
  });
});
