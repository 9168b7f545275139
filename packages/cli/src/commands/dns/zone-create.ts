import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'zone-create',
  description: 'Create a zone.',
  arguments: [{ name: 'zone' }],
  async run(context, { args }) {
    const { DnsManager } = await import('@sl/managers');
    await new DnsManager(await context.client()).createZone(text(args.zone) ?? '');
  },
});

export default command;
