import type { XmlRpcDecoded } from '@sl/xmlrpc-codec';
import type { ResourceType } from '../resource-records';
import { resourceSchemas } from '../resource-schema';

/** A value of a stored record field, as the codec decodes it. */
export type FcValue = XmlRpcDecoded;
/** A stored resource record: `__type__` plus its fields. */
export type FcRecord = { [field: string]: FcValue };

/** Every resource type, in the order of `resourceSchemas`. */
export const RESOURCE_TYPES: readonly ResourceType[] = Object.keys(resourceSchemas) as ResourceType[];

/** Every record the emulated directory holds, by type and primary key. */
export interface DirectoryState {
  readonly records: Record<ResourceType, Map<string, FcRecord>>;
  /** The next `id` / `id_number` handed out. */
  nextId: number;
}

export function createEmptyState(): DirectoryState {
  const records = Object.fromEntries(RESOURCE_TYPES.map((type) => [type, new Map<string, FcRecord>()]));
  return { records: records as DirectoryState['records'], nextId: 1000 };
}

/** A deep copy: `apply` works on one and commits it only when every record succeeded. */
export function cloneState(state: DirectoryState): DirectoryState {
  return structuredClone(state);
}

/** The map key of a record: its primary-key values, in order. */
export function primaryKeyOf(type: ResourceType, record: FcRecord): string {
  return JSON.stringify(resourceSchemas[type].primaryKey.map((field) => normalize(record[field])));
}

function normalize(value: FcValue | undefined): FcValue | undefined {
  return value instanceof Date ? value.toISOString() : value;
}

/** The resource group names at or below `name`, `name` first. */
export function groupAndDescendants(state: DirectoryState, name: string): string[] {
  const found = [name];
  for (let index = 0; index < found.length; index++) {
    for (const group of state.records.resourcegroup.values()) {
      if (group.parent === found[index] && !found.includes(group.name as string))
        found.push(group.name as string);
    }
  }
  return found;
}

/** Drops virtual machines whose scheduled deletion deadline has passed. */
export function purgeDeletedMachines(state: DirectoryState, now: number): void {
  for (const [key, machine] of state.records.virtualmachine) {
    const deletion = machine.deletion as { deadline?: FcValue } | null;
    if (deletion?.deadline instanceof Date && deletion.deadline.getTime() <= now) {
      state.records.virtualmachine.delete(key);
    }
  }
}
