// Every tagged object of the account, whatever its kind: what SoftLayer_Tag reads and changes.
import { TAG_TYPE_IDS } from '../models/tag-types';
import { findSubnet } from './ordered-subnets';
import { findVlan } from './ordered-vlans';
import type { EmulatorState } from './state';

/** An object that carries tags: its tag type, its id and its tags (the stored list, changed in place). */
export interface TaggedObject {
  typeId: number;
  resourceTableId: number;
  tags: string[];
}

/** Whether an id names a VLAN of the account, derived or ordered (else a network edit is a subnet's). */
function isVlan(state: EmulatorState, id: number): boolean {
  return findVlan(state, id) !== undefined;
}

/** Every object with at least one tag. */
export function taggedObjects(state: EmulatorState): TaggedObject[] {
  const out: TaggedObject[] = [];
  const add = (typeId: number, rows: readonly { id: number; tags: string[] }[]): void => {
    for (const row of rows)
      if (row.tags.length > 0) out.push({ typeId, resourceTableId: row.id, tags: row.tags });
  };
  add(TAG_TYPE_IDS.guest, state.guests.all());
  add(TAG_TYPE_IDS.hardware, state.hardware.all());
  add(TAG_TYPE_IDS.image, state.images.all());
  for (const edits of state.networkEdits.all()) {
    add(isVlan(state, edits.id) ? TAG_TYPE_IDS.vlan : TAG_TYPE_IDS.subnet, [edits]);
  }
  return out;
}

/**
 * The stored tag list of one object (`typeId`, id), creating the network edits row of a VLAN or subnet when
 * needed; undefined when there is no such object. Call inside `state.mutate`.
 */
export function tagListOf(state: EmulatorState, typeId: number, id: number): { tags: string[] } | undefined {
  switch (typeId) {
    case TAG_TYPE_IDS.guest:
      return state.guests.get(id);
    case TAG_TYPE_IDS.hardware:
      return state.hardware.get(id);
    case TAG_TYPE_IDS.image:
      return state.images.get(id);
    case TAG_TYPE_IDS.vlan:
    case TAG_TYPE_IDS.subnet: {
      const exists = typeId === TAG_TYPE_IDS.vlan ? isVlan(state, id) : findSubnet(state, id) !== undefined;
      if (!exists) return undefined;
      return state.networkEdits.get(id) ?? state.networkEdits.insert({ id, tags: [] });
    }
    default:
      return undefined;
  }
}
