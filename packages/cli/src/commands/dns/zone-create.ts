import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'zone-create',
  description: 'Create a zone.',
  arguments: [{ name: 'zone' }],
  async run(context, { args }) {
    await (await context.manager('DnsManager')).createZone(text(args.zone) ?? '');
  },
});

export default command;
