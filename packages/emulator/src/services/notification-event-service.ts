import type { NotificationEventRecord } from '../data/records';
import { rows, type ServiceDefinition, value } from './service-definition';

/** Notification events of the account (maintenance, incidents, announcements), and their acknowledgement. */
export const notificationEventService: ServiceDefinition = {
  name: 'SoftLayer_Notification_Occurrence_Event',
  type: 'SoftLayer_Notification_Occurrence_Event',
  find: (id, context) => context.state.notificationEvents.get(id),
  methods: {
    getAllObjects: (input) =>
      rows('SoftLayer_Notification_Occurrence_Event', input.context.state.notificationEvents.all()),
    acknowledgeNotification: (input) => {
      const event = input.row as NotificationEventRecord;
      input.context.state.mutate(() => {
        event.acknowledged = true;
      });
      return value(true);
    },
  },
};
