import type { SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_User_Customer_Notification_Hardware,
  SoftLayer_User_Customer_Notification_Virtual_Guest,
} from '@sl/types';
import { checkPositive } from './check-input';
import { signalOption } from './list-options';

/*
 * Who is told about a server's monitoring alerts: `SoftLayer_User_Customer_Notification_Virtual_Guest` for virtual
 * servers, `…_Hardware` for hardware servers. The two services differ only in names, kept here in one place.
 */

/** A notification of either kind. */
export type ServerNotification =
  | SoftLayer_User_Customer_Notification_Virtual_Guest
  | SoftLayer_User_Customer_Notification_Hardware;

const KINDS = {
  guest: {
    service: 'User_Customer_Notification_Virtual_Guest',
    find: 'findByGuestId',
    idProperty: 'guestId',
    // The reference asks for the user with the new notification of a guest (not of a server).
    createMask: 'user',
  },
  hardware: {
    service: 'User_Customer_Notification_Hardware',
    find: 'findByHardwareId',
    idProperty: 'hardwareId',
    createMask: undefined,
  },
} as const;

export type NotificationKind = keyof typeof KINDS;

/** The users notified about a server. */
export function listNotifications(
  client: SoftLayerClient,
  kind: NotificationKind,
  serverId: number,
  signal: AbortSignal | undefined,
): Promise<ServerNotification[]> {
  const { service, find } = KINDS[kind];
  return client.call(service, find, { args: [serverId], ...signalOption(signal) }) as Promise<
    ServerNotification[]
  >;
}

/** Notifies a user about a server; resolves with the new notification. */
export function addNotification(
  client: SoftLayerClient,
  kind: NotificationKind,
  serverId: number,
  userId: number,
  signal: AbortSignal | undefined,
): Promise<ServerNotification> {
  checkPositive(userId, 'the user id', 'addNotification');
  const { service, idProperty, createMask } = KINDS[kind];
  return client.call(service, 'createObject', {
    args: [{ [idProperty]: serverId, userId }],
    ...(createMask === undefined ? {} : { mask: createMask }),
    ...signalOption(signal),
  }) as Promise<ServerNotification>;
}

/** Stops a notification (by its id). */
export function removeNotification(
  client: SoftLayerClient,
  kind: NotificationKind,
  notificationId: number,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  checkPositive(notificationId, 'the notification id', 'removeNotification');
  return client.call(KINDS[kind].service, 'deleteObjects', {
    args: [[{ id: notificationId }]],
    ...signalOption(signal),
  });
}
