/** The email notifications a portal user can subscribe to (`SoftLayer_Email_Subscription`), enabled by default. */
export const EMAIL_SUBSCRIPTIONS: ReadonlyArray<{ id: number; name: string; description: string }> = [
  { id: 1, name: 'Order Being Reviewed', description: 'Email about orders that are being reviewed' },
  { id: 2, name: 'Order Approved', description: 'Email about orders that are approved' },
  { id: 3, name: 'Order Rejected', description: 'Email about orders that are rejected' },
  { id: 4, name: 'Reload Complete', description: 'Email when an OS reload completes' },
  { id: 5, name: 'Provisioning Complete', description: 'Email when a device is ready' },
  { id: 6, name: 'Planned Maintenance', description: 'Email about planned maintenance on your devices' },
  { id: 7, name: 'Unplanned Incident', description: 'Email about incidents affecting your devices' },
  { id: 8, name: 'High Impact', description: 'Email about events with high impact on your devices' },
  { id: 9, name: 'Ticket Updated', description: 'Email when a ticket you opened is updated' },
  { id: 10, name: 'Invoice Available', description: 'Email when a new invoice is available' },
  { id: 111, name: 'Test notification', description: 'A notification for trying subscriptions out' },
];
