import type { ListResult, SoftLayerClient } from '@sl/client';
import { type ObjectFilter, queryFilterOrderBy } from '@sl/filter';
import { ObjectNotFoundError } from '@sl/transport';
import type {
  SoftLayer_Account,
  SoftLayer_Billing_Invoice,
  SoftLayer_Billing_Invoice_Item,
  SoftLayer_Billing_Item,
  SoftLayer_Billing_Order,
  SoftLayer_Hardware,
  SoftLayer_Notification_Occurrence_Event,
} from '@sl/types';
import { type CallControl, combineFilters, type ListOptions, signalOption } from './list-options';
import { ManagerError } from './manager-error';

/** The kinds of notification event `getUpcomingEvents` reads (`notificationOccurrenceEventType.keyName`). */
export type UpcomingEventType = 'PLANNED' | 'UNPLANNED_INCIDENT' | 'ANNOUNCEMENT';

/** What `AccountManager.getUpcomingEvents` takes besides the event type. */
export interface GetUpcomingEventsOptions extends ListOptions {
  /**
   * Only events after this date (text the API reads, e.g. `2026-11-20T00:00:00-06:00`): the end date of planned
   * events, the modify date of incidents. Default: the last two days (`> sysdate - 2`). Ignored for announcements.
   */
  dateMin?: string;
}

/** What `AccountManager.getInvoices` takes. */
export interface GetInvoicesOptions extends ListOptions {
  /** How many invoices (newest first); with `all`, the page size. Default 50. */
  limit?: number;
  /** Closed invoices too (default: only open ones). */
  closed?: boolean;
  /** Every invoice, page by page (default: only the first `limit`). */
  all?: boolean;
}

/** What `AccountManager.cancelItem` takes besides the billing item. */
export interface CancelItemOptions extends CallControl {
  /** The cancellation reason (default `No longer needed`). */
  reason?: string;
  /** The customer note (default: `Cancelled by <username> with @sl/managers`, the current user's name). */
  note?: string;
}

/** A mask replacing a method's default one, and a signal. */
export interface MaskOption extends CallControl {
  mask?: string;
}

const SUMMARY_MASK = `mask[nextInvoiceTotalAmount, pendingInvoice[invoiceTotalAmount], blockDeviceTemplateGroupCount,
  dedicatedHostCount, domainCount, hardwareCount, networkStorageCount, openTicketCount, networkVlanCount, subnetCount,
  userCount, virtualGuestCount]`;

const EVENT_MASK = `mask[id, subject, startDate, endDate, modifyDate, statusCode, acknowledgedFlag,
  impactedResourceCount, updateCount, systemTicketId, notificationOccurrenceEventType[keyName]]`;

const EVENT_TYPES: readonly UpcomingEventType[] = ['PLANNED', 'UNPLANNED_INCIDENT', 'ANNOUNCEMENT'];

const INVOICE_MASK = 'mask[invoiceTotalAmount, itemCount]';

const INVOICE_ITEM_MASK = `mask[id, description, hostName, domainName, oneTimeAfterTaxAmount, recurringAfterTaxAmount,
  createDate, categoryCode, category[name], location[name],
  children[id, category[name], description, oneTimeAfterTaxAmount, recurringAfterTaxAmount]]`;

const ACCOUNT_BILLING_ITEM_MASK = `mask[orderItem[id,order[id,userRecord[id,email,displayName,userStatus]]],
  nextInvoiceTotalRecurringAmount, location, hourlyFlag]`;

const BILLING_ITEM_MASK = `mask[orderItem[id,order[id,userRecord[id,email,displayName,userStatus]]],
  nextInvoiceTotalRecurringAmount, location, hourlyFlag, children]`;

const BILLING_ORDER_MASK = `orderTotalAmount, userRecord, initialInvoice[id,amount,invoiceTotalAmount],
  items[description]`;

function invalid(message: string): ManagerError {
  return new ManagerError('SL_INVALID_ARGUMENT', message);
}

function checkId(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw invalid(`${what} must be an id (a positive whole number), got ${String(value)}`);
  }
  return value;
}

function checkText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`${what} must be non-empty text`);
  return value;
}

function maskOption(mask: string | undefined, fallback: string): string {
  if (mask !== undefined && (typeof mask !== 'string' || mask.trim() === '')) {
    throw invalid('a mask must be non-empty text');
  }
  return mask ?? fallback;
}

