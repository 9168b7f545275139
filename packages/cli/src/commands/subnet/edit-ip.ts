import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'edit-ip',
  description: 'Set the note of the ipAddress',
  arguments: [{ name: 'identifier' }],
  options: [{ flags: '--note <note>', description: 'set ip address note of subnet' }],
  async run(context, { args, options }) {
    const identifier = text(args.identifier) ?? '';
    const manager = await context.manager('NetworkManager');
    const ipId = /^\d+$/.test(identifier)
      ? Number(identifier)
      : (await manager.getIpByAddress(identifier))?.id;
    // The reference sends a null id for an address it does not know (and the API's fault follows).
    if (ipId === undefined) throw new CliError(`Error: Unable to find IP address '${identifier}'`);
    await manager.setSubnetIpddressNote(ipId, { note: text(options.note) ?? '' });
  },
});

export default command;
