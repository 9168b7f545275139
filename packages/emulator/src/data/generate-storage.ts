import { DATACENTERS } from './catalog';
import { DAY_MS, GENERATION_ANCHOR } from './dates';
import { addressAt, subnetsOf } from './network';
import type { Random } from './random';
import type {
  GuestRecord,
  HardwareRecord,
  SnapshotScheduleRecord,
  StorageSnapshotRecord,
  StorageVolumeRecord,
} from './records';
import { ID_BASES } from './state';
import { ENDURANCE_TIERS, ISCSI_OS_TYPES } from './storage-catalog';

export interface GenerateStorageOptions {
  /** The storage part's own random stream. */
  random: Random;
  count: number;
  accountId: number;
  /** The generated guests and servers: volumes authorize some of those in their datacenter. */
  guests: readonly GuestRecord[];
  hardware: readonly HardwareRecord[];
  /** The next id of the shared volume/snapshot id space. */
  allocate: () => number;
  /** Clock for transactions running when the emulator starts. */
  now: number;
}

const CAPACITIES = [20, 40, 80, 100, 250, 500, 1000, 2000, 4000];
const PERFORMANCE_IOPS = [100, 200, 400, 1000, 2000, 3000, 6000];
const SNAPSHOT_CAPACITIES = [5, 10, 20, 40, 100];
const BLOCK_NOTES = ['mysql data', 'vmware datastore', 'oracle redo logs', 'kafka brokers', 'backup target'];
const FILE_NOTES = ['shared uploads', 'home directories', 'build cache', 'media library', 'nfs for k8s pvcs'];
const TRANSACTIONS = ['Volume Modification', 'Snapshot Space Upgrade', 'Volume Duplicate Provisioning'];

function pickSome<T>(random: Random, items: readonly T[], most: number): T[] {
  const chosen: T[] = [];
  const wanted = Math.min(items.length, random.int(0, most));
  for (let attempt = 0; chosen.length < wanted && attempt < wanted * 4; attempt++) {
    const item = random.pick(items);
    if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}

function groupByDatacenter<T extends { datacenterId: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.datacenterId);
    if (group) group.push(item);
    else groups.set(item.datacenterId, [item]);
  }
  return groups;
}

function dailySchedule(random: Random, createdAt: number): SnapshotScheduleRecord {
  return {
    type: 'DAILY',
    retentionCount: random.pick([3, 7, 14]),
    minute: random.pick([0, 15, 30]),
    hour: random.int(0, 5),
    dayOfWeek: 'SUNDAY',
    active: true,
    createdAt,
  };
}

/**
 * Builds the account's block and file volumes (alternating, so about half each; every third of a kind is
 * Performance, the others Endurance) with snapshots, schedules and hosts authorized from the generated guests,
 * servers and subnets of the volume's datacenter.
 */
