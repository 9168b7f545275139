import { type CommandSpec, defineCommand, text } from '../../define-command';
import { outcome } from './messages';
import { resolveUser } from './resolve-user';

const CANCEL_PENDING = 1021;

const command: CommandSpec = defineCommand({
  name: 'delete',
  description: "Sets a user's status to CANCEL_PENDING, which will immediately disable the account,",
  help: `and will eventually be fully removed from the account by an automated internal process.

Example: slcli user delete userId`,
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('UserManager');
    const id = await resolveUser(manager, args.identifier);
    const name = text(args.identifier);
    const ok = await manager.editUser(id, { userStatusId: CANCEL_PENDING });
    context.out(outcome(ok, `${name} deleted successfully`, `Failed to delete ${name}`));
  },
});

export default command;
