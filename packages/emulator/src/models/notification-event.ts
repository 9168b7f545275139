import { formatApiDate } from '../data/dates';
import { addressAt, subnetsOf } from '../data/network';
import type { NotificationEventRecord } from '../data/records';
import { defineModel, type TypeModel } from './type-model';

const STATUS_NAMES: Record<NotificationEventRecord['statusKeyName'], string> = {
  PUBLISHED: 'Published',
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
};

/** A notification event (maintenance, incident, announcement) with what it touches and its updates. */
export const notificationEventModel: TypeModel<unknown> = defineModel<NotificationEventRecord>({
  type: 'SoftLayer_Notification_Occurrence_Event',
  local(event) {
    return {
      id: event.id,
      subject: event.subject,
      summary: event.summary,
      startDate: formatApiDate(event.startAt),
      endDate: formatApiDate(event.endAt),
      modifyDate: formatApiDate(event.modifiedAt),
      lastImpactedUserCount: 1,
      recoveryTime: 0,
      systemTicketId: event.systemTicketId,
      acknowledgedFlag: event.acknowledged,
    };
  },
  relations: {
    statusCode: {
      type: 'SoftLayer_Notification_Occurrence_Status_Code',
      get: (event) => ({ keyName: event.statusKeyName, name: STATUS_NAMES[event.statusKeyName] }),
    },
    notificationOccurrenceEventType: {
      type: 'SoftLayer_Notification_Occurrence_Event_Type',
      get: (event) => ({ keyName: event.typeKeyName }),
    },
    impactedResources: {
      type: 'SoftLayer_Notification_Occurrence_Resource',
      get: (event, context) => [
        ...event.impactedGuestIds.flatMap((id) => {
          const guest = context.state.guests.get(id);
          if (!guest) return [];
          return [
            {
              resourceType: 'virtualGuest',
              resourceTableId: guest.id,
              hostname: guest.hostname,
              privateIp: addressAt(subnetsOf(guest.datacenterId).private, guest.ipIndex),
              filterLabel: `${guest.hostname}.${guest.domain}`,
            },
          ];
        }),
        ...event.impactedHardwareIds.flatMap((id) => {
          const server = context.state.hardware.get(id);
          if (!server) return [];
          return [
            {
              resourceType: 'hardware',
              resourceTableId: server.id,
              hostname: server.hostname,
              privateIp: addressAt(subnetsOf(server.datacenterId).private, server.ipIndex),
              filterLabel: `${server.hostname}.${server.domain}`,
            },
          ];
        }),
      ],
    },
    updates: {
      type: 'SoftLayer_Notification_Occurrence_Update',
      get: (event) =>
        event.updates.map((update, index) => ({
          id: event.id * 10 + index,
          startDate: formatApiDate(update.at),
          createDate: formatApiDate(update.at),
          contents: update.contents,
        })),
    },
    attachments: { type: 'SoftLayer_Notification_Occurrence_Event_Attachment', get: () => [] },
  },
});
