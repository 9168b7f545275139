import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'purge',
  description: 'Creates a purge record and also initiates the purge call.',
  help: `Example:
     sl cdn purge 9779455 /article/file.txt

For more information see the following documentation:
https://cloud.ibm.com/docs/infrastructure/CDN?topic=CDN-manage-your-cdn#purging-cached-content`,
  arguments: [{ name: 'unique_id' }, { name: 'path' }],
  async run(context, { args }) {
    const manager = await context.manager('CdnManager');
    const purges = await manager.purgeContent(text(args.unique_id) ?? '', text(args.path) ?? '');
    const table = new Table(['Date', 'Path', 'Saved', 'Status']);
    for (const purge of purges) table.addRow([purge.date, purge.path, purge.saved, purge.status]);
    return table;
  },
});

export default command;
