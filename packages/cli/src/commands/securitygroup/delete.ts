import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'delete',
  description: 'Deletes the given security group',
  arguments: [{ name: 'securitygroup_id' }],
  async run(context, { args }) {
    const identifier = text(args.securitygroup_id) ?? '';
    const manager = await context.manager('NetworkManager');
    // slcli deletes without asking; we ask first (see the README), `-y` skips it.
    await context.noGoingBack(identifier);
    if (!(await manager.deleteSecuritygroup(identifier)))
      throw new CliError('Failed to delete security group');
  },
});

export default command;
