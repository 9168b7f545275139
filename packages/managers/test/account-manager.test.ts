import { ObjectNotFoundError } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountManager } from '../src/account-manager';
import { ManagerError } from '../src/manager-error';
import { expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('AccountManager asks what the reference asks', () => {
  it('getSummary', async () => {
    const { client, calls } = recordingClient({ 'Account::getObject': { id: 1 } });
    await new AccountManager(client).getSummary();
    expectSameCalls('account.get_summary()', calls);
  });

  it('getUpcomingEvents of planned maintenance after a date', async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getUpcomingEvents('PLANNED', { dateMin: '2026-11-20T00:00:00-06:00' });
    expectSameCalls("account.get_upcoming_events('PLANNED', date_min='2026-11-20T00:00:00-06:00')", calls);
  });

  it('getInvoices', async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getInvoices({ limit: 50, closed: false });
    expectSameCalls('account.get_invoices(limit=50, closed=False)', calls);
  });

  it('getAccountBillingItems', async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getAccountBillingItems();
    expectSameCalls('account.get_account_billing_items()', calls);
  });

  it('builds the reference filters for incidents and announcements', async () => {
    const { client, calls } = recordingClient();
    const account = new AccountManager(client);
    await account.getUpcomingEvents('UNPLANNED_INCIDENT');
    await account.getUpcomingEvents('ANNOUNCEMENT');
    await account.getUpcomingEvents('PLANNED');
    expect(calls[0]?.filter).toMatchObject({
      notificationOccurrenceEventType: { keyName: { operation: 'UNPLANNED_INCIDENT' } },
      modifyDate: { operation: '> sysdate - 2' },
    });
    expect(calls[1]?.filter).toMatchObject({
      notificationOccurrenceEventType: { keyName: { operation: 'ANNOUNCEMENT' } },
      statusCode: { keyName: { operation: 'in', options: [{ name: 'data', value: ['PUBLISHED'] }] } },
    });
    expect(calls[2]?.filter).toMatchObject({ endDate: { operation: '> sysdate - 2' } });
  });

  it('getInvoices with closed ones drops the status condition; with all, pages by the limit', async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getInvoices({ closed: true, all: true, limit: 20 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.limit).toBe(20);
    expect(calls[0]?.filter).toMatchObject({ invoices: { createDate: { operation: 'orderBy' } } });
    expect(JSON.stringify(calls[0]?.filter)).not.toContain('OPEN');
  });

  it('merges the caller filter into its own (the reference has no filter option here)', async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getAccountBillingItems({
      filter: { allTopLevelBillingItems: { categoryCode: { operation: 'guest_core' } } },
    });
    expect(calls[0]?.filter).toMatchObject({
      allTopLevelBillingItems: {
        cancellationDate: { operation: 'is null' },
        categoryCode: { operation: 'guest_core' },
      },
    });
  });

  it('cancelItem reads the current user for the note, then cancels on the anniversary date', async () => {
    const { client, calls } = recordingClient({ 'Account::getCurrentUser': { id: 5, username: 'ada' } });
    expect(await new AccountManager(client).cancelItem(77)).toBe(true);
    expect(calls.map((call) => `${call.service}::${call.method}`)).toEqual([
      'SoftLayer_Account::getCurrentUser',
      'SoftLayer_Billing_Item::cancelItem',
    ]);
    expect(calls[1]).toMatchObject({
      id: 77,
      args: [false, true, 'No longer needed', 'Cancelled by ada with @sl/managers'],
    });
    const second = recordingClient();
    await new AccountManager(second.client).cancelItem(77, { reason: 'moved', note: 'bye' });
    expect(second.calls).toHaveLength(1);
    expect(second.calls[0]?.args).toEqual([false, true, 'moved', 'bye']);
  });

  it('getItemDetail falls back to the invoice item when no billing item has the id (XML-RPC faults too)', async () => {
    const { client, calls } = recordingClient({
      'Billing_Item::getObject': () => {
        throw new ObjectNotFoundError(
          'SoftLayer_Exception_ObjectNotFound',
          "Unable to find object with id of '9'.",
        );
      },
      'Billing_Invoice_Item::getBillingItem': { id: 3 },
    });
    expect(await new AccountManager(client).getItemDetail(9)).toEqual({ id: 3 });
    expect(calls.map((call) => `${call.method}:${call.id}`)).toEqual(['getObject:9', 'getBillingItem:9']);
  });

  it('getRouters filters by datacenter only when told', async () => {
    const { client, calls } = recordingClient();
    const account = new AccountManager(client);
    await account.getRouters();
    await account.getRouters({ location: 'dal13' });
    expect(calls[0]?.filter).toBeUndefined();
    expect(calls[1]?.filter).toEqual({ routers: { topLevelLocation: { name: { operation: 'dal13' } } } });
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const account = new AccountManager(client);
    await expect(account.getUpcomingEvents('SOON' as 'PLANNED')).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    await expect(account.getUpcomingEvents('PLANNED', { dateMin: ' ' })).rejects.toBeInstanceOf(ManagerError);
    await expect(account.getInvoices({ limit: 0 })).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(account.getBillingItems(-1)).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(account.getBillingItem(1.5)).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await expect(account.cancelItem(1, { reason: '' })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    await expect(account.getAccountBillingItems({ mask: '' })).rejects.toMatchObject({
      code: 'SL_INVALID_ARGUMENT',
    });
    expect(calls).toEqual([]);
  });
});

