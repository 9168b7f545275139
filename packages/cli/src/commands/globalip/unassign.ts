import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'unassign',
  description: 'Unassigns a global IP from a target.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('NetworkManager');
    const globalIpId = await resolveId(
      (name) => manager.resolveGlobalIpIds(name),
      args.identifier,
      'global ip',
    );
    await manager.unassignGlobalIp(globalIpId);
  },
});

export default command;
