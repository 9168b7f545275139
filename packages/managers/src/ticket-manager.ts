import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CallArgs, CallMask, ListResult, SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Utility_File_Attachment,
  SoftLayer_Ticket,
  SoftLayer_Ticket_Attachment_File,
  SoftLayer_Ticket_Attachment_Hardware,
  SoftLayer_Ticket_Attachment_Virtual_Guest,
  SoftLayer_Ticket_Subject,
  SoftLayer_Ticket_Update,
} from '@sl/types';
import { checkPositive, checkText, invalid } from './check-input';
import { type CallControl, type ListOptions, listOptions, signalOption, withMask } from './list-options';

/** The reference's mask for `listTickets`. */
const LIST_MASK =
  'mask[id,serviceProviderResourceId,title,assignedUser[firstName,lastName],priority,createDate,lastEditDate,' +
  'accountId,status,updateCount]';

/** The reference's mask for `getTicket`. */
const DETAIL_MASK =
  'mask[id,serviceProviderResourceId,title,assignedUser[firstName,lastName],status,createDate,lastEditDate,' +
  'updates[entry,editor],updateCount,priority]';

/** What `TicketManager.listTickets` takes. */
// The reference's `ticket summary` mask, as it writes it.
const SUMMARY_MASK =
  'openTicketCount, closedTicketCount, openBillingTicketCount, openOtherTicketCount, openSalesTicketCount, ' +
  'openSupportTicketCount, openAccountingTicketCount';

/** Ticket counts of the account (`getSummary`). */
export interface TicketSummary {
  openAccounting: number;
  openBilling: number;
  openSales: number;
  openSupport: number;
  openOther: number;
  open: number;
  closed: number;
}

export interface ListTicketsOptions extends ListOptions {
  /** Include open tickets (default true). */
  open?: boolean;
  /** Include closed tickets (default true). */
  closed?: boolean;
}

/** What `TicketManager.createTicket` takes. */
export interface CreateTicketOptions extends CallControl {
  /** The ticket's title. */
  title: string;
  /** The first entry of the ticket (what the problem is). */
  body: string;
  /** The id of a subject (`listSubjects`). */
  subject: number;
  /** 1 (highest) to 4 (lowest); left to the API when absent. */
  priority?: number;
}

/** What `TicketManager.uploadAttachment` takes. */
export interface UploadAttachmentOptions extends CallControl {
  /** The file's bytes, or the path of a file to read. */
  data: Uint8Array | string;
  /** The name shown in the ticket; defaults to the file name of the path (required with bytes). */
  fileName?: string;
}

/**
 * The support tickets of the account (`SoftLayer_Ticket`), as the reference client's `TicketManager`: the same API
 * calls with typed results. Tickets have no names, so every ticket is given by its id.
 */
