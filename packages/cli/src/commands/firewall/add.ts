import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { wholeId } from './firewall-id';

const command: CommandSpec = defineCommand({
  name: 'add',
  description: 'Create new firewall.\n\nTARGET: Id of the server the firewall will protect',
  arguments: [{ name: 'target' }],
  options: [
    {
      flags: '--firewall-type <type>',
      description: 'Firewall type',
      required: true,
      choices: ['vs', 'vlan', 'server'],
    },
    { flags: '--high-availability', description: 'High available firewall option' },
  ],
  async run(context, { args, options }) {
    const type = text(options.firewallType);
    const highAvailability = options.highAvailability === true;
    const target = wholeId(text(args.target), type === 'vlan' ? 'VLAN id' : 'server id');
    const manager = await context.manager('FirewallManager');
    if (!context.options.really) {
      const items =
        type === 'vlan'
          ? await manager.getDedicatedPackage({ haEnabled: highAvailability })
          : await manager.getStandardPackage(target, { isVirt: type === 'vs' });
      const [item] = items;
      if (!item) throw new CliError('Unable to add firewall - Is network public enabled?');
      context.out('******************\n');
      context.out(`Product: ${item.description}\n`);
      context.out(`Price: $${item.prices?.[0]?.recurringFee} monthly\n`);
      context.out('******************\n');
      await context.confirmOrAbort('This action will incur charges on your account. Continue?');
    }
    if (type === 'vlan') await manager.addVlanFirewall(target, { haEnabled: highAvailability });
    else await manager.addStandardFirewall(target, { isVirt: type === 'vs' });
    context.out('Firewall is being created!\n');
    return undefined;
  },
});

export default command;