export function generateStorage(options: GenerateStorageOptions): {
  volumes: StorageVolumeRecord[];
  snapshots: StorageSnapshotRecord[];
} {
  const { random, accountId, guests, hardware } = options;
  const volumes: StorageVolumeRecord[] = [];
  const snapshots: StorageSnapshotRecord[] = [];
  const numbers = { block: 0, file: 0 };
  const guestsByDatacenter = groupByDatacenter(guests);
  const hardwareByDatacenter = groupByDatacenter(hardware);
  for (let index = 0; index < options.count; index++) {
    const kind = index % 2 === 0 ? 'block' : 'file';
    const offering = Math.floor(index / 2) % 3 === 2 ? 'PERFORMANCE' : 'ENDURANCE';
    numbers[kind] += 1;
    const number = numbers[kind];
    // Volumes live where the account's guests are (so there are hosts to authorize).
    const anchorGuest = guests.length > 0 ? random.pick(guests) : undefined;
    const datacenterId = anchorGuest?.datacenterId ?? random.pick(DATACENTERS).id;
    const capacityGb = random.pick(CAPACITIES);
    const tier = offering === 'ENDURANCE' ? random.pick(ENDURANCE_TIERS) : undefined;
    const provisionedIops = tier
      ? Math.max(100, Math.round(capacityGb * tier.iopsPerGb))
      : random.pick(PERFORMANCE_IOPS);
    const createdAt = GENERATION_ANCHOR - random.int(20, 1100) * DAY_MS - random.int(0, DAY_MS);
    const snapshotCapacityGb = random.chance(0.65) ? random.pick(SNAPSHOT_CAPACITIES) : 0;
    const localGuests = guestsByDatacenter.get(datacenterId) ?? [];
    const localHardware = hardwareByDatacenter.get(datacenterId) ?? [];
    const allowedGuests = pickSome(random, localGuests, 3);
    if (anchorGuest && !allowedGuests.includes(anchorGuest) && random.chance(0.8))
      allowedGuests.unshift(anchorGuest);
    const privateSubnet = subnetsOf(datacenterId).private;
    const busy = random.chance(0.12);
    const id = options.allocate();
    const volume: StorageVolumeRecord = {
      id,
      kind,
      offering,
      username: kind === 'block' ? `SL02SEL${accountId}-${number}` : `SL02SV${accountId}_${number}`,
      password: `${random.hex(8)}${random.pick(['Kq', 'Zt', 'Wm'])}${random.int(10, 99)}`,
      capacityGb,
      tierLevel: tier?.keyName ?? null,
      provisionedIops,
      datacenterId,
      clusterIndex: random.int(1, 4),
      lunId: kind === 'block' ? random.int(0, 30) : null,
      osType: kind === 'block' ? random.pick(ISCSI_OS_TYPES).keyName : null,
      bytesUsed: Math.round(capacityGb * 1024 ** 3 * random.next() * 0.9),
      ...(random.chance(0.7) ? { notes: random.pick(kind === 'block' ? BLOCK_NOTES : FILE_NOTES) } : {}),
      createdAt,
      hourly: random.chance(0.2),
      snapshotCapacityGb,
      snapshotSchedules:
        snapshotCapacityGb > 0 && random.chance(0.5) ? [dailySchedule(random, createdAt + DAY_MS)] : [],
      snapshotNotification: true,
      allowedGuestIds: allowedGuests.map((guest) => guest.id),
      allowedHardwareIds: pickSome(random, localHardware, 1).map((server) => server.id),
      allowedIpAddresses: random.chance(0.3) ? [addressAt(privateSubnet, 40_000 + random.int(0, 999))] : [],
      allowedSubnetIds: kind === 'file' && random.chance(0.4) ? [privateSubnet.id] : [],
      transaction: busy
        ? {
            id: ID_BASES.transaction - 10_000 - index,
            kind: 'generic',
            groupName: random.pick(TRANSACTIONS),
            startedAt: options.now - random.int(60, 900) * 1000,
            endsAt: options.now + random.int(600, 3600) * 1000,
          }
        : null,
      orderId: ID_BASES.order - 5000 - index,
    };
    volumes.push(volume);
    if (snapshotCapacityGb === 0) continue;
    const taken = random.int(0, 3);
    for (let s = 0; s < taken; s++) {
      const scheduled = volume.snapshotSchedules.length > 0 && random.chance(0.6);
      const snapshotCreatedAt = GENERATION_ANCHOR - (taken - s) * random.int(1, 6) * DAY_MS;
      const snapshotId = options.allocate();
      snapshots.push({
        id: snapshotId,
        volumeId: id,
        username: `${volume.username}_snapshot_${snapshotId}`,
        ...(scheduled ? {} : { notes: random.pick(['before upgrade', 'nightly check', 'pre-migration']) }),
        createdAt: Math.max(createdAt + DAY_MS, snapshotCreatedAt),
        sizeBytes: Math.round(snapshotCapacityGb * 1024 ** 3 * random.next() * 0.2),
        scheduleType: scheduled ? 'DAILY' : null,
      });
    }
  }
  return { volumes, snapshots };
}
