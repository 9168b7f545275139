import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { outcome } from './messages';
import { resolveUser } from './resolve-user';

const command: CommandSpec = defineCommand({
  name: 'edit-permissions',
  description: 'Enable or Disable specific permissions.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--enable', description: 'Enable (DEFAULT) or Disable selected permissions' },
    { flags: '--disable', description: 'Disable selected permissions' },
    {
      flags: '-p, --permission <keyName>',
      description:
        'Permission keyName to set, multiple instances allowed. Use keyword ALL to select ALL permisssions',
      multiple: true,
    },
    {
      flags: '-u, --from-user <user>',
      description:
        "Set permissions to match this user's permissions. Will add then remove the appropriate permissions",
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('UserManager');
    const id = await resolveUser(manager, args.identifier);
    const permissions = list(options.permission);
    const fromUser = text(options.fromUser);
    let ok: boolean;
    if (fromUser) ok = await manager.permissionsFromUser(id, await resolveUser(manager, fromUser));
    else if (options.disable === true) ok = await manager.removePermissions(id, permissions);
    else ok = await manager.addPermissions(id, permissions);
    const joined = permissions.join(', ');
    context.out(
      outcome(ok, `Permissions updated successfully: ${joined}`, `Failed to update permissions: ${joined}`),
    );
  },
});

export default command;
