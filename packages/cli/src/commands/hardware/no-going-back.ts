import { CliError } from '../../cli-error';
import type { CommandContext } from '../../command-context';

/** slcli's `no_going_back(id)` for hardware: type the id to go on; anything else stops with "Aborted" (exit 2). */
export async function noGoingBack(context: CommandContext, id: number): Promise<void> {
  try {
    await context.noGoingBack(String(id));
  } catch (error) {
    if (error instanceof CliError) throw new CliError('Aborted');
    throw error;
  }
}
