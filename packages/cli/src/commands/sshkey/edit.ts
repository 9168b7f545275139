import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: 'Edits an SSH key.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-k, --label <label>', description: 'The new label for the key' },
    { flags: '--note <note>', description: 'New notes for the key' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('SshKeyManager');
    const keyId = await resolveId(manager, args.identifier, 'SshKey');
    const label = text(options.label);
    const notes = text(options.note);
    const changed = await manager.editKey(keyId, {
      ...(label === undefined ? {} : { label }),
      ...(notes === undefined ? {} : { notes }),
    });
    if (!changed) throw new CliError('Failed to edit SSH key');
  },
});

export default command;
