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
  SoftLayer_Network_Bandwidth_Version1_Allotment,
  SoftLayer_Network_Message_Delivery,
  SoftLayer_Network_Storage,
  SoftLayer_Notification_Occurrence_Event,
  SoftLayer_Software_AccountLicense,
  SoftLayer_Software_VirtualLicense,
} from '@sl/types';
import { checkMask, checkPositive, checkText, invalid } from './check-input';
import { type CallControl, type ListOptions, listOptions, signalOption, withMask } from './list-options';

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

const EVENT_DETAIL_MASK = `mask[acknowledgedFlag, attachments, impactedResources, statusCode, updates,
  notificationOccurrenceEventType]`;

const VIRTUAL_LICENSE_MASK = `billingItem[categoryCode,createDate,description], key,id,ipAddress,
  softwareDescription[longDescription,name,manufacturer], subnet`;

const BANDWIDTH_POOLS_MASK = `mask[totalBandwidthAllocated,locationGroup, id, name, projectedPublicBandwidthUsage,
  billingCyclePublicBandwidthUsage[amountOut,amountIn]]`;

const BANDWIDTH_DETAIL_MASK = `activeDetails[allocation],projectedPublicBandwidthUsage, billingCyclePublicBandwidthUsage,
  hardware[outboundBandwidthUsage,bandwidthAllotmentDetail[allocation]],inboundPublicBandwidthUsage,
  virtualGuests[outboundPublicBandwidthUsage,bandwidthAllotmentDetail[allocation]],
  bareMetalInstances[outboundBandwidthUsage,bandwidthAllotmentDetail[allocation]]`;

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

  /**
   * `filter` with the conditions of an event type added (a new object; `filter` is left as it was): planned
   * events ending after `dateMin` (default: the last two days), newest start first; incidents modified after it;
   * published announcements.
   */
  static addEventFilter(filter: ObjectFilter, eventType: UpcomingEventType, dateMin?: string): ObjectFilter {
    if (!EVENT_TYPES.includes(eventType)) {
      throw invalid(
        `addEventFilter: the event type must be one of ${EVENT_TYPES.join(', ')}, got ${String(eventType)}`,
      );
    }
    if (dateMin !== undefined) checkText(dateMin, 'addEventFilter: dateMin');
    const out: Record<string, ObjectFilter[string]> = { ...filter };
    const since = dateMin === undefined ? { operation: '> sysdate - 2' } : greaterThanDate(dateMin);
    if (eventType === 'PLANNED') {
      out.endDate = since;
      out.startDate = queryFilterOrderBy('DESC');
    } else if (eventType === 'UNPLANNED_INCIDENT') {
      out.modifyDate = since;
    } else {
      out.statusCode = { keyName: { operation: 'in', options: [{ name: 'data', value: ['PUBLISHED'] }] } };
    }
    return out;
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
    const own = AccountManager.addEventFilter(
      { notificationOccurrenceEventType: { keyName: { operation: eventType } } },
      eventType,
      options.dateMin,
    );
    checkMask(options.mask);
    return this.#client.call(
      'Notification_Occurrence_Event',
      'getAllObjects',
      listOptions(options, { mask: EVENT_MASK, own, everyPage: true }),
    );
  }

  /** The account's invoices, newest first: open ones unless `closed`, the first `limit` (50) unless `all`. */
  async getInvoices(options: GetInvoicesOptions = {}): Promise<ListResult<SoftLayer_Billing_Invoice>> {
    const limit = options.limit ?? 50;
    checkPositive(limit, 'getInvoices: limit');
    const invoices: Record<string, ObjectFilter[string]> = { createDate: queryFilterOrderBy('DESC') };
    if (!options.closed) invoices.statusCode = { operation: 'OPEN' };
    checkMask(options.mask);
    return this.#client.call('Account', 'getInvoices', {
      ...listOptions(options, { mask: INVOICE_MASK, own: { invoices } }),
      limit,
      ...(options.all ? { iter: true } : {}),
    });
  }

  /** The top-level items of one invoice (what it charged for, with their children). Every page is read. */
  async getBillingItems(
    invoiceId: number,
    options: ListOptions = {},
  ): Promise<ListResult<SoftLayer_Billing_Invoice_Item>> {
    const id = checkPositive(invoiceId, 'getBillingItems: the invoice id');
    checkMask(options.mask);
    return this.#client.call('Billing_Invoice', 'getInvoiceTopLevelItems', {
      id,
      ...listOptions(options, { mask: INVOICE_ITEM_MASK, everyPage: true }),
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
    checkMask(options.mask);
    return this.#client.call(
      'Account',
      'getAllTopLevelBillingItems',
      listOptions(options, { mask: ACCOUNT_BILLING_ITEM_MASK, own, everyPage: true }),
    );
  }

  /** One billing item, with its order, location and children. */
  async getBillingItem(billingItemId: number, options: MaskOption = {}): Promise<SoftLayer_Billing_Item> {
    const id = checkPositive(billingItemId, 'getBillingItem: the billing item id');
    checkMask(options.mask);
    return this.#client.call('Billing_Item', 'getObject', {
      id,
      ...withMask(options.mask, BILLING_ITEM_MASK),
      ...signalOption(options.signal),
    });
  }

  /** The billing item an invoice item charged for. */
  async getBillingItemFromInvoice(
    invoiceItemId: number,
    options: MaskOption = {},
  ): Promise<SoftLayer_Billing_Item> {
    const id = checkPositive(invoiceItemId, 'getBillingItemFromInvoice: the invoice item id');
    checkMask(options.mask);
    return this.#client.call('Billing_Invoice_Item', 'getBillingItem', {
      id,
      ...withMask(options.mask, BILLING_ITEM_MASK),
      ...signalOption(options.signal),
    });
  }

  /**
   * A billing item by its id, or else by the id of an invoice item that charged for it (tried when no billing
   * item has that id).
   */
  async getItemDetail(identifier: number, options: CallControl = {}): Promise<SoftLayer_Billing_Item> {
    checkPositive(identifier, 'getItemDetail: the id');
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
    const id = checkPositive(billingItemId, 'cancelItem: the billing item id');
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
    checkPositive(limit, 'getAccountAllBillingOrders: limit');
    checkMask(options.mask);
    return this.#client.call('Billing_Order', 'getAllObjects', {
      ...withMask(options.mask, BILLING_ORDER_MASK),
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
    checkMask(options.mask);
    return this.#client.call('Account', 'getRouters', {
      ...withMask(options.mask, 'topLevelLocation'),
      ...filter,
      ...signalOption(options.signal),
    });
  }

  /** One notification event with its status, type, impacted resources, updates and attachments. */
  async getEvent(
    eventId: number,
    options: MaskOption = {},
  ): Promise<SoftLayer_Notification_Occurrence_Event> {
    const id = checkPositive(eventId, 'getEvent: the event id');
    checkMask(options.mask);
    return this.#client.call('Notification_Occurrence_Event', 'getObject', {
      id,
      ...withMask(options.mask, EVENT_DETAIL_MASK),
      ...signalOption(options.signal),
    });
  }

  /** Acknowledges a notification event (it stops showing as new in the portal); resolves `true`. */
  async ackEvent(eventId: number, options: CallControl = {}): Promise<boolean> {
    const id = checkPositive(eventId, 'ackEvent: the event id');
    return this.#client.call('Notification_Occurrence_Event', 'acknowledgeNotification', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** The account's network message delivery (email) accounts, with vendor and type. */
  async getNetworkMessageDeliveryAccounts(
    options: MaskOption = {},
  ): Promise<ListResult<SoftLayer_Network_Message_Delivery>> {
    checkMask(options.mask);
    return this.#client.call('Account', 'getNetworkMessageDeliveryAccounts', {
      ...withMask(options.mask, 'vendor,type'),
      ...signalOption(options.signal),
    });
  }

  /** The active control panel licenses (cPanel, Plesk, …), with their address, subnet and software. */
  async getActiveVirtualLicenses(
    options: MaskOption = {},
  ): Promise<ListResult<SoftLayer_Software_VirtualLicense>> {
    checkMask(options.mask);
    return this.#client.call('Account', 'getActiveVirtualLicenses', {
      ...withMask(options.mask, VIRTUAL_LICENSE_MASK),
      ...signalOption(options.signal),
    });
  }

  /** The active account licenses (VMware and others), with their billing item and software. */
  async getActiveAccountLicenses(
    options: MaskOption = {},
  ): Promise<ListResult<SoftLayer_Software_AccountLicense>> {
    checkMask(options.mask);
    return this.#client.call('Account', 'getActiveAccountLicenses', {
      ...withMask(options.mask, 'billingItem,softwareDescription'),
      ...signalOption(options.signal),
    });
  }

  /**
   * The account's NAS (file) storages (`getNasNetworkStorage`), by default with their event count and their
   * service resource's datacenter name (the mask of the reference's `nas list`).
   */
  async getNasNetworkStorage(options: MaskOption = {}): Promise<ListResult<SoftLayer_Network_Storage>> {
    checkMask(options.mask);
    return this.#client.call('Account', 'getNasNetworkStorage', {
      ...withMask(options.mask, 'eventCount,serviceResource[datacenter.name]'),
      ...signalOption(options.signal),
    });
  }

  /** The bandwidth pools (allotments) with their region, allocation and this cycle's usage. Every page is read. */
  async getBandwidthPools(
    options: MaskOption = {},
  ): Promise<ListResult<SoftLayer_Network_Bandwidth_Version1_Allotment>> {
    checkMask(options.mask);
    return this.#client.call('Account', 'getBandwidthAllotments', {
      ...listOptions(options, { mask: BANDWIDTH_POOLS_MASK, everyPage: true }),
    });
  }

  /** How many servers (hardware, bare metal instances and virtual guests) share a bandwidth pool. */
  async getBandwidthPoolCounts(poolId: number, options: CallControl = {}): Promise<number> {
    const id = checkPositive(poolId, 'getBandwidthPoolCounts: the pool id');
    const counts = await this.#client.call('Network_Bandwidth_Version1_Allotment', 'getObject', {
      id,
      mask: 'mask[id, bareMetalInstanceCount, hardwareCount, virtualGuestCount]',
      ...signalOption(options.signal),
    });
    return (
      Number(counts.bareMetalInstanceCount ?? 0) +
      Number(counts.hardwareCount ?? 0) +
      Number(counts.virtualGuestCount ?? 0)
    );
  }

  /** A bandwidth pool with its allocation, usage and every member server's allotment and usage. */
  async getBandwidthDetail(
    poolId: number,
    options: MaskOption = {},
  ): Promise<SoftLayer_Network_Bandwidth_Version1_Allotment> {
    const id = checkPositive(poolId, 'getBandwidthDetail: the pool id');
    checkMask(options.mask);
    return this.#client.call('Network_Bandwidth_Version1_Allotment', 'getObject', {
      id,
      ...withMask(options.mask, BANDWIDTH_DETAIL_MASK),
      ...signalOption(options.signal),
    });
  }
}
