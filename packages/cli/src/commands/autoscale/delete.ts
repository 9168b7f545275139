import { type CommandSpec, defineCommand, text } from '../../define-command';
import { describeError } from '../../report-error';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'delete',
  description: 'Delete this group and destroy all members of it.',
  help: 'Example: sl autoscale delete autoscaleId',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('AutoScaleManager');
    const id = await resolveId(manager, args.identifier, 'autoscale group');
    const name = text(args.identifier);
    try {
      await manager.delete(id);
      context.out(`${name} deleted successfully\n`);
    } catch (error) {
      // As slcli: an API fault is reported on stdout and the command still succeeds.
      const { message, exitCode } = describeError(error);
      if (exitCode !== 1 || !message.startsWith('SoftLayerAPIError(')) throw error;
      context.out(`Failed to delete ${name}\n${message}\n`);
    }
  },
});

export default command;
