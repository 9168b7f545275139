import { type CommandSpec, defineCommand, text } from '../../define-command';
import { outcome } from './messages';
import { resolveUser } from './resolve-user';

const command: CommandSpec = defineCommand({
  name: 'vpn-manual',
  description: 'Enable or disable user vpn subnets manual config',
  arguments: [{ name: 'user' }],
  options: [
    { flags: '--enable', description: 'Enable or disable vpn subnets manual config.' },
    { flags: '--disable', description: 'Disable vpn subnets manual config.' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('UserManager');
    const id = await resolveUser(manager, args.user);
    const enable = options.disable !== true;
    const name = text(args.user);
    const ok = await manager.vpnManual(id, enable);
    context.out(
      outcome(ok, `${name} vpn manual config ${enable ? 'enable' : 'disable'}`, `Failed to update ${name}`),
    );
  },
});

export default command;
