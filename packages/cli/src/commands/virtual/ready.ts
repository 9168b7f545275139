import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'ready',
  description: 'Check if a virtual server is ready.',
  arguments: [{ name: 'identifier' }],
  options: [{ flags: '--wait <seconds>', description: 'Seconds to wait', integer: true, default: 0 }],
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    const wait = Math.max(0, integer(input.options.wait) ?? 0);
    try {
      await manager.waitForReady(id, { timeoutMs: wait * 1000 });
    } catch (error) {
      if ((error as { code?: string }).code === 'SL_WAIT_TIMEOUT') {
        throw new CliError(`Instance ${id} not ready`);
      }
      throw error;
    }
    return 'READY';
  },
});

export default command;
