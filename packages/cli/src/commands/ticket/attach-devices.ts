import { CliError } from '../../cli-error';
import type { CommandContext } from '../../command-context';
import { type CommandInput, type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

/** `ticket attach` and `ticket detach`: one hardware server or one virtual server, by id or name. */
export function deviceCommand(action: 'attach' | 'detach'): CommandSpec {
  const preposition = action === 'attach' ? 'to' : 'from';
  return defineCommand({
    name: action,
    description: `${action === 'attach' ? 'Attach' : 'Detach'} devices ${preposition} a ticket.`,
    arguments: [{ name: 'identifier' }],
    options: [
      { flags: '--hardware <identifier>', description: `The identifier for hardware to ${action}` },
      { flags: '--virtual <identifier>', description: `The identifier for a virtual server to ${action}` },
    ],
    run: (context, input) => run(action, context, input),
  });
}

async function run(action: 'attach' | 'detach', context: CommandContext, { args, options }: CommandInput) {
  const identifier = text(args.identifier) ?? '';
  if (!/^\d+$/.test(identifier)) {
    throw new CliError(`Error: Invalid value for 'IDENTIFIER': '${identifier}' is not a valid integer.`);
  }
  const hardware = text(options.hardware);
  const virtual = text(options.virtual);
  const noun = action === 'attach' ? 'attach' : 'detach';
  if (hardware && virtual) {
    throw new CliError(`Argument Error: Cannot ${noun} hardware and a virtual server at the same time`);
  }
  if (!hardware && !virtual) {
    throw new CliError(`Argument Error: Must have a hardware or virtual server identifier to ${noun}`);
  }
  const tickets = await context.manager('TicketManager');
  const ticketId = Number(identifier);
  if (hardware) {
    const servers = await context.manager('HardwareManager');
    const id = await resolveId(servers, hardware, 'hardware');
    await (action === 'attach' ? tickets.attachHardware(ticketId, id) : tickets.detachHardware(ticketId, id));
  } else if (virtual) {
    const guests = await context.manager('VsManager');
    const id = await resolveId(guests, virtual, 'VS');
    await (action === 'attach'
      ? tickets.attachVirtualServer(ticketId, id)
      : tickets.detachVirtualServer(ticketId, id));
  }
  return undefined;
}
