import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'subjects',
  description: 'List Subject IDs for ticket creation.',
  async run(context) {
    const { TicketManager } = await import('@sl/managers');
    const table = new Table(['id', 'subject']);
    for (const subject of await new TicketManager(await context.client()).listSubjects()) {
      table.addRow([subject.id, subject.name]);
    }
    return table;
  },
});

export default command;
