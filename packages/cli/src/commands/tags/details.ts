import { type CommandSpec, defineCommand, text } from '../../define-command';
import { detailedTables } from './tag-tables';

const command: CommandSpec = defineCommand({
  name: 'details',
  description: 'Get details for a Tag. Identifier can be either a name or tag-id',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--name', description: 'Assume identifier is a tag name. Useful if your tag name is a number.' },
  ],
  async run(context, { args, options }) {
    const identifier = text(args.identifier) ?? '';
    const manager = await context.manager('TagManager');
    const tags =
      /^\d+$/.test(identifier) && options.name !== true
        ? [await manager.getTag(Number(identifier))]
        : await manager.getTagByName(identifier);
    return detailedTables(manager, tags);
  },
});

export default command;