describe('AccountManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('summarises the account with its counts', async () => {
    const { state } = setup.emulator;
    const summary = await new AccountManager(setup.client).getSummary();
    expect(summary).toMatchObject({
      virtualGuestCount: state.guests.all().length,
      hardwareCount: state.hardware.all().length,
      domainCount: state.domains.all().length,
      userCount: state.users.all().length,
      networkStorageCount: state.storageVolumes.all().length,
    });
    expect(summary.virtualGuestCount).toBe(30);
    expect(summary.pendingInvoice?.invoiceTotalAmount).toBeDefined();
  });

  it('lists invoices newest first (open ones, all of them, page by page) and the items of one', async () => {
    const account = new AccountManager(setup.client);
    const total = setup.emulator.state.invoices.all().length;
    const open = await account.getInvoices();
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((invoice) => invoice.statusCode === 'OPEN')).toBe(true);
    const all = await account.getInvoices({ closed: true, all: true, limit: 5 });
    expect(all).toHaveLength(total);
    const dates = all.map((invoice) => invoice.createDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.every((invoice) => invoice.invoiceTotalAmount !== undefined)).toBe(true);
    const firstFive = await account.getInvoices({ closed: true, limit: 5 });
    expect(firstFive.map((invoice) => invoice.id)).toEqual(all.slice(0, 5).map((invoice) => invoice.id));
    const items = await account.getBillingItems(all[0]!.id!);
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toMatchObject({ category: { name: expect.any(String) } });
  });

  it('reads the orders and the routers of a datacenter', async () => {
    const account = new AccountManager(setup.client);
    const orders = await account.getAccountAllBillingOrders();
    expect(orders).toHaveLength(setup.emulator.state.orders.all().length);
    const routers = await account.getRouters({ location: 'dal13' });
    expect(routers.length).toBeGreaterThan(0);
    expect(routers.every((router) => router.topLevelLocation?.name === 'dal13')).toBe(true);
    // Planned maintenance not over yet (ending after two days ago), newest start first.
    const planned = await account.getUpcomingEvents('PLANNED');
    expect(planned.length).toBeGreaterThan(0);
    const twoDaysAgo = Date.now() - 2 * 86_400_000;
    expect(planned.every((event) => Date.parse(event.endDate!) > twoDaysAgo)).toBe(true);
    const starts = planned.map((event) => Date.parse(event.startDate!));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('lists active billing items, and a cancelled one leaves the list', async () => {
    const account = new AccountManager(setup.client);
    const { state } = setup.emulator;
    const before = await account.getAccountBillingItems();
    expect(before).toHaveLength(
      state.guests.all().length + state.hardware.all().length + state.storageVolumes.all().length,
    );
    const guestItem = before.find((item) => item.categoryCode === 'guest_core')!;
    expect(await account.getItemDetail(guestItem.id!)).toMatchObject({ id: guestItem.id });
    expect(await account.cancelItem(guestItem.id!)).toBe(true);
    const after = await account.getAccountBillingItems();
    expect(after.map((item) => item.id)).not.toContain(guestItem.id);
    expect(after).toHaveLength(before.length - 1);
    const cancelled = await account.getBillingItem(guestItem.id!, { mask: 'id,cancellationDate' });
    expect(cancelled.cancellationDate).toBeDefined();
  });

  it('a billing item that does not exist is the API fault', async () => {
    const account = new AccountManager(setup.client);
    await expect(account.getBillingItem(1)).rejects.toSatisfy((error) =>
      ObjectNotFoundError.isInstance(error),
    );
  });
});
