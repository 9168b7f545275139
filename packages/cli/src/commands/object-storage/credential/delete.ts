import { CliError } from '../../../cli-error';
import { type CommandSpec, defineCommand, integer } from '../../../define-command';
import { accountId } from '../account-id';

const command: CommandSpec = defineCommand({
  name: 'delete',
  description: 'Delete the credential of an Object Storage Account.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '-c, --credential_id <id>',
      description: 'This is the credential id associated with the volume',
      integer: true,
    },
  ],
  async run(context, { args, options }) {
    const credentialId = integer(options.credential_id);
    if (credentialId === undefined) throw new CliError("Error: Missing option '--credential_id' / '-c'.");
    const manager = await context.manager('ObjectStorageManager');
    const id = await accountId(manager, args.identifier);
    await context.confirmOrAbort(
      `This will delete credential ${credentialId} of object storage ${id}. Continue?`,
    );
    return manager.deleteCredential(id, credentialId);
  },
});

export default command;
