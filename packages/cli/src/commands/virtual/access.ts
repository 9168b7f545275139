import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'access',
  description: 'Get user access details a virtual server.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { VsManager } = await import('@sl/managers/vs-manager');
    const identifier = text(args.identifier) ?? '';
    const logs = await new VsManager(await context.client()).browserAccessLog(
      /^\d+$/.test(identifier) ? Number(identifier) : identifier,
    );
    const table = new KeyValueTable(['Username', 'Source IP', 'Port', 'Date', 'Event', 'Message']);
    for (const log of logs) {
      table.addRow([
        log.username ?? null,
        log.sourceIp ?? null,
        log.sourcePort ?? null,
        log.createDate ?? null,
        log.eventType ?? null,
        log.message ?? null,
      ]);
    }
    return table;
  },
});

export default command;
