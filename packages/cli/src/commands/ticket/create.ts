import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { resolveId } from '../resolve-id';
import { readBody } from './read-body';
import { ticketDetails } from './ticket-details';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Create a Infrastructure support ticket.',
  help: `Will create the ticket with \`Some text\`.
    sl ticket create --body="Some text" --subject-id 1522 --hardware 12345 --title "My New Ticket"
Will create the ticket with text from STDIN:
    cat sometfile.txt | sl ticket create --subject-id 1003 --virtual 111111 --title "Reboot Me"
Will open the default text editor, and once closed, use that text to create the ticket:
    sl ticket create --subject-id 1482 --title "Vyatta Questions..."`,
  options: [
    { flags: '--title <title>', description: 'The title of the ticket' },
    {
      flags: '--subject-id <id>',
      description: "The subject id to use for the ticket, run 'sl ticket subjects' to get the list",
      integer: true,
    },
    { flags: '--body <body>', description: 'The ticket body' },
    { flags: '--hardware <identifier>', description: 'The identifier for hardware to attach' },
    { flags: '--virtual <identifier>', description: 'The identifier for a virtual server to attach' },
    {
      flags: '--priority <priority>',
      description: 'Ticket priority, from 1 (Critical) to 4 (Minimal Impact).',
      choices: ['1', '2', '3', '4'],
    },
  ],
  async run(context, { options }) {
    const { CliError } = await import('../../cli-error');
    const title = text(options.title);
    const subject = integer(options.subjectId);
    if (title === undefined) throw new CliError("Error: Missing option '--title'.");
    if (subject === undefined) throw new CliError("Error: Missing option '--subject-id'.");
    const manager = await context.manager('TicketManager');
    const body = await readBody(context, text(options.body));
    const priority = text(options.priority);
    const created = await manager.createTicket({
      title,
      body,
      subject,
      ...(priority ? { priority: Number(priority) } : {}),
    });
    const ticketId = Number(created.id);
    const hardware = text(options.hardware);
    if (hardware) {
      const servers = await context.manager('HardwareManager');
      await manager.attachHardware(ticketId, await resolveId(servers, hardware, 'hardware'));
    }
    const virtual = text(options.virtual);
    if (virtual) {
      const guests = await context.manager('VsManager');
      await manager.attachVirtualServer(ticketId, await resolveId(guests, virtual, 'VS'));
    }
    return ticketDetails(manager, ticketId, { json: context.options.format === 'json', updateCount: 1 });
  },
});

export default command;
