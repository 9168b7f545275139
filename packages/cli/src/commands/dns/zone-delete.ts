import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'zone-delete',
  description: 'Delete zone.',
  arguments: [{ name: 'zone' }],
  async run(context, { args }) {
    const { DnsManager } = await import('@sl/managers');
    const manager = new DnsManager(await context.client());
    const zone = text(args.zone) ?? '';
    const zoneId = await resolveId((name) => manager.resolveIds(name), zone, 'zone');
    await context.noGoingBack(zone);
    await manager.deleteZone(zoneId);
  },
});

export default command;
