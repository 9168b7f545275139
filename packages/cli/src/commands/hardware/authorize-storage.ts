import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'authorize-storage',
  description: 'Authorize File or Block Storage to a Hardware Server.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '-u, --username-storage <username>',
      description: 'The storage username to be added to the hardware server',
    },
  ],
  async run(context, { args, options }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    const username = text(options.usernameStorage) ?? '';
    let authorized: boolean;
    try {
      authorized = await manager.authorizeStorage(id, username);
    } catch (error) {
      if ((error as { code?: string }).code !== 'SL_NOT_FOUND') throw error;
      // slcli's words and exit code for a username no volume has.
      throw new CliError(
        `The Storage with username: ${username} was not found, please enter a valid storage username`,
        1,
      );
    }
    if (!authorized) throw new CliError('Authorize Storage Failed');
    return 'Successfully Storage Added.';
  },
});

export default command;
