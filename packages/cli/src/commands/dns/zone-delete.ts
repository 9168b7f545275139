import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'zone-delete',
  description: 'Delete zone.',
  arguments: [{ name: 'zone' }],
  async run(context, { args }) {
    const manager = await context.manager('DnsManager');
    const zone = text(args.zone) ?? '';
    const zoneId = await resolveId(manager, zone, 'zone');
    await context.noGoingBack(zone);
    await manager.deleteZone(zoneId);
  },
});

export default command;
