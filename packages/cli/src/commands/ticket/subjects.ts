import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'subjects',
  description: 'List Subject IDs for ticket creation.',
  async run(context) {
    const table = new Table(['id', 'subject']);
    for (const subject of await (await context.manager('TicketManager')).listSubjects()) {
      table.addRow([subject.id, subject.name]);
    }
    return table;
  },
});

export default command;
