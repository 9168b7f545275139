import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';
import { noTicketNames } from './detail';
import { readBody } from './read-body';

const command: CommandSpec = defineCommand({
  name: 'update',
  description: 'Adds an update to an existing ticket.',
  help: `Will update the ticket with \`Some text\`.
    sl ticket update 123456 --body="Some text"
Will update the ticket with text from STDIN:
    cat sometfile.txt | sl ticket update 123456
Will open the default text editor, and once closed, use that text to update the ticket:
    sl ticket update 123456`,
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '--body <body>',
      description: 'Text to add to the ticket. STDIN or the default text editor will be used otherwise.',
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('TicketManager');
    const ticketId = await resolveId(noTicketNames, args.identifier, 'ticket');
    await manager.updateTicket(ticketId, await readBody(context, text(options.body)));
    return 'Ticket Updated!';
  },
});

export default command;
