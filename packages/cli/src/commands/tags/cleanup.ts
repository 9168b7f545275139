import { type CommandSpec, defineCommand } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'cleanup',
  description: 'Removes all empty tags.',
  options: [{ flags: '-d, --dry-run', description: "Don't delete, just show what will be deleted." }],
  async run(context, { options }) {
    const manager = await context.manager('TagManager');
    for (const tag of await manager.getUnattachedTags()) {
      if (options.dryRun === true) {
        context.out(`(Dry Run) Removing ${tag.name}\n`);
      } else {
        await manager.deleteTag(String(tag.name));
        context.out(`Removing ${tag.name}\n`);
      }
    }
  },
});

export default command;
