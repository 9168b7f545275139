import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'delete',
  description: 'Delete a Tag. Tag names that contain spaces need to be encased in quotes',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--name', description: 'Assume identifier is a tag name. Useful if your tag name is a number.' },
  ],
  async run(context, { args, options }) {
    const identifier = text(args.identifier) ?? '';
    const manager = await context.manager('TagManager');
    const name =
      /^\d+$/.test(identifier) && options.name !== true
        ? ((await manager.getTag(Number(identifier))).name ?? '')
        : identifier;
    const removed = await manager.deleteTag(name);
    context.out(removed ? `Tag ${name} has been removed\n` : `Failed to remove tag ${name}\n`);
  },
});

export default command;
