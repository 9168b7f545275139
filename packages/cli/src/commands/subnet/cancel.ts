import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancel a subnet.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('NetworkManager');
    const subnetId = await resolveId((name) => manager.resolveSubnetIds(name), args.identifier, 'subnet');
    await context.noGoingBack(String(subnetId));
    await manager.cancelSubnet(subnetId);
  },
});

export default command;
