import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { outcome } from './messages';
import { resolveUser } from './resolve-user';

const command: CommandSpec = defineCommand({
  name: 'vpn-subnet',
  description: 'Add or remove subnets access for a user.',
  arguments: [{ name: 'user' }, { name: 'subnet', variadic: true }],
  options: [
    { flags: '--add', description: 'Add or remove access to subnets.' },
    { flags: '--remove', description: 'Remove access to subnets.' },
  ],
  async run(context, { args, options }) {
    const subnets = list(args.subnet).map((subnet) => idArgument(subnet, 'SUBNET'));
    const manager = await context.manager('UserManager');
    const id = await resolveUser(manager, args.user);
    const ok =
      options.remove === true
        ? await manager.vpnSubnetRemove(id, subnets)
        : await manager.vpnSubnetAdd(id, subnets);
    const name = text(args.user);
    context.out(outcome(ok, `${name} updated successfully`, `Failed to update ${name}`));
  },
});

export default command;
