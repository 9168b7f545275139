import { type CommandSpec, defineCommand, text } from '../../define-command';
import { blank, KeyValueTable } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Create a security group.',
  options: [
    { flags: '-n, --name <name>', description: 'The name of the security group' },
    { flags: '-d, --description <description>', description: 'The description of the security group' },
  ],
  async run(context, { options }) {
    const name = text(options.name);
    const description = text(options.description);
    const group = await (await context.manager('NetworkManager')).createSecuritygroup({
      ...(name === undefined ? {} : { name }),
      ...(description === undefined ? {} : { description }),
    });
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', group.id]);
    table.addRow(['name', group.name || blank()]);
    table.addRow(['description', group.description || blank()]);
    table.addRow(['created', group.createDate]);
    return table;
  },
});

export default command;
