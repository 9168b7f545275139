import { type CommandSpec, defineCommand, text } from '../../define-command';
import { loadBalancerOf, reportingFaults } from './members';

const command: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancels a LBaaS instance',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const identifier = text(args.identifier) ?? '';
    const manager = await context.manager('LoadBalancerManager');
    const { uuid } = await manager.getLbaasUuidId(loadBalancerOf(identifier));
    // slcli cancels without asking; we ask first (see the README), `-y` skips it.
    await context.noGoingBack(identifier);
    await reportingFaults(context, async () => {
      await manager.cancelLbaas(uuid);
      return `LB ${identifier} canceled succesfully.`;
    });
  },
});

export default command;
