import { type CommandSpec, defineCommand, text } from '../../define-command';
import { BY_NAME_OPTION, detailedTables, tagsOf } from './tag-tables';

const command: CommandSpec = defineCommand({
  name: 'details',
  description: 'Get details for a Tag. Identifier can be either a name or tag-id',
  arguments: [{ name: 'identifier' }],
  options: [BY_NAME_OPTION],
  async run(context, { args, options }) {
    const manager = await context.manager('TagManager');
    return detailedTables(manager, await tagsOf(manager, text(args.identifier) ?? '', options.name === true));
  },
});

export default command;
