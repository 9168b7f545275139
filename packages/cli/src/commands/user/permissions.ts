import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { printEach } from '../account/print-each';
import { resolveUser } from './resolve-user';

const command: CommandSpec = defineCommand({
  name: 'permissions',
  description: 'User Permissions.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('UserManager');
    const id = await resolveUser(manager, args.identifier);
    const [user, all] = await Promise.all([
      manager.getUser(id, { mask: 'mask[id, permissions, isMasterUserFlag, roles]' }),
      manager.getAllPermissions(),
    ]);
    const assigned = new Set((user.permissions ?? []).map((permission) => permission.keyName));
    if (user.isMasterUserFlag)
      context.out('This account is the Master User and has all permissions enabled\n');
    const roles = new Table(['id', 'Role Name', 'Description']);
    for (const role of user.roles ?? []) roles.addRow([role.id, role.name, role.description]);
    const permissions = new Table(['Description', 'KeyName', 'Assigned'], { align: 'left' });
    for (const permission of all) {
      permissions.addRow([permission.name, permission.keyName, assigned.has(permission.keyName)]);
    }
    printEach(context, [roles, permissions]);
  },
});

export default command;
