import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List SSH keys.',
  options: [
    {
      flags: '--sortby <column>',
      description: 'Column to sort by',
      choices: ['id', 'label', 'fingerprint', 'notes'],
    },
  ],
  async run(context, { options }) {
    const keys = await (await context.manager('SshKeyManager')).listKeys();
    const table = new Table(['id', 'label', 'fingerprint', 'notes']);
    table.sortBy = text(options.sortby);
    for (const key of keys) table.addRow([key.id, key.label, key.fingerprint, key.notes ?? '-']);
    return table;
  },
});

export default command;
