import type { NetworkEditRecord } from '../data/records';
import type { EmulatorState } from '../data/state';

/** Changes the stored edits of a VLAN or subnet (creating them on first change), inside one state change. */
export function editNetworkObject(
  state: EmulatorState,
  id: number,
  change: (edits: NetworkEditRecord) => void,
): void {
  state.mutate(() => {
    const edits = state.networkEdits.get(id) ?? state.networkEdits.insert({ id, tags: [] });
    change(edits);
  });
}
