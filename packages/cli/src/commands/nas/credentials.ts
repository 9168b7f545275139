import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'credentials',
  description: 'List NAS account credentials.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const storageId = idArgument(args.identifier, 'IDENTIFIER');
    const storage = await (await context.manager('NetworkManager')).getNasCredentials(storageId);
    const table = new Table(['username', 'password']);
    table.addRow([storage.username ?? 'None', storage.password ?? 'None']);
    return table;
  },
});

export default command;
