import type { SoftLayerClient } from '@sl/client';
import type { SoftLayer_Network_Storage } from '@sl/types';
import { invalid } from './check-input';
import {
  billingCategory,
  blockOrFile,
  getDatacenterId,
  getStoragePackage,
  isStaasV2,
  type StorageOrder,
  type StorageOrderControl,
  saasVolumePrices,
  volumeKind,
} from './storage-order';
import {
  enterpriseSpacePrice,
  enterpriseTierPrice,
  priceByCategory,
  saasReplicationPrice,
  saasSnapshotSpacePrice,
  volumeTier,
} from './storage-prices';

/*
 * The orders made from an existing volume (replica, duplicate, modification, snapshot space), as the reference's
 * storage_utils builds them: each takes the volume as read with its method's mask.
 */

const CONTAINER = 'SoftLayer_Container_Product_Order_Network_Storage_';

/** The reference's masks of the volume each order reads. */
export const ORDER_MASKS: Readonly<Record<'replicant' | 'duplicate' | 'modified' | 'snapshot', string>> = {
  replicant:
    'billingItem[activeChildren,hourlyFlag],storageTierLevel,osType,staasVersion,hasEncryptionAtRest,' +
    'snapshotCapacityGb,schedules,intervalSchedule,hourlySchedule,dailySchedule,weeklySchedule,' +
    'storageType[keyName],provisionedIops',
  duplicate:
    'id,billingItem[location,hourlyFlag],snapshotCapacityGb,storageType[keyName],capacityGb,originalVolumeSize,' +
    'provisionedIops,storageTierLevel,osType[keyName],staasVersion,hasEncryptionAtRest',
  modified:
    'id,billingItem,storageType[keyName],capacityGb,provisionedIops,storageTierLevel,staasVersion,hasEncryptionAtRest',
  snapshot:
    'id,billingItem[location,hourlyFlag],storageType[keyName],storageTierLevel,provisionedIops,staasVersion,' +
    'hasEncryptionAtRest',
};

/** What `orderReplicantVolume` takes besides the volume, schedule and datacenter. */
export interface OrderReplicantOptions extends StorageOrderControl {
  /** The primary's tier (IOPS per GB; default: read from the volume). */
  tier?: number;
  /** The block volume's OS type (default: the primary's). */
  osType?: string;
  /** The primary's IOPS (default: its provisioned IOPS). */
  iops?: number;
}

/** What `orderDuplicateVolume` takes. */
export interface OrderDuplicateOptions extends StorageOrderControl {
  /** The snapshot to duplicate from (default: the volume as it is). */
  originSnapshotId?: number;
  /** Size of the duplicate in GB (default: the origin's). */
  size?: number;
  /** IOPS of a performance duplicate (default: the origin's). */
  iops?: number;
  /** Tier of an endurance duplicate (default: the origin's). */
  tierLevel?: number;
  /** Snapshot space of the duplicate in GB (default: the origin's; 0 for none). */
  snapshotSize?: number;
  /** Hourly billing (default monthly). */
  hourly?: boolean;
  /** A dependent duplicate (shares the origin's snapshot until split). */
  dependent?: boolean;
}

/** What `orderModifiedVolume` takes: at least a new size, IOPS or tier. */
export interface OrderModifiedOptions extends StorageOrderControl {
  size?: number;
  iops?: number;
  tierLevel?: number;
}

/** What `orderSnapshotSpace` takes besides the volume and capacity. */
export interface OrderSnapshotSpaceOptions extends StorageOrderControl {
  /** The volume's tier (IOPS per GB; default: read from the volume). */
  tier?: number;
  /** Upgrade the volume's existing snapshot space. */
  upgrade?: boolean;
}

function hourlyOf(volume: SoftLayer_Network_Storage): boolean {
  return Boolean(volume.billingItem?.hourlyFlag);
}

function requirePerformanceV2(volume: SoftLayer_Network_Storage, what: string): void {
  if (!isStaasV2(volume)) {
    throw invalid(
      `${what} cannot be ordered for this performance volume: it does not support Encryption at Rest`,
    );
  }
}

