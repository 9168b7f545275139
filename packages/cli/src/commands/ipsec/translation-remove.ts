import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'translation-remove',
  description: 'Remove a translation entry from an IPSEC tunnel context.',
  help: 'A separate configuration request should be made to realize changes on network devices.',
  arguments: [{ name: 'context_id' }],
  options: [
    {
      flags: '-t, --translation-id <id>',
      description: 'Translation identifier to remove',
      integer: true,
      required: true,
    },
  ],
  async run(context, { args, options }) {
    const contextId = idArgument(args.context_id, 'CONTEXT_ID');
    const translationId = integer(options.translationId) ?? 0;
    const manager = await context.manager('IpsecManager');
    await manager.getTranslation(contextId, translationId);
    if (!(await manager.removeTranslation(contextId, translationId))) {
      throw new CliError(`Failed to remove translation #${translationId}`, 1);
    }
    context.out(`Removed translation #${translationId}\n`);
  },
});

export default command;
