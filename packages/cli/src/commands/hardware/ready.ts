import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'ready',
  description: 'Check if a server is ready.',
  arguments: [{ name: 'identifier' }],
  options: [{ flags: '--wait <seconds>', description: 'Seconds to wait', integer: true, default: 0 }],
  async run(context, { args, options }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    const wait = Math.max(0, integer(options.wait) ?? 0);
    try {
      await manager.waitForReady(id, { timeoutMs: wait * 1000 });
    } catch (error) {
      if ((error as { code?: string }).code === 'SL_WAIT_TIMEOUT')
        throw new CliError(`Server ${id} not ready`);
      throw error;
    }
    return 'READY';
  },
});

export default command;
