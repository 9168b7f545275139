import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'origin-list',
  description: 'List origin path for an existing CDN mapping.',
  arguments: [{ name: 'unique_id' }],
  async run(context, { args }) {
    const origins = await (await context.manager('CdnManager')).getOrigins(text(args.unique_id) ?? '');
    const table = new Table(['Path', 'Origin', 'HTTP Port', 'Status']);
    for (const origin of origins) table.addRow([origin.path, origin.origin, origin.httpPort, origin.status]);
    return table;
  },
});

export default command;
