// Where an ordered guest goes besides its datacenter: into a placement group (`virtualGuests[].placementGroupId`)
// and/or onto a dedicated host (`hostId` of the order), checked before anything is created.
import { faults } from '../api-fault';
import type { GuestRecord } from '../data/records';
import { backendRouterById } from '../data/routers';
import type { EmulatorState } from '../data/state';
import { PLACEMENT_GROUP_LIMIT } from '../models/placement-group';
import { toInteger } from './arguments';
import { findDatacenter } from './create-guest';

export interface GuestPlacement {
  placementGroupId?: number;
  dedicatedHostId?: number;
}

/**
 * The placement of each ordered guest (by index), checked: the group exists, is in the guests' datacenter and has
 * room for them all; the host exists, is in that datacenter and has the cores and memory.
 */
export function orderPlacements(
  container: Record<string, unknown>,
  guests: ReadonlyArray<{ datacenter?: string | number | undefined; cpus: number; memoryMb: number }>,
  state: EmulatorState,
): GuestPlacement[] {
  const templates = Array.isArray(container.virtualGuests) ? container.virtualGuests : [];
  const hostId = toInteger(container.hostId);
  const perGroup = new Map<number, number>();
  let hostCpus = 0;
  let hostMemoryGb = 0;
  return guests.map((guest, index) => {
    const datacenterId = findDatacenter(guest.datacenter);
    const placement: GuestPlacement = {};
    const groupId = toInteger(
      (templates[index] as { placementGroupId?: unknown } | undefined)?.placementGroupId,
    );
    if (groupId !== undefined) {
      const group = state.placementGroups.get(groupId);
      if (!group) throw faults.objectNotFound(groupId);
      if (backendRouterById(group.backendRouterId)?.datacenterId !== datacenterId) {
        throw faults.invalidValue(`Placement group ${group.name} is not in the datacenter of the order.`);
      }
      const members = state.guests.filter((other) => other.placementGroupId === groupId).length;
      const adding = (perGroup.get(groupId) ?? 0) + 1;
      if (members + adding > PLACEMENT_GROUP_LIMIT) {
        throw faults.publicError(
          `Placement group ${group.name} holds at most ${PLACEMENT_GROUP_LIMIT} guests.`,
        );
      }
      perGroup.set(groupId, adding);
      placement.placementGroupId = groupId;
    }
    if (hostId !== undefined) {
      const host = state.dedicatedHosts.get(hostId);
      if (!host) throw faults.objectNotFound(hostId);
      if (host.datacenterId !== datacenterId) {
        throw faults.invalidValue(`Dedicated host ${host.name} is not in the datacenter of the order.`);
      }
      const onHost = state.guests.filter((other) => other.dedicatedHostId === host.id);
      hostCpus += guest.cpus;
      hostMemoryGb += guest.memoryMb / 1024;
      const usedCpus = onHost.reduce((sum, other) => sum + other.maxCpu, 0) + hostCpus;
      const usedMemory = onHost.reduce((sum, other) => sum + other.maxMemory / 1024, 0) + hostMemoryGb;
      if (usedCpus > host.cpuCount || usedMemory > host.memoryCapacityGb) {
        throw faults.publicError(`Dedicated host ${host.name} has no room for the ordered guests.`);
      }
      placement.dedicatedHostId = host.id;
    }
    return placement;
  });
}

/** Puts a new guest where its placement says (inside the state change that created it). */
export function applyPlacement(guest: GuestRecord, placement: GuestPlacement | undefined): void {
  if (placement?.placementGroupId !== undefined) guest.placementGroupId = placement.placementGroupId;
  if (placement?.dedicatedHostId !== undefined) {
    guest.dedicatedHostId = placement.dedicatedHostId;
    guest.dedicated = true;
  }
}
