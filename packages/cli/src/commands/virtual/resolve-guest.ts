import type { SoftLayerClient } from '@sl/client';
import type { VsManager } from '@sl/managers';
import type { CommandContext } from '../../command-context';
import { type CommandInput, text } from '../../define-command';
import { resolveId } from '../resolve-id';

/** What most `virtual` commands start with: the manager and the guest's id from `IDENTIFIER` (slcli's `'VS'`). */
export async function resolveGuest(
  context: CommandContext,
  { args }: CommandInput,
  name = 'VS',
): Promise<{ manager: VsManager; id: number; client: SoftLayerClient }> {
  const { VsManager } = await import('@sl/managers/vs-manager');
  const client = await context.client();
  const manager = new VsManager(client);
  const id = await resolveId((value) => manager.resolveIds(value), text(args.identifier) ?? '', name);
  return { manager, id, client };
}
