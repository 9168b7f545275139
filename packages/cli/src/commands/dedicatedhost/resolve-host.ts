import type { DedicatedHostManager } from '@sl/managers';
import type { CommandContext } from '../../command-context';
import type { OptionValue } from '../../define-command';
import { resolveId } from '../resolve-id';

/** The dedicated host manager and the host an argument names (an id or a name; exit 2 when none or several). */
export async function resolveHost(
  context: CommandContext,
  identifier: OptionValue | string[],
): Promise<{ manager: DedicatedHostManager; id: number }> {
  const manager = await context.manager('DedicatedHostManager');
  const id = await resolveId(manager, identifier as string | string[] | undefined, 'dedicated host');
  return { manager, id };
}
