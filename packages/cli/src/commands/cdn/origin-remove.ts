import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'origin-remove',
  description: 'Removes an origin path for an existing CDN mapping.',
  arguments: [{ name: 'unique_id' }, { name: 'origin_path' }],
  async run(context, { args }) {
    const path = text(args.origin_path) ?? '';
    await (await context.manager('CdnManager')).removeOrigin(text(args.unique_id) ?? '', path);
    // slcli prints the line as is (`click.secho`), whatever the format.
    context.out(`Origin with path ${path} has been deleted\n`);
  },
});

export default command;
