// The snapshot space of a storage volume as a billing item of its own: the `storage_snapshot_space` child of the
// volume's billing item, which `SoftLayer_Billing_Item::cancelItem` cancels alone.
import type { StorageVolumeRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { billingItemOwner } from '../models/billing-ids';
import { storageBillingSubject } from '../models/network-storage';
import { billingItemView } from '../models/shared-views';
import type { ViewContext } from '../models/type-model';

const SNAPSHOT_SPACE = 'storage_snapshot_space';

/** The volume whose snapshot space a billing item id names (children are numbered parent id × 10 + position). */
export function snapshotSpaceVolume(id: number, state: EmulatorState): StorageVolumeRecord | undefined {
  const parent = Math.floor(id / 10);
  const owner = billingItemOwner(parent);
  if (owner?.kind !== 'storage') return undefined;
  const volume = state.storageVolumes.get(owner.id);
  if (!volume) return undefined;
  const subject = storageBillingSubject(volume);
  const at = subject.children.findIndex((child) => child.categoryCode === SNAPSHOT_SPACE);
  return at >= 0 && id === subject.billingItemId * 10 + at + 1 ? volume : undefined;
}

/** The snapshot space billing item (as the volume's billing item shows it among its children). */
export function snapshotSpaceItem(id: number, context: ViewContext): Record<string, unknown> | undefined {
  const volume = snapshotSpaceVolume(id, context.state);
  if (!volume) return undefined;
  const parent = billingItemView(storageBillingSubject(volume), context);
  const children = parent.children as Array<Record<string, unknown>>;
  const child = children.find((each) => each.id === id);
  return child ? { ...child, hourlyFlag: parent.hourlyFlag, location: parent.location } : undefined;
}

/**
 * Cancels a volume's snapshot space: at once (the space, its snapshots and schedules are gone) or on the
 * anniversary date (a cancellation date is set on the item). Call inside a state change.
 */
export function cancelSnapshotSpace(
  state: EmulatorState,
  volume: StorageVolumeRecord,
  id: number,
  immediate: boolean,
  now: number,
): void {
  if (!immediate) {
    state.cancellations.insert({ billingItemId: id, cancelledAt: now });
    return;
  }
  for (const snapshot of state.storageSnapshots.filter((item) => item.volumeId === volume.id)) {
    state.storageSnapshots.delete(snapshot.id);
  }
  volume.snapshotCapacityGb = 0;
  volume.snapshotSchedules = [];
}