/** The order of a replica of `volume` in a datacenter, on one of its snapshot schedules. */
export async function buildReplicantOrder(
  client: SoftLayerClient,
  volume: SoftLayer_Network_Storage,
  request: { schedule: string; location: string },
  options: OrderReplicantOptions,
): Promise<StorageOrder> {
  if (!volume.billingItem || volume.billingItem.cancellationDate) {
    throw invalid('this volume is set for cancellation: unable to order a replicant volume');
  }
  for (const child of volume.billingItem.activeChildren ?? []) {
    if (child.categoryCode === 'storage_snapshot_space' && child.cancellationDate) {
      throw invalid(
        'the snapshot space of this volume is set for cancellation: unable to order a replicant volume',
      );
    }
  }
  const location = await getDatacenterId(client, request.location, options);
  const size = Number(volume.capacityGb);
  const category = billingCategory(volume, 'a replicant volume');
  if (volume.snapshotCapacityGb === undefined) throw invalid('the primary volume has no snapshot space');
  const snapshotSize = Number(volume.snapshotCapacityGb);
  const scheduleKey = `SNAPSHOT_${request.schedule}`;
  const schedule = volume.schedules?.find((each) => each.type?.keyname === scheduleKey);
  if (schedule?.id === undefined) throw invalid(`the volume has no ${request.schedule} snapshot schedule`);
  const pack = await getStoragePackage(client, category, options);
  const volumeType = blockOrFile(volume);
  const iops = options.iops ?? Number(volume.provisionedIops);
  let order: StorageOrder;
  if (category === 'storage_as_a_service') {
    const kind = volumeKind(volume);
    if (kind === 'performance') requirePerformanceV2(volume, 'A replica volume');
    const tier = kind === 'endurance' ? (options.tier ?? volumeTier(volume.storageTierLevel)) : 0;
    const level = kind === 'performance' ? { iops } : { tier };
    order = {
      complexType: `${CONTAINER}AsAService`,
      prices: [
        priceByCategory(pack, category),
        priceByCategory(pack, `storage_${volumeType}`),
        ...saasVolumePrices(pack, kind, size, { tier, iops }),
        saasSnapshotSpacePrice(pack, snapshotSize, level),
        saasReplicationPrice(pack, level),
      ],
      volumeSize: size,
      ...(kind === 'performance' ? { iops } : {}),
    };
  } else {
    const tier = options.tier ?? volumeTier(volume.storageTierLevel);
    order = {
      complexType: `${CONTAINER}Enterprise`,
      prices: [
        priceByCategory(pack, category),
        priceByCategory(pack, `storage_${volumeType}`),
        enterpriseSpacePrice(pack, 'endurance', size, tier),
        enterpriseTierPrice(pack, tier),
        enterpriseSpacePrice(pack, 'snapshot', snapshotSize, tier),
        enterpriseSpacePrice(pack, 'replication', size, tier),
      ],
    };
  }
  const osType = options.osType ?? volume.osType?.keyName;
  if (volumeType === 'block' && osType === undefined) {
    throw invalid("cannot find the primary volume's OS type: give osType");
  }
  return {
    ...order,
    packageId: pack.id,
    quantity: 1,
    location,
    originVolumeId: volume.id,
    originVolumeScheduleId: schedule.id,
    useHourlyPricing: hourlyOf(volume),
    ...(volumeType === 'block' ? { osFormatType: { keyName: osType } } : {}),
  };
}

/** The order of a duplicate of `volume` (from a snapshot, when given). */
export async function buildDuplicateOrder(
  client: SoftLayerClient,
  volume: SoftLayer_Network_Storage,
  options: OrderDuplicateOptions,
): Promise<StorageOrder> {
  if (!volume.billingItem) throw invalid('the origin volume has been cancelled: unable to order a duplicate');
  if (volume.snapshotCapacityGb === undefined || volume.snapshotCapacityGb === null) {
    throw invalid('the origin volume has no snapshot space, which duplication needs');
  }
  const location = volume.billingItem.location?.id;
  if (location === undefined) throw invalid("cannot find the origin volume's location");
  if (!isStaasV2(volume)) {
    throw invalid('this volume cannot be duplicated since it does not support Encryption at Rest');
  }
  const snapshotSize = options.snapshotSize ?? Number(volume.snapshotCapacityGb);
  const size = options.size ?? Number(volume.capacityGb);
  const pack = await getStoragePackage(client, 'storage_as_a_service', options);
  const kind = volumeKind(volume);
  const volumeType = blockOrFile(volume);
  const iops = kind === 'performance' ? (options.iops ?? Number(volume.provisionedIops ?? 0)) : 0;
  if (kind === 'performance' && !(iops > 0))
    throw invalid("cannot find the origin volume's provisioned IOPS");
  const tier = kind === 'endurance' ? (options.tierLevel ?? volumeTier(volume.storageTierLevel)) : 0;
  const level = kind === 'performance' ? { iops } : { tier };
  const osType = volume.osType?.keyName;
  if (volumeType === 'block' && osType === undefined)
    throw invalid("cannot find the origin volume's OS type");
  return {
    complexType: `${CONTAINER}AsAService`,
    packageId: pack.id,
    prices: [
      priceByCategory(pack, 'storage_as_a_service'),
      priceByCategory(pack, `storage_${volumeType}`),
      ...saasVolumePrices(pack, kind, size, { tier, iops }),
      ...(snapshotSize > 0 ? [saasSnapshotSpacePrice(pack, snapshotSize, level)] : []),
    ],
    volumeSize: size,
    quantity: 1,
    location,
    duplicateOriginVolumeId: volume.id,
    useHourlyPricing: options.hourly ?? false,
    ...(kind === 'performance' ? { iops } : {}),
    ...(volumeType === 'block' ? { osFormatType: { keyName: osType } } : {}),
    ...(options.originSnapshotId === undefined
      ? {}
      : { duplicateOriginSnapshotId: options.originSnapshotId }),
    ...(options.dependent ? { isDependentDuplicateFlag: 1 } : {}),
  };
}

