import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'record-remove',
  description: 'Remove resource record.',
  arguments: [{ name: 'record_id' }],
  async run(context, { args }) {
    const manager = await context.manager('DnsManager');
    await context.noGoingBack('yes');
    await manager.deleteRecord(Number(text(args.record_id)));
  },
});

export default command;
