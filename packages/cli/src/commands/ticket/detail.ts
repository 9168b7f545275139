import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { resolveId } from '../resolve-id';
import { ticketDetails } from './ticket-details';

/** Ticket ids only: slcli's ticket manager has no name resolver. */
export const noTicketNames = async (): Promise<number[]> => [];

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get details for a ticket.',
  arguments: [{ name: 'identifier' }],
  options: [{ flags: '--count <count>', description: 'Number of updates', integer: true, default: 10 }],
  async run(context, { args, options }) {
    const manager = await context.manager('TicketManager');
    const ticketId = await resolveId(noTicketNames, args.identifier, 'ticket');
    return ticketDetails(manager, ticketId, {
      json: context.options.format === 'json',
      updateCount: integer(options.count) ?? 10,
    });
  },
});

export default command;
