import type { EventRecord } from '../data/records';
import type { ViewContext } from '../models/type-model';
import { rows, type ServiceDefinition, value } from './service-definition';

/** An event as `SoftLayer_Event_Log` shows it; dates carry microseconds, as the API's do. */
function eventView(event: EventRecord, context: ViewContext): Record<string, unknown> {
  const central = new Date(event.createdAt - 6 * 3600_000).toISOString();
  const user = context.state.users.get(event.userId);
  return {
    accountId: context.state.accountId,
    eventCreateDate: `${central.slice(0, 19)}.${central.slice(20, 23)}000-06:00`,
    eventName: event.eventName,
    ipAddress: '127.0.0.1',
    label: event.label,
    metaData: JSON.stringify({
      objectId: event.objectId,
      ...(event.requestId === undefined ? {} : { requestId: event.requestId }),
    }),
    objectId: event.objectId,
    objectName: event.objectName,
    traceId: event.traceId,
    userId: event.userId,
    userType: 'CUSTOMER',
    username: user?.username ?? '',
  };
}

export const eventLogService: ServiceDefinition = {
  name: 'SoftLayer_Event_Log',
  type: 'SoftLayer_Event_Log',
  methods: {
    /** Newest first, as the API lists them. */
    getAllObjects: (input) =>
      rows(
        'SoftLayer_Event_Log',
        [...input.context.state.events.all()].reverse().map((event) => eventView(event, input.context)),
      ),
    getAllEventNames: (input) =>
      value([...new Set(input.context.state.events.all().map((event) => event.eventName))]),
    getAllEventObjectNames: (input) =>
      value([...new Set(input.context.state.events.all().map((event) => event.objectName))]),
    getAllUserTypes: () => value(['CUSTOMER', 'EMPLOYEE', 'SYSTEM']),
  },
};
