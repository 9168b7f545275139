/** A user told about a server's monitoring alerts (`SoftLayer_User_Customer_Notification_Virtual_Guest`/`_Hardware`). */
export interface NotificationRecord {
  id: number;
  kind: 'guest' | 'hardware';
  /** The guest's or hardware server's id. */
  serverId: number;
  userId: number;
  createdAt: number;
}
