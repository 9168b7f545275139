import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { detailedTables } from './tag-tables';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List Tags.',
  options: [{ flags: '-d, --detail', description: 'Show information about the resources using this tag.' }],
  async run(context, { options }) {
    const manager = await context.manager('TagManager');
    if (options.detail === true) {
      for (const table of await detailedTables(manager, await manager.getAttachedTags()))
        await context.print(table);
      return;
    }
    const tags = await manager.listTags();
    const table = new Table(['Id', 'Tag', 'Count'], { title: 'Tags' });
    for (const tag of [...tags.attached, ...tags.unattached])
      table.addRow([tag.id, tag.name, tag.referenceCount ?? 0]);
    return table;
  },
});

export default command;
