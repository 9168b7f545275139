import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'zone-print',
  description: 'Print zone in BIND format.',
  arguments: [{ name: 'zone' }],
  async run(context, { args }) {
    const manager = await context.manager('DnsManager');
    const zoneId = await resolveId(manager, args.zone, 'zone');
    return manager.dumpZone(zoneId);
  },
});

export default command;
