import type { SoftLayerClient } from '@sl/client';
import { queryFilter } from '@sl/filter';
import type {
  SoftLayer_Container_Product_Order,
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Network_Storage,
} from '@sl/types';
import { checkFlag, checkPositive, checkText, invalid } from './check-input';
import { type CallControl, signalOption } from './list-options';
import { ManagerError } from './manager-error';
import {
  ENDURANCE_TIERS,
  enterpriseSpacePrice,
  enterpriseTierPrice,
  type PriceRef,
  performanceIopsPrice,
  performanceSpacePrice,
  priceByCategory,
  type StoragePackage,
  saasEnduranceSpacePrice,
  saasEnduranceTierPrice,
  saasPerformanceIopsPrice,
  saasPerformanceSpacePrice,
  saasSnapshotSpacePrice,
} from './storage-prices';

/*
 * Building storage orders as the reference's storage_utils: the product package by category, the datacenter's id,
 * the prices for the volume's type, size and tier or IOPS; then verify-then-place (an order the API refuses at
 * `verifyOrder` places nothing).
 */

/** Whether to only check the order (`verifyOrder`), placing nothing. */
export interface StorageOrderControl extends CallControl {
  /** Only verify; resolves with the verified order instead of a receipt. */
  test?: boolean;
}

/** What a new volume order takes (`orderBlockVolume`, `orderFileVolume`). */
export interface OrderVolumeOptions extends StorageOrderControl {
  /** IOPS (performance volumes; required for them). */
  iops?: number;
  /** Endurance tier in IOPS per GB: 0.25, 2, 4 or 10 (endurance volumes; required for them). */
  tierLevel?: number;
  /** Snapshot space to order with the volume, in GB. */
  snapshotSize?: number;
  /** The offering package: `storage_as_a_service` (default), `enterprise` or `performance`. */
  serviceOffering?: 'storage_as_a_service' | 'enterprise' | 'performance';
  /** Hourly billing (default monthly). */
  hourly?: boolean;
}

/** A storage order container as sent to `Product_Order` (the storage containers' fields). */
export type StorageOrder = Omit<SoftLayer_Container_Product_Order, 'location'> & {
  /** The datacenter's id (the storage containers take it as a number). */
  location?: number | string;
} & Record<string, unknown>;

/** What the order methods resolve with: the receipt, or with `test` the verified order. */
export type StorageOrderResult =
  | SoftLayer_Container_Product_Order_Receipt
  | SoftLayer_Container_Product_Order;

const CONTAINER = 'SoftLayer_Container_Product_Order_Network_';

/** Checks an endurance tier (IOPS per GB). */
export function checkTier(value: unknown, what: string): number {
  if (typeof value !== 'number' || !ENDURANCE_TIERS.has(value)) {
    throw invalid(`${what} must be one of 0.25, 2, 4, 10 (IOPS per GB), got ${String(value)}`);
  }
  return value;
}

/** Checks the options of a new volume order; `method` names it in messages. */
export function checkVolumeOrder(
  storageType: unknown,
  location: unknown,
  size: unknown,
  options: OrderVolumeOptions,
  method: string,
): void {
  if (storageType !== 'performance' && storageType !== 'endurance') {
    throw invalid(`${method}: the storage type must be performance or endurance, got ${String(storageType)}`);
  }
  checkText(location, 'the datacenter', method);
  checkPositive(size, 'the size (GB)', method);
  if (storageType === 'performance') checkPositive(options.iops, 'the IOPS of a performance volume', method);
  else checkTier(options.tierLevel, `${method}: the tier level of an endurance volume`);
  if (options.snapshotSize !== undefined)
    checkPositive(options.snapshotSize, 'the snapshot size (GB)', method);
  const offering = options.serviceOffering ?? 'storage_as_a_service';
  if (!['storage_as_a_service', 'enterprise', 'performance'].includes(offering)) {
    throw invalid(`${method}: the service offering must be storage_as_a_service, enterprise or performance`);
  }
  // The performance package has no endurance prices; the enterprise one is the reference's for both.
  if (offering === 'performance' && storageType !== 'performance') {
    throw invalid(`${method}: the ${offering} offering is not available for ${String(storageType)} volumes`);
  }
  checkFlag(options.hourly, `${method}: hourly`);
  checkFlag(options.test, `${method}: test`);
}

/** The active storage package of a category (the reference's `get_package`). */
export async function getStoragePackage(
  client: SoftLayerClient,
  categoryCode: string,
  control: CallControl,
): Promise<StoragePackage> {
  const packages: StoragePackage[] = await client.call('Product_Package', 'getAllObjects', {
    filter: { categories: { categoryCode: queryFilter(categoryCode) }, statusCode: queryFilter('ACTIVE') },
    mask: 'id,name,items[prices[categories],attributes]',
    ...signalOption(control.signal),
  });
  if (packages.length !== 1) {
    throw new ManagerError(
      packages.length === 0 ? 'SL_NOT_FOUND' : 'SL_AMBIGUOUS',
      `${packages.length === 0 ? 'no' : 'more than one'} active package found for ${categoryCode}`,
    );
  }
  return packages[0]!;
}

/** The id of a datacenter by its short name (`dal09`). */
export async function getDatacenterId(
  client: SoftLayerClient,
  name: string,
  control: CallControl,
): Promise<number> {
  const datacenters: { id?: number; name?: string }[] = await client.call(
    'Location_Datacenter',
    'getDatacenters',
    {
      mask: 'mask[longName,id,name]',
      ...signalOption(control.signal),
    },
  );
  const found = datacenters.find((datacenter) => datacenter.name === name);
  if (found?.id === undefined) {
    throw new ManagerError(
      'SL_NOT_FOUND',
      `no datacenter named ${name}: give the lower case short name (dal09)`,
    );
  }
  return found.id;
}