/** The upgrade order of `volume` to a new size, IOPS or tier. */
export async function buildModifyOrder(
  client: SoftLayerClient,
  volume: SoftLayer_Network_Storage,
  options: OrderModifiedOptions,
): Promise<StorageOrder> {
  if (!volume.billingItem) throw invalid('the volume has been cancelled: unable to modify it');
  if (!isStaasV2(volume)) {
    throw invalid('this volume cannot be modified since it does not support Encryption at Rest');
  }
  const pack = await getStoragePackage(client, 'storage_as_a_service', options);
  const kind = volumeKind(volume);
  const change = kind === 'performance' ? options.iops : options.tierLevel;
  if (options.size === undefined && change === undefined) {
    throw invalid(
      `a size or ${kind === 'performance' ? 'IOPS' : 'tier'} value must be given to modify this volume`,
    );
  }
  const size = options.size ?? Number(volume.capacityGb);
  const iops = kind === 'performance' ? (options.iops ?? Number(volume.provisionedIops ?? 0)) : 0;
  if (kind === 'performance' && !(iops > 0)) throw invalid("cannot find the volume's provisioned IOPS");
  const tier = kind === 'endurance' ? (options.tierLevel ?? volumeTier(volume.storageTierLevel)) : 0;
  return {
    complexType: `${CONTAINER}AsAService_Upgrade`,
    packageId: pack.id,
    prices: [
      priceByCategory(pack, 'storage_as_a_service'),
      ...saasVolumePrices(pack, kind, size, { tier, iops }),
    ],
    volume: { id: volume.id },
    volumeSize: size,
    ...(kind === 'performance' ? { iops } : {}),
  };
}

/** The order of `capacity` GB of snapshot space on `volume` (an upgrade of its space with `upgrade`). */
export async function buildSnapshotSpaceOrder(
  client: SoftLayerClient,
  volume: SoftLayer_Network_Storage,
  capacity: number,
  options: OrderSnapshotSpaceOptions,
): Promise<StorageOrder> {
  if (!volume.billingItem) throw invalid('this volume has been cancelled: unable to order snapshot space');
  const category = billingCategory(volume, 'Snapshot space');
  const pack = await getStoragePackage(client, category, options);
  let price: ReturnType<typeof priceByCategory>;
  if (category === 'storage_as_a_service') {
    const kind = volumeKind(volume);
    if (kind === 'performance') {
      requirePerformanceV2(volume, 'Snapshot space');
      price = saasSnapshotSpacePrice(pack, capacity, { iops: Number(volume.provisionedIops) });
    } else {
      price = saasSnapshotSpacePrice(pack, capacity, {
        tier: options.tier ?? volumeTier(volume.storageTierLevel),
      });
    }
  } else {
    price = enterpriseSpacePrice(
      pack,
      'snapshot',
      capacity,
      options.tier ?? volumeTier(volume.storageTierLevel),
    );
  }
  const location = volume.billingItem.location?.id;
  return {
    complexType: `${CONTAINER}Enterprise_SnapshotSpace${options.upgrade ? '_Upgrade' : ''}`,
    packageId: pack.id,
    prices: [price],
    quantity: 1,
    location,
    volumeId: volume.id,
    useHourlyPricing: hourlyOf(volume),
  };
}