export class TicketManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /**
   * The account's tickets: all of them, or only the open or only the closed ones (`{ closed: false }` /
   * `{ open: false }`). Asking for neither is an error.
   *
   * Unlike the reference, which reads one page of 100 and stops, this reads every page (100 a page).
   */
  async listTickets(options: ListTicketsOptions = {}): Promise<ListResult<SoftLayer_Ticket>> {
    const open = options.open ?? true;
    const closed = options.closed ?? true;
    if (!open && !closed) {
      throw invalid('listTickets: open and closed cannot both be false');
    }
    const method = open && closed ? 'getTickets' : open ? 'getOpenTickets' : 'getClosedTickets';
    return this.#client.call('Account', method, listOptions(options, { mask: LIST_MASK, everyPage: true }));
  }

  /** Every subject a ticket can have (their ids go to `createTicket`). */
  async listSubjects(options: CallControl = {}): Promise<ListResult<SoftLayer_Ticket_Subject>> {
    return this.#client.call('Ticket_Subject', 'getAllObjects', signalOption(options.signal));
  }

  /** One ticket, with its status, assigned user and updates (`mask` replaces that default). */
  async getTicket(
    ticketId: number,
    options: { mask?: CallMask } & CallControl = {},
  ): Promise<SoftLayer_Ticket> {
    const id = checkPositive(ticketId, 'the ticket id', 'getTicket');
    return this.#client.call('Ticket', 'getObject', {
      id,
      ...withMask(options.mask, DETAIL_MASK),
      ...signalOption(options.signal),
    });
  }

  /**
   * Opens a standard ticket assigned to the calling user (read first with `Account::getCurrentUser`, as the
   * reference does); resolves with the new ticket.
   */
  async createTicket(options: CreateTicketOptions): Promise<SoftLayer_Ticket> {
    const title = checkText(options?.title, 'the title', 'createTicket');
    const body = checkText(options.body, 'the body', 'createTicket');
    const subjectId = checkPositive(options.subject, 'the subject id', 'createTicket');
    const { priority } = options;
    if (priority !== undefined && !(Number.isInteger(priority) && priority >= 1 && priority <= 4)) {
      throw invalid(`createTicket: the priority must be 1, 2, 3 or 4, got ${JSON.stringify(priority)}`);
    }
    const user = await this.#client.call('Account', 'getCurrentUser', signalOption(options.signal));
    const template: SoftLayer_Ticket = { subjectId, title };
    if (user.id !== undefined) template.assignedUserId = user.id;
    if (priority !== undefined) template.priority = priority;
    // The metadata lists attachmentId, rootPassword, controlPanelPassword and accessPort as required; the API takes
    // them as optional and the reference sends only the template and the contents.
    const args = [template, body] as unknown as CallArgs<'Ticket', 'createStandardTicket'>;
    return this.#client.call('Ticket', 'createStandardTicket', { args, ...signalOption(options.signal) });
  }

  /** Adds an update (a new entry) to a ticket; resolves with the update(s) made. */
  async updateTicket(
    ticketId: number,
    body: string,
    options: CallControl = {},
  ): Promise<ListResult<SoftLayer_Ticket_Update>> {
    const id = checkPositive(ticketId, 'the ticket id', 'updateTicket');
    const entry = checkText(body, 'the body', 'updateTicket');
    return this.#client.call('Ticket', 'addUpdate', {
      id,
      args: [{ entry }],
      ...signalOption(options.signal),
    });
  }

  /**
   * Attaches a file to a ticket: its bytes, or a path to read (then the name defaults to the path's file name).
   * The bytes travel as base64 (`<base64>` in XML-RPC, a base64 string in REST), as the API's `base64Binary` wants.
   */
  async uploadAttachment(
    ticketId: number,
    options: UploadAttachmentOptions,
  ): Promise<SoftLayer_Ticket_Attachment_File> {
    const id = checkPositive(ticketId, 'the ticket id', 'uploadAttachment');
    const data: unknown = options?.data;
    let bytes: Uint8Array;
    let fileName = options.fileName;
    if (fileName !== undefined) checkText(fileName, 'the file name', 'uploadAttachment');
    if (data instanceof Uint8Array) {
      if (fileName === undefined) {
        throw invalid('uploadAttachment: give a fileName with bytes');
      }
      bytes = data;
    } else if (typeof data === 'string' && data !== '') {
      fileName ??= basename(data);
      try {
        bytes = await readFile(data, signalOption(options.signal));
      } catch (error) {
        throw invalid(`uploadAttachment: cannot read ${data}`, { cause: error });
      }
    } else {
      throw invalid('uploadAttachment: data must be bytes or a file path');
    }
    // `data` is `base64Binary` in the API, typed as text by the generated types: the transports send bytes as base64.
    const file = {
      filename: fileName,
      data: bytes,
    } as unknown as SoftLayer_Container_Utility_File_Attachment;
    return this.#client.call('Ticket', 'addAttachedFile', {
      id,
      args: [file],
      ...signalOption(options.signal),
    });
  }

  /** Attaches a hardware server to a ticket. */
  async attachHardware(
    ticketId: number,
    hardwareId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Ticket_Attachment_Hardware> {
    const id = checkPositive(ticketId, 'the ticket id', 'attachHardware');
    const attached = checkPositive(hardwareId, 'the hardware id', 'attachHardware');
    return this.#client.call('Ticket', 'addAttachedHardware', {
      id,
      args: [attached],
      ...signalOption(options.signal),
    });
  }

  /** Attaches a virtual server to a ticket. */
  async attachVirtualServer(
    ticketId: number,
    virtualId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Ticket_Attachment_Virtual_Guest> {
    const id = checkPositive(ticketId, 'the ticket id', 'attachVirtualServer');
    const attached = checkPositive(virtualId, 'the virtual server id', 'attachVirtualServer');
    return this.#client.call('Ticket', 'addAttachedVirtualGuest', {
      id,
      args: [attached],
      ...signalOption(options.signal),
    });
  }

  /** Detaches a hardware server from a ticket; resolves `true` when done. */
  async detachHardware(ticketId: number, hardwareId: number, options: CallControl = {}): Promise<boolean> {
    const id = checkPositive(ticketId, 'the ticket id', 'detachHardware');
    const attached = checkPositive(hardwareId, 'the hardware id', 'detachHardware');
    return this.#client.call('Ticket', 'removeAttachedHardware', {
      id,
      args: [attached],
      ...signalOption(options.signal),
    });
  }

  /** Detaches a virtual server from a ticket; resolves `true` when done. */
  async detachVirtualServer(
    ticketId: number,
    virtualId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    const id = checkPositive(ticketId, 'the ticket id', 'detachVirtualServer');
    const attached = checkPositive(virtualId, 'the virtual server id', 'detachVirtualServer');
    return this.#client.call('Ticket', 'removeAttachedVirtualGuest', {
      id,
      args: [attached],
      ...signalOption(options.signal),
    });
  }

  /**
   * The account's ticket counts (what `slcli ticket summary` shows): open tickets by kind, the open total and the
   * closed total, from one `Account::getObject`.
   */
  async getSummary(options: CallControl = {}): Promise<TicketSummary> {
    const account = await this.#client.call('Account', 'getObject', {
      mask: SUMMARY_MASK,
      ...signalOption(options.signal),
    });
    const count = (value: unknown): number => (typeof value === 'number' ? value : 0);
    return {
      openAccounting: count(account.openAccountingTicketCount),
      openBilling: count(account.openBillingTicketCount),
      openSales: count(account.openSalesTicketCount),
      openSupport: count(account.openSupportTicketCount),
      openOther: count(account.openOtherTicketCount),
      open: count(account.openTicketCount),
      closed: count(account.closedTicketCount),
    };
  }
}
