import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'zone-print',
  description: 'Print zone in BIND format.',
  arguments: [{ name: 'zone' }],
  async run(context, { args }) {
    const { DnsManager } = await import('@sl/managers');
    const manager = new DnsManager(await context.client());
    const zoneId = await resolveId((name) => manager.resolveIds(name), text(args.zone) ?? '', 'zone');
    return manager.dumpZone(zoneId);
  },
});

export default command;
