import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { pythonStr } from '../../output/python-text';
import { resolveId } from '../resolve-id';
import { noTicketNames } from './detail';

const command: CommandSpec = defineCommand({
  name: 'upload',
  description: 'Adds an attachment to an existing ticket.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--path <path>', description: 'The path of the attachment to be uploaded' },
    { flags: '--name <name>', description: 'The name of the attachment shown in the ticket' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('TicketManager');
    const ticketId = await resolveId(noTicketNames, args.identifier, 'ticket');
    const path = text(options.path);
    if (path === undefined) throw new CliError('Argument Error: Missing argument --path');
    if (!existsSync(path)) throw new CliError(`Argument Error: ${path} not exist`);
    const attached = await manager.uploadAttachment(ticketId, {
      data: path,
      fileName: text(options.name) ?? basename(path),
    });
    return `File attached: \n${pythonStr(attached)}`;
  },
});

export default command;
