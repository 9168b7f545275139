import type { TicketManager } from '@sl/managers';
import { KeyValueTable } from '../../output/table';
import { wrapText } from '../wrap-text';

export const PRIORITIES: readonly string[] = [
  'No Priority',
  'Severity 1 - Critical Impact / Service Down',
  'Severity 2 - Significant Business Impact',
  'Severity 3 - Minor Business Impact',
  'Severity 4 - Minimal Business Impact',
];

/** A ticket as slcli shows it: its fields, then its last `updateCount` updates (one line each in json). */
export async function ticketDetails(
  manager: TicketManager,
  ticketId: number,
  options: { json: boolean; updateCount: number },
): Promise<KeyValueTable> {
  const ticket = await manager.getTicket(ticketId);
  const table = new KeyValueTable(['name', 'value']);
  table.addRow(['id', ticket.id]);
  table.addRow(['Case_Number', ticket.serviceProviderResourceId ?? null]);
  table.addRow(['title', ticket.title]);
  table.addRow(['priority', PRIORITIES[ticket.priority ?? 0] ?? null]);
  if (ticket.assignedUser) {
    table.addRow([
      'user',
      `${ticket.assignedUser.firstName ?? 'None'} ${ticket.assignedUser.lastName ?? 'None'}`,
    ]);
  }
  table.addRow(['status', ticket.status?.name]);
  table.addRow(['created', ticket.createDate ?? null]);
  table.addRow(['edited', ticket.lastEditDate ?? null]);
  const updates = ticket.updates ?? [];
  const count = Math.min(updates.length, options.updateCount);
  const first = updates.length - count + 1;
  updates.slice(updates.length - count).forEach((update, index) => {
    let entry = '';
    const editor = update.editor as
      | { displayName?: string; firstName?: string; lastName?: string }
      | undefined;
    if (editor?.displayName) entry += `By ${editor.displayName} (Employee)\n`;
    if (editor?.firstName) entry += `By ${editor.firstName} ${editor.lastName ?? 'None'}\n`;
    entry += wrapText(String(update.entry ?? '').replace(/\r/g, ''));
    if (options.json) entry = entry.replace(/(?<!\\)\n/g, ' ');
    table.addRow([`update ${first + index}`, entry]);
  });
  return table;
}
