import { lookup } from './lookup';

/** slcli's notification columns for servers and guests, with its spellings (`Hostmane`). */
export const NOTIFICATION_COLUMNS: readonly string[] = [
  'Id',
  'Domain',
  'Hostmane',
  'Username',
  'Email',
  'FirstName',
  'Lastname',
];

/** The columns of the notifications `notification-add` made: no `Domain` (its `Hostmane` holds the FQDN). */
export const ADDED_NOTIFICATION_COLUMNS: readonly string[] = NOTIFICATION_COLUMNS.filter(
  (column) => column !== 'Domain',
);

interface Notification {
  id?: number;
  user?: { username?: string; email?: string; firstName?: string; lastName?: string };
}

/**
 * A notification's row as slcli prints it: id, the device's FQDN (and its hostname `withHostname`), the user. The
 * device is under `hardware` or `guest`; slcli's virtual commands print the last name first (`namesSwapped`).
 */
export function notificationRow(
  notification: Notification,
  {
    device,
    withHostname,
    namesSwapped = false,
  }: { device: 'hardware' | 'guest'; withHostname: boolean; namesSwapped?: boolean },
): unknown[] {
  const user = notification.user;
  const names = [user?.firstName, user?.lastName];
  return [
    notification.id,
    lookup(notification, device, 'fullyQualifiedDomainName'),
    ...(withHostname ? [lookup(notification, device, 'hostname')] : []),
    user?.username,
    user?.email,
    ...(namesSwapped ? names.reverse() : names),
  ];
}
