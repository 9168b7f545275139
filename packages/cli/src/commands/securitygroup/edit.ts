import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: 'Edit details of a security group.',
  arguments: [{ name: 'group_id' }],
  options: [
    { flags: '-n, --name <name>', description: 'The name of the security group' },
    { flags: '-d, --description <description>', description: 'The description of the security group' },
  ],
  async run(context, { args, options }) {
    const name = text(options.name);
    const description = text(options.description);
    const edited = await (await context.manager('NetworkManager')).editSecuritygroup(
      text(args.group_id) ?? '',
      {
        ...(name ? { name } : {}),
        ...(description ? { description } : {}),
      },
    );
    if (!edited) throw new CliError('Failed to edit security group');
  },
});

export default command;
