import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'access-password',
  description: "Changes a password for a volume's access.",
  help: 'access id is the allowed_host_id from slcli block access-list',
  arguments: [{ name: 'access_id' }],
  options: [
    {
      flags: '-p, --password <password>',
      description: 'Password you want to set, this command will fail if the password is not strong.',
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('BlockStorageManager');
    const accessId = idArgument(args.access_id, 'ACCESS_ID');
    const updated = await manager.setCredentialPassword(accessId, text(options.password) ?? '');
    return updated ? `Password updated for ${accessId}` : `FAILED updating password for ${accessId}`;
  },
});

export default command;
