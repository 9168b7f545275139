// Orders on the storage-as-a-service package (759): new block and file volumes, replicas of a volume, duplicates
// (from a snapshot), upgrades of size and IOPS or tier, and snapshot space. `verifyOrder` checks the order and
// answers it priced; `placeOrder` checks it the same way, then creates or changes the volumes.
import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import { type ProductItem, type ProductPrice, productCatalog } from '../data/products';
import type { StorageVolumeRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { ENDURANCE_TIERS, ISCSI_OS_TYPES, STORAGE_PACKAGE } from '../data/storage-catalog';
import { PERFORMANCE_IOPS, TIER_CAPACITY, VOLUME_SIZE } from '../data/storage-package';
import { scheduleId, snapshotsOf } from '../models/network-storage';
import { priceView } from '../models/product';
import { toInteger } from './arguments';
import type { MethodInput } from './service-definition';

type Container = Record<string, unknown>;

/** Whether an order container is for the storage package. */
export function isStorageOrder(container: Container): boolean {
  return toInteger(container.packageId) === STORAGE_PACKAGE.id;
}

interface PricedItem {
  price: ProductPrice;
  item: ProductItem;
}

/** The order's prices, each of the storage package; a price of another package is refused as the API does. */
function pricedItems(container: Container): PricedItem[] {
  const catalog = productCatalog();
  const entries = Array.isArray(container.prices) ? container.prices : [];
  if (entries.length === 0) throw faults.missingParameter('The order names no prices.');
  return entries.map((entry) => {
    const given = (entry as { id?: unknown } | null)?.id;
    const price = catalog.priceById.get(toInteger(given) ?? -1);
    const item = price ? catalog.itemById.get(price.itemId) : undefined;
    if (!price || item?.packageId !== STORAGE_PACKAGE.id) {
      throw faults.invalidValue(
        `Price # ${JSON.stringify(given ?? null)} does not exist in package ${STORAGE_PACKAGE.id}.`,
      );
    }
    return { price, item };
  });
}

function ofCategory(priced: readonly PricedItem[], category: string): PricedItem | undefined {
  return priced.find((each) => each.price.categoryCode === category);
}

function within(price: ProductPrice, type: string, value: number): boolean {
  const restriction = price.capacityRestriction;
  return restriction?.type === type && value >= restriction.minimum && value <= restriction.maximum;
}

function volumeOf(state: EmulatorState, id: unknown, what: string): StorageVolumeRecord {
  const volumeId = toInteger(id);
  if (volumeId === undefined) throw faults.missingParameter(`The order must name the ${what}.`);
  const volume = state.storageVolumes.get(volumeId);
  if (!volume) throw faults.objectNotFound(volumeId);
  return volume;
}

/** The size, tier or IOPS a volume gets from the order's space and tier or IOPS prices, checked. */
interface VolumeShape {
  capacityGb: number;
  offering: 'ENDURANCE' | 'PERFORMANCE';
  tierLevel: string | null;
  provisionedIops: number;
}

function volumeShape(priced: readonly PricedItem[], container: Container): VolumeShape {
  const size = toInteger(container.volumeSize);
  if (size === undefined || size < VOLUME_SIZE.min || size > VOLUME_SIZE.max) {
    throw faults.invalidValue(`The volume size must be from ${VOLUME_SIZE.min} to ${VOLUME_SIZE.max} GB.`);
  }
  const space = ofCategory(priced, 'performance_storage_space');
  if (!space)
    throw faults.missingParameter('The order has no storage space price (performance_storage_space).');
  if (size < (space.item.capacityMinimum ?? 0) || size > (space.item.capacityMaximum ?? 0)) {
    throw faults.invalidValue(`Price # ${space.price.id} is not for ${size} GB of storage space.`);
  }
  const tier = ofCategory(priced, 'storage_tier_level');
  if (tier) {
    const spec = ENDURANCE_TIERS.find((each) => each.keyName === tier.item.keyName);
    if (!spec || !space.item.keyName.includes(`FOR_${String(spec.iopsPerGb).replace('.', '_')}_IOPS`)) {
      throw faults.invalidValue(
        `Price # ${space.price.id} is not the storage space of tier ${tier.item.keyName}.`,
      );
    }
    return {
      capacityGb: size,
      offering: 'ENDURANCE',
      tierLevel: spec.keyName,
      provisionedIops: Math.max(100, Math.round(size * spec.iopsPerGb)),
    };
  }
  const iopsPrice = ofCategory(priced, 'performance_storage_iops');
  if (!iopsPrice) throw faults.missingParameter('The order has neither a tier level nor an IOPS price.');
  const iops = toInteger(container.iops);
  if (iops === undefined || iops < PERFORMANCE_IOPS.min || iops > PERFORMANCE_IOPS.max) {
    throw faults.invalidValue(`The IOPS must be from ${PERFORMANCE_IOPS.min} to ${PERFORMANCE_IOPS.max}.`);
  }
  if (!within(iopsPrice.price, 'STORAGE_SPACE', size)) {
    throw faults.invalidValue(`Price # ${iopsPrice.price.id} is not for IOPS on ${size} GB.`);
  }
  return { capacityGb: size, offering: 'PERFORMANCE', tierLevel: null, provisionedIops: iops };
}

/** The snapshot space an order's snapshot price gives (0 without one), checked against the volume's tier or IOPS. */
function snapshotSpace(priced: readonly PricedItem[], shape: VolumeShape): number {
  const snapshot = ofCategory(priced, 'storage_snapshot_space');
  if (!snapshot) return 0;
  const fits =
    shape.tierLevel === null
      ? within(snapshot.price, 'IOPS', shape.provisionedIops)
      : within(snapshot.price, 'STORAGE_TIER_LEVEL', TIER_CAPACITY[shape.tierLevel] ?? -1);
  if (!fits) throw faults.invalidValue(`Price # ${snapshot.price.id} is not for this volume's tier or IOPS.`);
  return snapshot.item.capacity;
}

function datacenterOf(location: unknown): number {
  const id = toInteger(location);
  const found = DATACENTERS.find((dc) => dc.id === id || dc.name === String(location));
  if (!found)
    throw faults.invalidValue(`The location ${JSON.stringify(location ?? null)} is not a datacenter.`);
  return found.id;
}

/** A new volume's kind (`storage_block` or `storage_file` price) and, for block, its OS type. */
function kindOf(
  priced: readonly PricedItem[],
  container: Container,
): { kind: 'block' | 'file'; osType: string | null } {
  const block = ofCategory(priced, 'storage_block');
  const file = ofCategory(priced, 'storage_file');
  if (!ofCategory(priced, 'storage_as_a_service')) {
    throw faults.missingParameter('The order has no storage as a service price (storage_as_a_service).');
  }
  if (Boolean(block) === Boolean(file))
    throw faults.invalidValue('The order must have one storage_block or storage_file price.');
  if (file) return { kind: 'file', osType: null };
  const osType = (container.osFormatType as { keyName?: unknown } | undefined)?.keyName;
  if (!ISCSI_OS_TYPES.some((each) => each.keyName === osType)) {
    throw faults.invalidValue(
      `The OS format type ${JSON.stringify(osType ?? null)} is not a valid iSCSI OS type.`,
    );
  }
  return { kind: 'block', osType: String(osType) };
}

/** What a checked order does when placed. */
type Apply = (state: EmulatorState, orderId: number, now: number) => number[];

function newVolume(
  state: EmulatorState,
  base: Omit<StorageVolumeRecord, 'id' | 'username' | 'password'>,
): StorageVolumeRecord {
  const id = state.allocateId('storage');
  const number = state.storageVolumes.all().filter((volume) => volume.kind === base.kind).length + 1;
  const volume: StorageVolumeRecord = {
    ...base,
    id,
    username:
      base.kind === 'block' ? `SL02SEL${state.accountId}-${number}` : `SL02SV${state.accountId}_${number}`,
    password: `pw${id.toString(36)}Kq${(id % 90) + 10}`,
  };
  state.storageVolumes.insert(volume);
  return volume;
}

function blankVolume(
  kind: { kind: 'block' | 'file'; osType: string | null },
  shape: VolumeShape,
  extra: { datacenterId: number; snapshotCapacityGb: number; hourly: boolean; orderId: number; now: number },
): Omit<StorageVolumeRecord, 'id' | 'username' | 'password'> {
  return {
    kind: kind.kind,
    offering: shape.offering,
    capacityGb: shape.capacityGb,
    tierLevel: shape.tierLevel,
    provisionedIops: shape.provisionedIops,
    datacenterId: extra.datacenterId,
    clusterIndex: 1,
    lunId: kind.kind === 'block' ? 0 : null,
    osType: kind.osType,
    bytesUsed: 0,
    createdAt: extra.now,
    hourly: extra.hourly,
    snapshotCapacityGb: extra.snapshotCapacityGb,
    snapshotSchedules: [],
    snapshotNotification: true,
    allowedGuestIds: [],
    allowedHardwareIds: [],
    allowedIpAddresses: [],
    allowedSubnetIds: [],
    transaction: null,
    orderId: extra.orderId,
  };
}

/** Checks a storage order; returns what placing it does. */
function check(container: Container, state: EmulatorState): Apply {
  const priced = pricedItems(container);
  const type = String(container.complexType ?? '');
  const hourly = container.useHourlyPricing === true || container.useHourlyPricing === 1;
  if (type.endsWith('Network_Storage_AsAService_Upgrade')) {
    const volume = volumeOf(
      state,
      (container.volume as { id?: unknown } | undefined)?.id,
      'volume to upgrade (volume.id)',
    );
    const shape = volumeShape(priced, container);
    if (shape.offering !== volume.offering)
      throw faults.invalidValue('An upgrade cannot change the storage type.');
    if (shape.capacityGb < volume.capacityGb) throw faults.invalidValue('A volume cannot be made smaller.');
    return () => {
      Object.assign(volume, shape);
      return [volume.id];
    };
  }
  if (/Network_Storage_Enterprise_SnapshotSpace(_Upgrade)?$/.test(type)) {
    const volume = volumeOf(state, container.volumeId, 'volume (volumeId)');
    const shape = { ...volume };
    const size = snapshotSpace(priced, shape);
    if (size === 0) throw faults.missingParameter('The order has no snapshot space price.');
    if (type.endsWith('_Upgrade') ? size <= volume.snapshotCapacityGb : volume.snapshotCapacityGb > 0) {
      throw faults.invalidValue(
        type.endsWith('_Upgrade')
          ? 'An upgrade must order more snapshot space than the volume has.'
          : 'The volume already has snapshot space; order an upgrade.',
      );
    }
    return () => {
      volume.snapshotCapacityGb = size;
      return [volume.id];
    };
  }
  if (!type.endsWith('Network_Storage_AsAService')) {
    throw faults.invalidValue(
      `The emulator does not take ${type || 'untyped'} orders on package ${STORAGE_PACKAGE.id}.`,
    );
  }
  const kind = kindOf(priced, container);
  const shape = volumeShape(priced, container);
  const snapshotCapacityGb = snapshotSpace(priced, shape);
  const datacenterId = datacenterOf(container.location);
  const replicated = container.originVolumeId !== undefined;
  const duplicated = container.duplicateOriginVolumeId !== undefined;
  let link: Pick<StorageVolumeRecord, 'replicaOfId' | 'replicationScheduleType' | 'duplicateOf'> = {};
  if (replicated) {
    const origin = volumeOf(state, container.originVolumeId, 'origin volume');
    if (!ofCategory(priced, 'performance_storage_replication')) {
      throw faults.missingParameter('A replica order needs a replication price.');
    }
    const schedule = origin.snapshotSchedules.find(
      (each) => scheduleId(origin, each.type) === (toInteger(container.originVolumeScheduleId) ?? -1),
    );
    if (!schedule) {
      throw faults.invalidValue(
        'The origin volume schedule id is not a snapshot schedule of the origin volume.',
      );
    }
    if (datacenterId === origin.datacenterId)
      throw faults.invalidValue('A replica must be in another datacenter.');
    if (origin.kind !== kind.kind || origin.offering !== shape.offering) {
      throw faults.invalidValue("A replica must be of the origin volume's kind and storage type.");
    }
    link = { replicaOfId: origin.id, replicationScheduleType: schedule.type };
  } else if (duplicated) {
    const origin = volumeOf(state, container.duplicateOriginVolumeId, 'origin volume');
    const snapshotId = toInteger(container.duplicateOriginSnapshotId);
    if (
      snapshotId !== undefined &&
      !snapshotsOf(origin, state).some((snapshot) => snapshot.id === snapshotId)
    ) {
      throw faults.invalidValue(`Snapshot ${snapshotId} is not a snapshot of volume ${origin.id}.`);
    }
    if (origin.kind !== kind.kind)
      throw faults.invalidValue("A duplicate must be of the origin volume's kind.");
    link = {
      duplicateOf: {
        volumeId: origin.id,
        ...(snapshotId === undefined ? {} : { snapshotId }),
        dependent:
          container.isDependentDuplicateFlag !== undefined && container.isDependentDuplicateFlag !== null,
      },
    };
  }
  return (target, orderId, now) => {
    const volume = newVolume(target, {
      ...blankVolume(kind, shape, { datacenterId, snapshotCapacityGb, hourly, orderId, now }),
      ...link,
    });
    return [volume.id];
  };
}

/** `verifyOrder` (`place` false) or `placeOrder` of a storage order. */
export function storageOrder(
  container: Container,
  input: MethodInput,
  place: boolean,
): Record<string, unknown> {
  const { state, now } = input.context;
  const apply = check(container, state);
  const priced = pricedItems(container);
  const details = { ...container, prices: priced.map(({ price }) => priceView(price)) };
  if (!place) return details;
  return state.mutate(() => {
    const orderId = state.allocateId('order');
    apply(state, orderId, now);
    state.orders.insert({
      id: orderId,
      createdAt: now,
      userId: input.context.user.id,
      priceIds: priced.map(({ price }) => price.id),
      guestIds: [],
      status: 'APPROVED',
    });
    return {
      orderId,
      orderDate: formatApiDate(now),
      orderDetails: details,
      placedOrder: {
        id: orderId,
        accountId: state.accountId,
        createDate: formatApiDate(now),
        status: 'APPROVED',
        userRecordId: input.context.user.id,
        items: priced.map(({ price, item }, index) => ({
          id: orderId * 10 + index,
          itemId: item.id,
          itemPriceId: price.id,
          description: item.description,
          hourlyRecurringFee: price.hourlyRecurringFee,
          recurringFee: price.recurringFee,
        })),
      },
    };
  });
}
