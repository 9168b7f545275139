import type { NotificationRecord } from '../data/notification-record';
import { defineModel, type TypeModel } from './type-model';

/** The view of a server monitoring notification: `…_Notification_Virtual_Guest` or `…_Notification_Hardware`. */
function notificationModel(kind: NotificationRecord['kind']): TypeModel<unknown> {
  const guest = kind === 'guest';
  return defineModel<NotificationRecord>({
    type: guest
      ? 'SoftLayer_User_Customer_Notification_Virtual_Guest'
      : 'SoftLayer_User_Customer_Notification_Hardware',
    direct: ['id', 'userId'],
    local: (notification) => ({
      id: notification.id,
      userId: notification.userId,
      [guest ? 'guestId' : 'hardwareId']: notification.serverId,
    }),
    relations: {
      user: {
        type: 'SoftLayer_User_Customer',
        get: (notification, context) => context.state.users.get(notification.userId),
      },
      [guest ? 'guest' : 'hardware']: {
        type: guest ? 'SoftLayer_Virtual_Guest' : 'SoftLayer_Hardware',
        get: (notification, context) =>
          (guest ? context.state.guests : context.state.hardware).get(notification.serverId),
      },
    },
  });
}

export const guestNotificationModel: TypeModel<unknown> = notificationModel('guest');
export const hardwareNotificationModel: TypeModel<unknown> = notificationModel('hardware');
