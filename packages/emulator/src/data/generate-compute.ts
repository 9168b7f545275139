// The compute objects of a generated account beyond guests and servers: portable storage volumes and dedicated
// hosts.
// Derived from the guests without drawing random numbers, so adding them left every other object as it was.
import type { DedicatedHostRecord } from './dedicated-host-record';
import { vlansOf } from './network';
import type { PortableDiskRecord } from './portable-disk-record';
import type { GuestRecord } from './records';

export interface GeneratedCompute {
  portableDisks: PortableDiskRecord[];
  dedicatedHosts: DedicatedHostRecord[];
}

export interface ComputeGeneration {
  guests: readonly GuestRecord[];
  allocate: (kind: 'portableDisk' | 'dedicatedHost' | 'order') => number;
  /** The account's master user, who ordered the hosts. */
  ownerUserId: number;
  /** When the account was generated (dates count back from it). */
  anchor: number;
}

const PORTABLE_SIZES = [25, 100, 250];

/** One free portable disk in each of the first three guests' datacenters. */
export function generateCompute({
  guests,
  allocate,
  anchor,
  ownerUserId,
}: ComputeGeneration): GeneratedCompute {
  const datacenters = [...new Set(guests.map((guest) => guest.datacenterId))].slice(0, 3);
  const portableDisks = datacenters.map((datacenterId, index) => ({
    id: allocate('portableDisk'),
    name: `portable-${index + 1}`,
    capacityGb: PORTABLE_SIZES[index % PORTABLE_SIZES.length]!,
    datacenterId,
    guestId: null,
    createdAt: anchor - (index + 10) * 86_400_000,
  }));
  // An empty dedicated host in the first guest's datacenter (guests move onto it with migrateDedicatedHost).
  const dedicatedHosts: DedicatedHostRecord[] = [];
  const first = guests[0];
  if (first) {
    const host: DedicatedHostRecord = {
      id: allocate('dedicatedHost'),
      name: 'dedicatedhost01',
      datacenterId: first.datacenterId,
      backendRouterId: vlansOf(first.datacenterId).private.routerId,
      cpuCount: 56,
      memoryCapacityGb: 242,
      diskCapacityGb: 1200,
      hourly: false,
      createdAt: anchor - 40 * 86_400_000,
      modifiedAt: anchor - 40 * 86_400_000,
      orderId: allocate('order'),
      ownerUserId,
      tags: [],
    };
    dedicatedHosts.push(host);
  }
  return { portableDisks, dedicatedHosts };
}
