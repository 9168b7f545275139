import type { HardwareManager } from '@sl/managers';
import type { CommandContext } from '../../command-context';
import type { OptionValue } from '../../define-command';
import { resolveId } from '../resolve-id';

/** The hardware manager and the server an argument names (an id, a hostname or an IP; exit 2 when none or several). */
export async function resolveHardware(
  context: CommandContext,
  identifier: OptionValue | string[],
): Promise<{ manager: HardwareManager; id: number }> {
  const manager = await context.manager('HardwareManager');
  const id = await resolveId(manager, identifier as string | string[] | undefined, 'hardware');
  return { manager, id };
}

/** The API types the hardware commands read, taken from the manager's results. */
type Result<K extends keyof HardwareManager> = HardwareManager[K] extends (
  ...args: never[]
) => Promise<infer R>
  ? R
  : never;

export type Server = Result<'getHardware'>;
export type HardDrive = Result<'getHardDrives'>[number];
