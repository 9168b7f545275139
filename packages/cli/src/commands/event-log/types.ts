import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'types',
  description: 'Get Event Log Types',
  async run(context) {
    const types = await (await context.manager('EventLogManager')).getEventLogTypes();
    const table = new Table(['types']);
    for (const type of types) table.addRow([type]);
    return table;
  },
});

export default command;
