import { describe, expect, it, vi } from 'vitest';
import { AccountManager } from '../src/account-manager';
import { EventLogManager } from '../src/event-log-manager';
import { TicketManager } from '../src/ticket-manager';
import { UserManager } from '../src/user-manager';
import { expectReferenceCalls, expectSameCalls, managerCase, recordingClient } from './support';

/*
 * The manager-calls-more.json cases of the account, event log, ticket and user methods that manager-calls.json
 * already had under other arguments: each asks what the reference asked.
 */

describe('AccountManager asks what the reference asks (manager-calls-more.json)', () => {
  it('account.cancel_item(12345): the same calls; our note names @sl/managers instead of the SLCLI', async () => {
    const { client, calls } = recordingClient({
      'Account::getCurrentUser': { id: 5, username: 'testAccount' },
    });
    await new AccountManager(client).cancelItem(12345);
    expect(calls[1]?.args?.[3]).toBe('Cancelled by testAccount with @sl/managers');
    const reference = structuredClone(managerCase('account.cancel_item(12345)').calls);
    (reference[1]!.args as unknown[])[3] = 'Cancelled by testAccount with @sl/managers';
    expectReferenceCalls(calls, reference, 'account.cancel_item(12345)');
  });

  it('account.get_account_all_billing_orders()', async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getAccountAllBillingOrders();
    expectSameCalls('account.get_account_all_billing_orders()', calls);
  });

  it('account.get_billing_item(12345) and account.get_billing_item_from_invoice(12345)', async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getBillingItem(12345);
    expectSameCalls('account.get_billing_item(12345)', calls);
    calls.length = 0;
    await new AccountManager(client).getBillingItemFromInvoice(12345);
    expectSameCalls('account.get_billing_item_from_invoice(12345)', calls);
  });

  it('account.get_billing_items(33816665)', async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getBillingItems(33816665);
    expectSameCalls('account.get_billing_items(33816665)', calls);
  });

  it("account.get_routers() and account.get_routers(location='dal13')", async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getRouters({ location: 'dal13' });
    expectSameCalls("account.get_routers(location='dal13')", calls);
    calls.length = 0;
    await new AccountManager(client).getRouters();
    // The reference sends an empty text as the filter when there is none (`filter: ""`); we send no filter.
    const reference = structuredClone(managerCase('account.get_routers()').calls);
    expect(reference[0]?.filter).toBe('');
    delete reference[0]!.filter;
    expect(calls[0]?.filter).toBeUndefined();
    expectReferenceCalls(calls, reference, 'account.get_routers()');
  });
});

describe('EventLogManager asks what the reference asks (manager-calls-more.json)', () => {
  it('eventlog.get_event_logs() is iterEventLogs: pages of 20', async () => {
    const { client, calls } = recordingClient();
    for await (const _event of new EventLogManager(client).iterEventLogs()) break;
    expectSameCalls('eventlog.get_event_logs()', calls);
  });

  it("eventlog.get_event_logs({'objectName': {'operation': 'CCI'}}, log_limit=10, iterator=False)", async () => {
    const { client, calls } = recordingClient();
    await new EventLogManager(client).getEventLogs({
      filter: { objectName: { operation: 'CCI' } },
      pageSize: 10,
    });
    expectSameCalls(
      "eventlog.get_event_logs({'objectName': {'operation': 'CCI'}}, log_limit=10, iterator=False)",
      calls,
    );
  });

  it('eventlog.get_event_log_types()', async () => {
    const { client, calls } = recordingClient({ 'Event_Log::getAllEventObjectNames': ['CCI'] });
    await new EventLogManager(client).getEventLogTypes();
    expectSameCalls('eventlog.get_event_log_types()', calls);
  });

  it("eventlog.build_filter(date_min='10/30/2017', date_max='10/31/2017', utc_offset='+0500') asks nothing", () => {
    const { calls } = recordingClient();
    const filter = EventLogManager.buildFilter({
      dateMin: '10/30/2017',
      dateMax: '10/31/2017',
      utcOffset: '+0500',
    });
    expect(filter).toEqual({
      eventCreateDate: {
        operation: 'betweenDate',
        options: [
          { name: 'startDate', value: ['2017-10-30T00:00:00.000000+05:00'] },
          { name: 'endDate', value: ['2017-10-31T00:00:00.000000+05:00'] },
        ],
      },
    });
    expectSameCalls(
      "eventlog.build_filter(date_min='10/30/2017', date_max='10/31/2017', utc_offset='+0500')",
      calls,
    );
  });
});

describe('TicketManager asks what the reference asks (manager-calls-more.json)', () => {
  it("ticket.upload_attachment(ticket_id=100, file_path='/dev/null', file_name='empty.txt')", async () => {
    const { client, calls } = recordingClient();
    await new TicketManager(client).uploadAttachment(100, { data: '/dev/null', fileName: 'empty.txt' });
    // readFile gives a Buffer; the reference's bytes are read as a plain Uint8Array.
    const file = calls[0]?.args?.[0] as { data: Uint8Array };
    file.data = new Uint8Array(file.data);
    expectSameCalls(
      "ticket.upload_attachment(ticket_id=100, file_path='/dev/null', file_name='empty.txt')",
      calls,
    );
  });
});

