import { type CommandSpec, defineCommand, text } from '../../define-command';
import { BY_NAME_OPTION } from './tag-tables';

const command: CommandSpec = defineCommand({
  name: 'delete',
  description: 'Delete a Tag. Tag names that contain spaces need to be encased in quotes',
  arguments: [{ name: 'identifier' }],
  options: [BY_NAME_OPTION],
  async run(context, { args, options }) {
    const identifier = text(args.identifier) ?? '';
    const manager = await context.manager('TagManager');
    // An id is looked up for its name (the API deletes by name); a name is used as given.
    const name =
      /^\d+$/.test(identifier) && options.name !== true
        ? ((await manager.getTag(Number(identifier))).name ?? '')
        : identifier;
    const removed = await manager.deleteTag(name);
    context.out(removed ? `Tag ${name} has been removed\n` : `Failed to remove tag ${name}\n`);
  },
});

export default command;
