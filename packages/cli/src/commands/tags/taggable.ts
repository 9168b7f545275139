import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'taggable',
  description: 'List everything that could be tagged.',
  async run(context) {
    const { TagManager } = await import('@sl/managers/tag-manager');
    const manager = await context.manager('TagManager');
    for (const tagType of await manager.getAllTagTypes()) {
      const keyName = String(tagType.keyName);
      const table = new Table(['Id', 'Name'], { title: `${tagType.description} (${keyName})` });
      for (const { resource } of await manager.taggableByType(keyName)) {
        const item = resource as Record<string, unknown>;
        table.addRow([item.id, TagManager.getResourceName(item, keyName) ?? null]);
      }
      await context.print(table);
    }
  },
});

export default command;
