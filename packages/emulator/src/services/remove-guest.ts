import { guestComponentId } from '../data/network';
import type { EmulatorState } from '../data/state';

/**
 * Removes a guest (deleteObject, an immediate cancellation) and what exists only through it: the security group
 * bindings of its network components. Call inside `mutate`.
 */
export function removeGuest(state: EmulatorState, guestId: number): void {
  const components = new Set([guestComponentId(guestId, 0), guestComponentId(guestId, 1)]);
  for (const binding of state.securityGroupBindings.filter((item) =>
    components.has(item.networkComponentId),
  )) {
    state.securityGroupBindings.delete(binding.id);
  }
  state.guests.delete(guestId);
}
