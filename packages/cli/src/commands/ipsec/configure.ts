import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand } from '../../define-command';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'configure',
  description: 'Request configuration of a tunnel context.',
  help:
    'This action will update the advancedConfigurationFlag on the context instance and further modifications\n' +
    'against the context will be prevented until all changes can be propgated to network devices.',
  arguments: [{ name: 'context_id' }],
  async run(context, { args }) {
    const contextId = idArgument(args.context_id, 'CONTEXT_ID');
    const manager = await context.manager('IpsecManager');
    await manager.getTunnelContext(contextId);
    if (!(await manager.applyConfiguration(contextId))) {
      throw new CliError(`Failed to enqueue configuration request for context #${contextId}`, 1);
    }
    context.out(`Configuration request received for context #${contextId}\n`);
  },
});

export default command;
