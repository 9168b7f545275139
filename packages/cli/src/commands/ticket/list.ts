import { type CommandSpec, defineCommand } from '../../define-command';
import { blank, Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { wrapText } from '../wrap-text';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List tickets.',
  options: [
    { flags: '--open', description: 'Display only open tickets (the default)' },
    { flags: '--closed', description: 'Display only closed tickets' },
  ],
  async run(context, { options }) {
    const open = options.closed !== true;
    const tickets = await (await context.manager('TicketManager')).listTickets({ open, closed: !open });
    const table = new Table([
      'id',
      'Case_Number',
      'assigned_user',
      'title',
      'last_edited',
      'status',
      'updates',
      'priority',
    ]);
    for (const ticket of tickets) {
      const user = ticket.assignedUser
        ? `${ticket.assignedUser.firstName} ${ticket.assignedUser.lastName}`
        : blank();
      table.addRow([
        ticket.id,
        ticket.serviceProviderResourceId ?? null,
        user,
        wrapText(String(ticket.title ?? '')),
        cleanTime(ticket.lastEditDate, 'date'),
        ticket.status?.name,
        ticket.updateCount ?? 0,
        ticket.priority ?? 0,
      ]);
    }
    return table;
  },
});

export default command;
