import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'types',
  description: 'Get Event Log Types',
  async run(context) {
    const { EventLogManager } = await import('@sl/managers');
    const types = await new EventLogManager(await context.client()).getEventLogTypes();
    const table = new Table(['types']);
    for (const type of types) table.addRow([type]);
    return table;
  },
});

export default command;