function filterOption(filter: ObjectFilter | undefined): { filter?: ObjectFilter } {
  return filter === undefined ? {} : { filter };
}

/** `{ operation: 'greaterThanDate', options: [date] }`, as the reference writes a "since" condition. */
function greaterThanDate(date: string): ObjectFilter[string] {
  return { operation: 'greaterThanDate', options: [{ name: 'date', value: [date] }] };
}

/**
 * The account itself (`SoftLayer_Account`), its invoices, billing items and maintenance events, as the reference
 * client's `AccountManager`: the same API calls, typed results.
 */
export class AccountManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** The account with its counts (guests, hardware, domains, users, VLANs, subnets, …) and invoice totals. */
  async getSummary(options: CallControl = {}): Promise<SoftLayer_Account> {
    return this.#client.call('Account', 'getObject', {
      mask: SUMMARY_MASK,
      ...signalOption(options.signal),
    });
  }

  /**
   * Notification events of one type that are not over: planned maintenance (newest start first), unplanned
   * incidents, or published announcements. Every page is read.
   */
  async getUpcomingEvents(
    eventType: UpcomingEventType,
    options: GetUpcomingEventsOptions = {},
  ): Promise<ListResult<SoftLayer_Notification_Occurrence_Event>> {
    if (!EVENT_TYPES.includes(eventType)) {
      throw invalid(
        `getUpcomingEvents: the event type must be one of ${EVENT_TYPES.join(', ')}, got ${String(eventType)}`,
      );
    }
    if (options.dateMin !== undefined) checkText(options.dateMin, 'getUpcomingEvents: dateMin');
    const own: Record<string, ObjectFilter[string]> = {
      notificationOccurrenceEventType: { keyName: { operation: eventType } },
    };
    const since =
      options.dateMin === undefined ? { operation: '> sysdate - 2' } : greaterThanDate(options.dateMin);
    if (eventType === 'PLANNED') {
      own.endDate = since;
      own.startDate = queryFilterOrderBy('DESC');
    } else if (eventType === 'UNPLANNED_INCIDENT') {
      own.modifyDate = since;
    } else {
      own.statusCode = { keyName: { operation: 'in', options: [{ name: 'data', value: ['PUBLISHED'] }] } };
    }
    return this.#client.call('Notification_Occurrence_Event', 'getAllObjects', {
      mask: maskOption(options.mask, EVENT_MASK),
      ...filterOption(combineFilters(own, options.filter)),
      iter: true,
      limit: 100,
      ...signalOption(options.signal),
    });
  }

  /** The account's invoices, newest first: open ones unless `closed`, the first `limit` (50) unless `all`. */
  async getInvoices(options: GetInvoicesOptions = {}): Promise<ListResult<SoftLayer_Billing_Invoice>> {
    const limit = options.limit ?? 50;
    checkId(limit, 'getInvoices: limit');
    const invoices: Record<string, ObjectFilter[string]> = { createDate: queryFilterOrderBy('DESC') };
    if (!options.closed) invoices.statusCode = { operation: 'OPEN' };
    return this.#client.call('Account', 'getInvoices', {
      mask: maskOption(options.mask, INVOICE_MASK),
      ...filterOption(combineFilters({ invoices }, options.filter)),
      limit,
      ...(options.all ? { iter: true } : {}),
      ...signalOption(options.signal),
    });
  }

  /** The top-level items of one invoice (what it charged for, with their children). Every page is read. */
  async getBillingItems(
    invoiceId: number,
    options: ListOptions = {},
  ): Promise<ListResult<SoftLayer_Billing_Invoice_Item>> {
    const id = checkId(invoiceId, 'getBillingItems: the invoice id');
    return this.#client.call('Billing_Invoice', 'getInvoiceTopLevelItems', {
      id,
      mask: maskOption(options.mask, INVOICE_ITEM_MASK),
      ...filterOption(combineFilters({}, options.filter)),
      iter: true,
      limit: 100,
      ...signalOption(options.signal),
    });
  }

  /** The account's active top-level billing items (not cancelled), oldest first. Every page is read. */
  async getAccountBillingItems(options: ListOptions = {}): Promise<ListResult<SoftLayer_Billing_Item>> {
    const own: ObjectFilter = {
      allTopLevelBillingItems: {
        cancellationDate: { operation: 'is null' },
        createDate: queryFilterOrderBy('ASC'),
      },
    };
    return this.#client.call('Account', 'getAllTopLevelBillingItems', {
      mask: maskOption(options.mask, ACCOUNT_BILLING_ITEM_MASK),
      ...filterOption(combineFilters(own, options.filter)),
      iter: true,
      limit: 100,
      ...signalOption(options.signal),
    });
  }

  /** One billing item, with its order, location and children. */
  async getBillingItem(billingItemId: number, options: MaskOption = {}): Promise<SoftLayer_Billing_Item> {
    const id = checkId(billingItemId, 'getBillingItem: the billing item id');
    return this.#client.call('Billing_Item', 'getObject', {
      id,
      mask: maskOption(options.mask, BILLING_ITEM_MASK),
      ...signalOption(options.signal),
    });
  }

  /** The billing item an invoice item charged for. */
  async getBillingItemFromInvoice(
    invoiceItemId: number,
    options: MaskOption = {},
  ): Promise<SoftLayer_Billing_Item> {
    const id = checkId(invoiceItemId, 'getBillingItemFromInvoice: the invoice item id');
    return this.#client.call('Billing_Invoice_Item', 'getBillingItem', {
      id,
      mask: maskOption(options.mask, BILLING_ITEM_MASK),
      ...signalOption(options.signal),
    });
  }

  /**
   * A billing item by its id, or else by the id of an invoice item that charged for it (tried when no billing
   * item has that id).
   */
  async getItemDetail(identifier: number, options: CallControl = {}): Promise<SoftLayer_Billing_Item> {
    checkId(identifier, 'getItemDetail: the id');
    try {
      return await this.getBillingItem(identifier, options);
    } catch (error) {
      // The reference compares the fault code with 404, which only REST gives; the error class works for both.
      if (ObjectNotFoundError.isInstance(error)) return this.getBillingItemFromInvoice(identifier, options);
      throw error;
    }
  }

  /**
   * Cancels a billing item on its anniversary date (not at once), with its associated items; resolves `true`.
   * Without a `note`, the current user is read to write one.
   */
  async cancelItem(billingItemId: number, options: CancelItemOptions = {}): Promise<boolean> {
    const id = checkId(billingItemId, 'cancelItem: the billing item id');
    const reason = options.reason ?? 'No longer needed';
    checkText(reason, 'cancelItem: the reason');
    if (options.note !== undefined) checkText(options.note, 'cancelItem: the note');
    let note = options.note;
    if (note === undefined) {
      const user = await this.#client.call('Account', 'getCurrentUser', {
        mask: 'mask[id,displayName,email,username]',
        ...signalOption(options.signal),
      });
      // The reference writes "with the SLCLI"; we say what sent it.
      note = `Cancelled by ${user.username ?? 'unknown user'} with @sl/managers`;
    }
    return this.#client.call('Billing_Item', 'cancelItem', {
      id,
      args: [false, true, reason, note],
      ...signalOption(options.signal),
    });
  }

  /** The account's orders (the first `limit`, 100 by default), with totals, user and initial invoice. */
  async getAccountAllBillingOrders(
    options: { limit?: number } & MaskOption = {},
  ): Promise<ListResult<SoftLayer_Billing_Order>> {
    const limit = options.limit ?? 100;
    checkId(limit, 'getAccountAllBillingOrders: limit');
    return this.#client.call('Billing_Order', 'getAllObjects', {
      mask: maskOption(options.mask, BILLING_ORDER_MASK),
      limit,
      ...signalOption(options.signal),
    });
  }

  /** The account's routers, optionally only those of one datacenter (`dal13`). */
  async getRouters(
    options: { location?: string } & MaskOption = {},
  ): Promise<ListResult<SoftLayer_Hardware>> {
    const filter =
      options.location === undefined
        ? {}
        : {
            filter: {
              routers: {
                topLevelLocation: {
                  name: { operation: checkText(options.location, 'getRouters: location') },
                },
              },
            },
          };
    return this.#client.call('Account', 'getRouters', {
      mask: maskOption(options.mask, 'topLevelLocation'),
      ...filter,
      ...signalOption(options.signal),
    });
  }
}
