import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancel global IP.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('NetworkManager');
    const globalIpId = await resolveId(
      (name) => manager.resolveGlobalIpIds(name),
      args.identifier,
      'global ip',
    );
    await context.noGoingBack(String(globalIpId));
    await manager.cancelGlobalIp(globalIpId);
  },
});

export default command;