const PERMISSIONS = ['ACCESS_ALL_HARDWARE', 'ACCOUNT_SUMMARY_VIEW', 'ADD_SERVICE_STORAGE'];
const ALL_PERMISSIONS = [...PERMISSIONS, 'TEST', 'TEST_3', 'TEST_4', 'TICKET_VIEW'];

describe('UserManager asks what the reference asks (manager-calls-more.json)', () => {
  it('user.get_user_permissions(11100)', async () => {
    const { client, calls } = recordingClient();
    await new UserManager(client).getUserPermissions(11100);
    expectSameCalls('user.get_user_permissions(11100)', calls);
  });

  it('user.permissions_from_user(11100, 11111)', async () => {
    const { client, calls } = recordingClient({
      'User_Customer::getPermissions': PERMISSIONS.map((keyName) => ({ keyName })),
      'User_Customer_CustomerPermission_Permission::getAllObjects': ALL_PERMISSIONS.map((keyName) => ({
        keyName,
      })),
    });
    await new UserManager(client).permissionsFromUser(11100, 11111);
    expectSameCalls('user.permissions_from_user(11100, 11111)', calls);
  });

  it("user.format_permission_object(['TICKET_VIEW', 'account_summary_view'])", async () => {
    const { client, calls } = recordingClient({
      'User_Customer_CustomerPermission_Permission::getAllObjects': ALL_PERMISSIONS.map((keyName) => ({
        keyName,
      })),
    });
    expect(
      await new UserManager(client).formatPermissionObject(['TICKET_VIEW', 'account_summary_view']),
    ).toEqual([{ keyName: 'TICKET_VIEW' }, { keyName: 'ACCOUNT_SUMMARY_VIEW' }]);
    expectSameCalls("user.format_permission_object(['TICKET_VIEW', 'account_summary_view'])", calls);
  });

  it("user.get_logins(11100, start_date='10/21/2026 0:0:0') and user.get_logins(11100) on 2026-11-20", async () => {
    const { client, calls } = recordingClient();
    const users = new UserManager(client);
    await users.getLogins(11100, { startDate: '10/21/2026 0:0:0' });
    expectSameCalls("user.get_logins(11100, start_date='10/21/2026 0:0:0')", calls);
    calls.length = 0;
    vi.useFakeTimers({ now: new Date('2026-11-20T12:00:00Z'), toFake: ['Date'] });
    try {
      await users.getLogins(11100);
    } finally {
      vi.useRealTimers();
    }
    expectSameCalls('user.get_logins(11100)', calls);
  });

  it("user.get_events(11100, start_date='2026-10-21T00:00:00')", async () => {
    const { client, calls } = recordingClient();
    await new UserManager(client).getEvents(11100, { startDate: '2026-10-21T00:00:00' });
    expectSameCalls("user.get_events(11100, start_date='2026-10-21T00:00:00')", calls);
  });

  it('user.create_user(…) and user.edit_user(…)', async () => {
    const { client, calls } = recordingClient();
    const users = new UserManager(client);
    const create = managerCase(
      "user.create_user({'username': 'foobar', 'email': 'foobar@example.com', 'firstName': 'Foo', 'lastName': 'Bar', 'companyName': 'Example', 'address1': '1 Main St', 'city': 'Dallas', 'country': 'US', 'postalCode': '75201', 'state': 'TX', 'userStatusId': 1001, 'timezoneId': 114}, 'Pass@123')",
    );
    await users.createUser(
      {
        username: 'foobar',
        email: 'foobar@example.com',
        firstName: 'Foo',
        lastName: 'Bar',
        companyName: 'Example',
        address1: '1 Main St',
        city: 'Dallas',
        country: 'US',
        postalCode: '75201',
        state: 'TX',
        userStatusId: 1001,
        timezoneId: 114,
      },
      'Pass@123',
    );
    expectSameCalls(create.name, calls);
    calls.length = 0;
    await users.editUser(11100, { firstName: 'Foo', companyName: 'Example' });
    expectSameCalls("user.edit_user(11100, {'firstName': 'Foo', 'companyName': 'Example'})", calls);
  });

  it('user.add_api_authentication_key(11100) and user.vpn_manual(11100, True)', async () => {
    const { client, calls } = recordingClient();
    const users = new UserManager(client);
    await users.addApiAuthenticationKey(11100);
    expectSameCalls('user.add_api_authentication_key(11100)', calls);
    calls.length = 0;
    await users.vpnManual(11100, true);
    expectSameCalls('user.vpn_manual(11100, True)', calls);
  });

  it('user.get_user_hardware(11100), user.get_user_dedicated_host(11100), user.get_user_virtuals(11100)', async () => {
    const { client, calls } = recordingClient();
    const users = new UserManager(client);
    await users.getUserHardware(11100);
    expectSameCalls('user.get_user_hardware(11100)', calls);
    calls.length = 0;
    await users.getUserDedicatedHost(11100);
    expectSameCalls('user.get_user_dedicated_host(11100)', calls);
    calls.length = 0;
    await users.getUserVirtuals(11100);
    expectSameCalls('user.get_user_virtuals(11100)', calls);
  });

  it("user.resolve_ids('SL1234'): several users of that name are all listed", async () => {
    const { client, calls } = recordingClient({ 'Account::getUsers': [{ id: 1 }, { id: 2 }] });
    expect(await new UserManager(client).resolveIds('SL1234')).toEqual([1, 2]);
    expectSameCalls("user.resolve_ids('SL1234')", calls);
  });
});
