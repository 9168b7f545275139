import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError } from '../src/manager-error';
import { TicketManager } from '../src/ticket-manager';
import { expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('TicketManager asks what the reference asks', () => {
  it('listTickets, listSubjects, getTicket', async () => {
    for (const [name, run] of [
      ['ticket.list_tickets(open_status=True, closed_status=True)', (t: TicketManager) => t.listTickets()],
      ['ticket.list_subjects()', (t: TicketManager) => t.listSubjects()],
      ['ticket.get_ticket(100)', (t: TicketManager) => t.getTicket(100)],
    ] as const) {
      const { client, calls } = recordingClient({ 'Ticket::getObject': { id: 100 } });
      await run(new TicketManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('createTicket reads the current user first', async () => {
    const { client, calls } = recordingClient({
      'Account::getCurrentUser': { id: 12345 },
      'Ticket::createStandardTicket': { id: 9 },
    });
    const ticket = await new TicketManager(client).createTicket({
      title: 'Cancel it',
      body: 'please',
      subject: 1004,
    });
    expect(ticket).toEqual({ id: 9 });
    expectSameCalls("ticket.create_ticket(title='Cancel it', body='please', subject=1004)", calls);
  });

  it('updateTicket, attachHardware, attachVirtualServer', async () => {
    for (const [name, run] of [
      ["ticket.update_ticket(100, 'more text')", (t: TicketManager) => t.updateTicket(100, 'more text')],
      ['ticket.attach_hardware(100, 1)', (t: TicketManager) => t.attachHardware(100, 1)],
      ['ticket.attach_virtual_server(100, 1)', (t: TicketManager) => t.attachVirtualServer(100, 1)],
    ] as const) {
      const { client, calls } = recordingClient();
      await run(new TicketManager(client));
      expectSameCalls(name, calls);
    }
  });
});

describe('TicketManager calls without a reference case', () => {
  it('lists only open or only closed tickets through their own methods, all pages', async () => {
    const { client, calls } = recordingClient();
    const tickets = new TicketManager(client);
    await tickets.listTickets({ closed: false });
    await tickets.listTickets({ open: false });
    expect(calls.map((call) => call.method)).toEqual(['getOpenTickets', 'getClosedTickets']);
    expect(calls.map((call) => call.limit)).toEqual([100, 100]);
  });

  it('sends the priority as a number and the detach calls with the ids', async () => {
    const { client, calls } = recordingClient({ 'Account::getCurrentUser': { id: 7 } });
    const tickets = new TicketManager(client);
    await tickets.createTicket({ title: 't', body: 'b', subject: 1001, priority: 2 });
    await tickets.detachHardware(100, 3);
    await tickets.detachVirtualServer(100, 4);
    expect(calls.slice(1).map(({ method, id, args }) => ({ method, id, args }))).toEqual([
      {
        method: 'createStandardTicket',
        id: undefined,
        args: [{ subjectId: 1001, assignedUserId: 7, title: 't', priority: 2 }, 'b'],
      },
      { method: 'removeAttachedHardware', id: 100, args: [3] },
      { method: 'removeAttachedVirtualGuest', id: 100, args: [4] },
    ]);
  });

  it('uploads bytes as bytes (base64 on the wire), from memory or read from a path', async () => {
    const { client, calls } = recordingClient({ 'Ticket::addAttachedFile': { id: 1 } });
    const tickets = new TicketManager(client);
    const directory = await mkdtemp(join(tmpdir(), 'sl-ticket-'));
    try {
      const path = join(directory, 'notes.txt');
      await writeFile(path, 'from a file');
      await tickets.uploadAttachment(100, { data: path });
      await tickets.uploadAttachment(100, { data: path, fileName: 'renamed.txt' });
      await tickets.uploadAttachment(100, { data: new Uint8Array([1, 2, 3]), fileName: 'raw.bin' });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
    const sent = calls.map((call) => ({
      id: call.id,
      file: call.args?.[0] as { filename: string; data: unknown },
    }));
    expect(sent.map(({ id, file }) => [id, file.filename])).toEqual([
      [100, 'notes.txt'],
      [100, 'renamed.txt'],
      [100, 'raw.bin'],
    ]);
    for (const { file } of sent) expect(file.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(sent[0]!.file.data as Uint8Array).toString()).toBe('from a file');
    expect([...(sent[2]!.file.data as Uint8Array)]).toEqual([1, 2, 3]);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const tickets = new TicketManager(client);
    const refused = (promise: Promise<unknown>) =>
      expect(promise).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    await refused(tickets.listTickets({ open: false, closed: false }));
    await refused(tickets.getTicket(0));
    await refused(tickets.getTicket(1.5));
    await refused(tickets.getTicket('12' as unknown as number));
    await refused(tickets.createTicket({ title: '', body: 'b', subject: 1001 }));
    await refused(tickets.createTicket({ title: 't', body: ' ', subject: 1001 }));
    await refused(tickets.createTicket({ title: 't', body: 'b', subject: -1 }));
    await refused(tickets.createTicket({ title: 't', body: 'b', subject: 1001, priority: 5 }));
    await refused(tickets.updateTicket(1, ''));
    await refused(tickets.uploadAttachment(1, { data: new Uint8Array([1]) }));
    await refused(tickets.uploadAttachment(1, { data: '' }));
    await refused(tickets.uploadAttachment(1, { data: '/nonexistent/file.txt' }));
    await refused(tickets.attachHardware(1, Number.NaN));
    await refused(tickets.detachVirtualServer(-3, 1));
    expect(calls).toEqual([]);
    await expect(tickets.getTicket(-1)).rejects.toBeInstanceOf(ManagerError);
  });
});

describe('TicketManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator({ hardware: 2 });
  });
  afterAll(() => setup.close());

  it('creates a ticket, lists it as open, updates it, attaches files and servers, detaches them', async () => {
    const tickets = new TicketManager(setup.client);
    const subjects = await tickets.listSubjects();
    expect(subjects.length).toBeGreaterThan(0);
    const subject = subjects[0]!.id!;

    const created = await tickets.createTicket({
      title: 'managers test ticket',
      body: 'the first entry',
      subject,
      priority: 3,
    });
    const me = await setup.client.call('Account', 'getCurrentUser', { mask: 'id' });
    expect(created).toMatchObject({ title: 'managers test ticket', subjectId: subject, priority: 3 });
    expect(created.assignedUserId).toBe(me.id);
    const id = created.id!;

    const open = await tickets.listTickets({ closed: false });
    expect(open.map((ticket) => ticket.id)).toContain(id);
    expect((await tickets.listTickets()).map((ticket) => ticket.id)).toContain(id);
    expect((await tickets.listTickets({ open: false })).map((ticket) => ticket.id)).not.toContain(id);

    const updates = await tickets.updateTicket(id, 'a second entry');
    expect(updates.map((update) => update.entry)).toEqual(['a second entry']);
    const detail = await tickets.getTicket(id);
    expect(detail.title).toBe('managers test ticket');
    expect(detail.updates?.map((update) => update.entry)).toEqual(['the first entry', 'a second entry']);

    const bytes = new TextEncoder().encode('hello bytes');
    const fromMemory = await tickets.uploadAttachment(id, { data: bytes, fileName: 'hello.txt' });
    expect(fromMemory).toMatchObject({ fileName: 'hello.txt', ticketId: id });
    const directory = await mkdtemp(join(tmpdir(), 'sl-ticket-'));
    try {
      const path = join(directory, 'trace.log');
      await writeFile(path, 'line 1\nline 2\n');
      expect(await tickets.uploadAttachment(id, { data: path })).toMatchObject({ fileName: 'trace.log' });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
    const files = await setup.client.call('Ticket', 'getAttachedFiles', { id });
    expect(files.map((file) => [file.fileName, file.fileSize])).toEqual([
      ['hello.txt', String(bytes.byteLength)],
      ['trace.log', '14'],
    ]);
    const stored = setup.emulator.state.ticketAttachments.filter((file) => file.ticketId === id);
    expect(Buffer.from(stored[0]!.data, 'base64').toString()).toBe('hello bytes');

    const [guest] = await setup.client.call('Account', 'getVirtualGuests', { mask: 'id', limit: 1 });
    const [server] = await setup.client.call('Account', 'getHardware', { mask: 'id', limit: 1 });
    const attachedIds = async () => {
      const ticket = await tickets.getTicket(id, { mask: 'attachedVirtualGuests[id],attachedHardware[id]' });
      return {
        guests: ticket.attachedVirtualGuests?.map((item) => item.id) ?? [],
        hardware: ticket.attachedHardware?.map((item) => item.id) ?? [],
      };
    };
    expect(await tickets.attachVirtualServer(id, guest!.id!)).toMatchObject({ ticketId: id });
    expect(await tickets.attachHardware(id, server!.id!)).toMatchObject({ ticketId: id });
    expect(await attachedIds()).toEqual({ guests: [guest!.id], hardware: [server!.id] });
    expect(await tickets.detachVirtualServer(id, guest!.id!)).toBe(true);
    expect(await attachedIds()).toEqual({ guests: [], hardware: [server!.id] });
    expect(await tickets.detachHardware(id, server!.id!)).toBe(true);
    expect(await attachedIds()).toEqual({ guests: [], hardware: [] });
  });

  it('lets API faults through (an unknown ticket)', async () => {
    const tickets = new TicketManager(setup.client);
    await expect(tickets.getTicket(999_999_999)).rejects.toMatchObject({ code: expect.any(String) });
    await expect(tickets.getTicket(999_999_999)).rejects.not.toBeInstanceOf(ManagerError);
  });
});

describe('TicketManager.getSummary', () => {
  it('reads the ticket counts in one Account::getObject with the reference mask', async () => {
    const { client, calls } = recordingClient({
      'Account::getObject': {
        openTicketCount: 5,
        closedTicketCount: 7,
        openBillingTicketCount: 1,
        openOtherTicketCount: 0,
        openSalesTicketCount: 2,
        openSupportTicketCount: 2,
      },
    });
    const summary = await new TicketManager(client).getSummary();
    expect(summary).toEqual({
      openAccounting: 0,
      openBilling: 1,
      openSales: 2,
      openSupport: 2,
      openOther: 0,
      open: 5,
      closed: 7,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ service: 'SoftLayer_Account', method: 'getObject' });
    expect(String(calls[0]?.mask)).toContain('openAccountingTicketCount');
  });
});
