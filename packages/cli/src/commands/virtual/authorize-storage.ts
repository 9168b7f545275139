import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'authorize-storage',
  description: 'Authorize File, Block and Portable Storage to a Virtual Server.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '-u, --username-storage <username>',
      description: 'The storage username to be added to the virtual server',
    },
    {
      flags: '--portable-id <id>',
      description: 'The portable storage id to be added to the virtual server',
      integer: true,
    },
  ],
  async run(context, input) {
    const { options } = input;
    const { manager, id } = await resolveGuest(context, input, 'virtual');
    const username = text(options.usernameStorage);
    if (username) {
      if (!(await manager.authorizeStorage(id, username))) throw new CliError('Authorize Volume Failed');
      context.print(`Successfully Volume: ${username} was Added.`);
    }
    const portableId = integer(options.portableId);
    if (portableId) {
      const attached = await manager.attachPortableStorage(id, portableId);
      context.print(`Successfully Portable Storage: ${portableId} was Added.`);
      const table = new KeyValueTable(['name', 'value'], { title: 'Portable Storage Detail' });
      table.addRow(['Id', attached.id]);
      table.addRow(['createDate', attached.createDate]);
      context.print(table);
    }
    return undefined;
  },
});

export default command;
