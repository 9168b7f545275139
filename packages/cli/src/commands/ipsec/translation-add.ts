import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'translation-add',
  description: 'Add an address translation to an IPSEC tunnel context.',
  help: 'A separate configuration request should be made to realize changes on network devices.',
  arguments: [{ name: 'context_id' }],
  options: [
    { flags: '-s, --static-ip <ip>', description: 'Static IP address value', required: true },
    { flags: '-r, --remote-ip <ip>', description: 'Remote IP address value', required: true },
    { flags: '-n, --note <note>', description: 'Note value' },
  ],
  async run(context, { args, options }) {
    const contextId = idArgument(args.context_id, 'CONTEXT_ID');
    const staticIp = text(options.staticIp) ?? '';
    const remoteIp = text(options.remoteIp) ?? '';
    const manager = await context.manager('IpsecManager');
    await manager.getTunnelContext(contextId);
    const translation = await manager.createTranslation(contextId, staticIp, remoteIp, text(options.note));
    context.out(`Created translation from ${staticIp} to ${remoteIp} #${translation.id}\n`);
  },
});

export default command;