/** The order of a new volume (block or file), priced from its package. */
export async function buildVolumeOrder(
  client: SoftLayerClient,
  volumeType: 'block' | 'file',
  request: { storageType: 'performance' | 'endurance'; location: string; size: number },
  options: OrderVolumeOptions,
): Promise<StorageOrder> {
  const { storageType, size } = request;
  const location = await getDatacenterId(client, request.location, options);
  const offering = options.serviceOffering ?? 'storage_as_a_service';
  const saas = offering === 'storage_as_a_service';
  const category = saas
    ? 'storage_as_a_service'
    : offering === 'enterprise'
      ? 'storage_service_enterprise'
      : `performance_storage_${volumeType === 'block' ? 'iscsi' : 'nfs'}`;
  const pack = await getStoragePackage(client, category, options);
  const iops = options.iops ?? 0;
  const tier = options.tierLevel ?? 0;
  const snapshot = options.snapshotSize;
  let complexType: string;
  let prices: PriceRef[];
  if (saas) {
    complexType = `${CONTAINER}Storage_AsAService`;
    const level = storageType === 'performance' ? { iops } : { tier };
    prices = [
      priceByCategory(pack, category),
      priceByCategory(pack, `storage_${volumeType}`),
      ...(storageType === 'performance'
        ? [saasPerformanceSpacePrice(pack, size), saasPerformanceIopsPrice(pack, size, iops)]
        : [saasEnduranceSpacePrice(pack, size, tier), saasEnduranceTierPrice(pack, tier)]),
      ...(snapshot === undefined ? [] : [saasSnapshotSpacePrice(pack, snapshot, level)]),
    ];
  } else if (storageType === 'performance') {
    complexType = `${CONTAINER}PerformanceStorage_${volumeType === 'block' ? 'Iscsi' : 'Nfs'}`;
    prices = [
      priceByCategory(pack, category),
      performanceSpacePrice(pack, size),
      performanceIopsPrice(pack, size, iops),
    ];
  } else {
    complexType = `${CONTAINER}Storage_Enterprise`;
    prices = [
      priceByCategory(pack, category),
      priceByCategory(pack, `storage_${volumeType}`),
      enterpriseSpacePrice(pack, 'endurance', size, tier),
      enterpriseTierPrice(pack, tier),
      ...(snapshot === undefined ? [] : [enterpriseSpacePrice(pack, 'snapshot', snapshot, tier)]),
    ];
  }
  return {
    complexType,
    packageId: pack.id,
    prices,
    quantity: 1,
    location,
    useHourlyPricing: options.hourly ?? false,
    ...(saas ? { volumeSize: size, ...(storageType === 'performance' ? { iops } : {}) } : {}),
  };
}

/** Whether a volume is on storage as a service v2 or later with encryption at rest (what duplicates need). */
export function isStaasV2(volume: SoftLayer_Network_Storage): boolean {
  return Number(volume.staasVersion) > 1 && Boolean(volume.hasEncryptionAtRest);
}

/** `block` or `file`, from a volume's storage type key name. */
export function blockOrFile(volume: SoftLayer_Network_Storage): 'block' | 'file' {
  return volume.storageType?.keyName?.includes('BLOCK_STORAGE') ? 'block' : 'file';
}

/** `performance` or `endurance` from a volume's storage type, or an error naming the volume. */
export function volumeKind(volume: SoftLayer_Network_Storage): 'performance' | 'endurance' {
  const keyName = volume.storageType?.keyName ?? '';
  if (keyName.includes('PERFORMANCE')) return 'performance';
  if (keyName.includes('ENDURANCE')) return 'endurance';
  throw invalid(`volume ${String(volume.id)} is neither a PERFORMANCE nor an ENDURANCE volume (${keyName})`);
}

/** The storage-as-a-service or enterprise category of a volume's billing item, or an error saying what it is. */
export function billingCategory(
  volume: SoftLayer_Network_Storage,
  what: string,
): 'storage_as_a_service' | 'storage_service_enterprise' {
  const category = volume.billingItem?.categoryCode;
  if (category === 'storage_as_a_service' || category === 'storage_service_enterprise') return category;
  throw invalid(`${what} cannot be ordered for a volume with a billing item category of ${String(category)}`);
}

/** The prices of a volume's space and tier or IOPS in the storage-as-a-service package. */
export function saasVolumePrices(
  pack: StoragePackage,
  kind: 'performance' | 'endurance',
  size: number,
  level: { tier: number; iops: number },
): PriceRef[] {
  return kind === 'performance'
    ? [saasPerformanceSpacePrice(pack, size), saasPerformanceIopsPrice(pack, size, level.iops)]
    : [saasEnduranceSpacePrice(pack, size, level.tier), saasEnduranceTierPrice(pack, level.tier)];
}

/**
 * Verifies the order, then (unless `test`) places it: an order the API refuses at verify places nothing.
 * Resolves with the receipt (or with `test`, the verified order).
 */
export async function verifyThenPlace(
  client: SoftLayerClient,
  order: StorageOrder,
  control: StorageOrderControl,
): Promise<StorageOrderResult> {
  // The storage containers take the datacenter's id as a number where the generic container says text.
  const sent = order as unknown as SoftLayer_Container_Product_Order;
  const verified = await client.call('Product_Order', 'verifyOrder', {
    args: [sent],
    ...signalOption(control.signal),
  });
  if (control.test) return verified;
  return client.call('Product_Order', 'placeOrder', { args: [sent], ...signalOption(control.signal) });
}
