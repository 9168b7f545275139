import type { ListResult, SoftLayerClient } from '@sl/client';
import {
  eventLogFilterBetweenDate,
  eventLogFilterGreaterThanDate,
  eventLogFilterLessThanDate,
  type FilterCondition,
  type ObjectFilter,
} from '@sl/filter';
import type { SoftLayer_Event_Log } from '@sl/types';
import { checkPositive, checkText } from './check-input';
import { type CallControl, filterOption, signalOption } from './list-options';

/** What `EventLogManager.buildFilter` takes (all optional; dates as `MM/DD/YYYY`). */
export interface EventLogCriteria {
  /** Only events from this day on (`MM/DD/YYYY`). */
  dateMin?: string;
  /** Only events until this day (`MM/DD/YYYY`). */
  dateMax?: string;
  /** The `±HHMM` offset the dates are in (default `+0000`). */
  utcOffset?: string;
  /** Only events of this name (`Create`, `Edit`, `Delete`, …). */
  eventName?: string;
  /** Only events about the object with this id. */
  objectId?: number;
  /** Only events about objects of this kind (`Virtual Guest`, `Security Group`, …). */
  objectType?: string;
}

/** What `getEventLogs` and `iterEventLogs` take. */
export interface EventLogOptions extends CallControl {
  /** A filter, e.g. from `EventLogManager.buildFilter` (default: every event). */
  filter?: ObjectFilter;
  /** Events per request (the reference's `log_limit`, default 20). */
  pageSize?: number;
}

/**
 * The account's event log (`SoftLayer_Event_Log`: every change made through the API, newest first), as the reference
 * client's `EventLogManager`. Events have no id to sort by, so pages follow the API's own order (as the reference's).
 */
export class EventLogManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /**
   * The filter the reference's `build_filter` makes: the date bounds as `betweenDate`, `greaterThanDate` or
   * `lessThanDate` on `eventCreateDate`, and equality on `eventName`, `objectId` and `objectName`. Empty criteria
   * give an empty filter.
   */
  static buildFilter(criteria: EventLogCriteria = {}): ObjectFilter {
    const filter: Record<string, FilterCondition> = {};
    const { dateMin, dateMax, utcOffset } = criteria;
    if (dateMin !== undefined) checkText(dateMin, 'dateMin', 'buildFilter');
    if (dateMax !== undefined) checkText(dateMax, 'dateMax', 'buildFilter');
    if (dateMin !== undefined && dateMax !== undefined) {
      filter.eventCreateDate = eventLogFilterBetweenDate(dateMin, dateMax, utcOffset);
    } else if (dateMin !== undefined) {
      filter.eventCreateDate = eventLogFilterGreaterThanDate(dateMin, utcOffset);
    } else if (dateMax !== undefined) {
      filter.eventCreateDate = eventLogFilterLessThanDate(dateMax, utcOffset);
    }
    if (criteria.eventName !== undefined) {
      filter.eventName = { operation: checkText(criteria.eventName, 'eventName', 'buildFilter') };
    }
    if (criteria.objectId !== undefined) {
      filter.objectId = { operation: checkPositive(criteria.objectId, 'objectId', 'buildFilter') };
    }
    if (criteria.objectType !== undefined) {
      filter.objectName = { operation: checkText(criteria.objectType, 'objectType', 'buildFilter') };
    }
    return filter;
  }

  /** One page of events (the newest `pageSize`, default 20): the reference's `get_event_logs(iterator=False)`. */
  async getEventLogs(options: EventLogOptions = {}): Promise<ListResult<SoftLayer_Event_Log>> {
    const limit = checkPositive(options.pageSize ?? 20, 'pageSize', 'getEventLogs');
    return this.#client.call('Event_Log', 'getAllObjects', {
      ...filterOption(options.filter),
      limit,
      ...signalOption(options.signal),
    });
  }

  /**
   * Every matching event, page by page as they are read (the reference's `get_event_logs()`, a generator). There
   * may be many: break out of the loop to stop.
   */
  iterEventLogs(options: EventLogOptions = {}): AsyncGenerator<SoftLayer_Event_Log, void, undefined> {
    const pageSize = checkPositive(options.pageSize ?? 20, 'pageSize', 'iterEventLogs');
    return this.#client.iterCall('Event_Log', 'getAllObjects', {
      ...filterOption(options.filter),
      pageSize,
      stableOrder: false,
      ...signalOption(options.signal),
    });
  }

  /** The kinds of objects the log has events about (`getAllEventObjectNames`). */
  async getEventLogTypes(options: CallControl = {}): Promise<string[]> {
    return this.#client.call('Event_Log', 'getAllEventObjectNames', { ...signalOption(options.signal) });
  }
}
