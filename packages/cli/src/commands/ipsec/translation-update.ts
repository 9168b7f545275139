import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'translation-update',
  description: 'Update an address translation for an IPSEC tunnel context.',
  help: 'A separate configuration request should be made to realize changes on network devices.',
  arguments: [{ name: 'context_id' }],
  options: [
    {
      flags: '-t, --translation-id <id>',
      description: 'Translation identifier to update',
      integer: true,
      required: true,
    },
    { flags: '-s, --static-ip <ip>', description: 'Static IP address value' },
    { flags: '-r, --remote-ip <ip>', description: 'Remote IP address value' },
    { flags: '-n, --note <note>', description: 'Note value' },
  ],
  async run(context, { args, options }) {
    const contextId = idArgument(args.context_id, 'CONTEXT_ID');
    const translationId = integer(options.translationId) ?? 0;
    const changes = {
      ...(text(options.staticIp) === undefined ? {} : { staticIp: text(options.staticIp) }),
      ...(text(options.remoteIp) === undefined ? {} : { remoteIp: text(options.remoteIp) }),
      ...(text(options.note) === undefined ? {} : { notes: text(options.note) }),
    };
    const manager = await context.manager('IpsecManager');
    if (!(await manager.updateTranslation(contextId, translationId, changes))) {
      throw new CliError(`Failed to update translation #${translationId}`, 1);
    }
    context.out(`Updated translation #${translationId}\n`);
  },
});

export default command;
