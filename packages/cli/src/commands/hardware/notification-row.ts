import type { ServerNotification } from '@sl/managers';
import { lookup } from '../lookup';

/** A notification's row as slcli prints it: id, the server's name (fqdn, or also the hostname), the user. */
export function notificationRow(notification: ServerNotification, withHostname: boolean): unknown[] {
  const user = notification.user;
  return [
    notification.id,
    lookup(notification, 'hardware', 'fullyQualifiedDomainName'),
    ...(withHostname ? [lookup(notification, 'hardware', 'hostname')] : []),
    user?.username,
    user?.email,
    user?.firstName,
    user?.lastName,
  ];
}
