import { type CommandSpec, defineCommand, text } from '../../define-command';
import { wholeId } from './firewall-id';

const command: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancels a firewall.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '--firewall-type <type>',
      description: 'Firewall type.',
      default: 'vlan',
      choices: ['vlan', 'server'],
    },
  ],
  async run(context, { args, options }) {
    const id = wholeId(text(args.identifier), 'firewall id');
    const manager = await context.manager('FirewallManager');
    await context.confirmOrAbort('This action will cancel a firewall from your account. Continue?');
    await manager.cancelFirewall(id, { dedicated: text(options.firewallType)?.toLowerCase() !== 'server' });
    return `Firewall with id ${args.identifier} is being cancelled!`;
  },
});

export default command;
