import type { ListResult, SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Network_Storage_DataCenterLimits_VolumeCountLimitContainer,
  SoftLayer_Network_Storage,
} from '@sl/types';
import type { CallControl } from './list-options';
import {
  type CancelVolumeOptions,
  type ListVolumesOptions,
  StorageManager,
  type StorageMaskOption,
  VOLUME_DETAILS_PROPERTIES,
  type VolumeIdentifier,
} from './storage-manager';
import type { OrderVolumeOptions, StorageOrderResult } from './storage-order';

/** The reference's default mask of `list_file_volumes`. */
const LIST_FILE_MASK = [
  'id',
  'username',
  'capacityGb',
  'bytesUsed',
  'serviceResource.datacenter[name]',
  'serviceResourceBackendIpAddress',
  'activeTransactionCount',
  'fileNetworkMountAddress',
  'replicationPartnerCount',
].join(',');

/** The reference's default mask of `get_file_volume_details`: the shared one plus usage and the mount address. */
const FILE_DETAILS_MASK = [...VOLUME_DETAILS_PROPERTIES, 'bytesUsed', 'fileNetworkMountAddress'].join(',');

/**
 * The account's file (NAS/NFS) storage volumes, as the reference client's `FileStorageManager`: the same API calls,
 * typed results, and usernames resolved to ids. The methods shared with block volumes (snapshots, access, replicas,
 * cancelling, notes) come from `StorageManager`.
 */
export class FileStorageManager extends StorageManager {
  constructor(client: SoftLayerClient) {
    super(client, {
      what: 'file volume',
      listMethod: 'getNasNetworkStorage',
      listProperty: 'nasNetworkStorage',
      serviceType: 'NAS',
      storageTypeSuffix: 'FILE_STORAGE',
      listMask: LIST_FILE_MASK,
    });
  }

  /** The account's volume count limits per datacenter (the same as `getVolumeCountLimits`). */
  listFileVolumeLimit(
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_Storage_DataCenterLimits_VolumeCountLimitContainer[]> {
    return this.getVolumeCountLimits(options);
  }

  /**
   * The account's file volumes (every page), optionally only those in a datacenter (`dal09`), with a username, of a
   * storage type (`Endurance`, `Performance`) or from an order. The default mask is the reference's: id, username,
   * capacity and usage, datacenter, backend and mount addresses, transactions and replication partners. The
   * caller's `filter` is merged over the manager's (the reference lets its own conditions win).
   */
  listFileVolumes(options: ListVolumesOptions = {}): Promise<ListResult<SoftLayer_Network_Storage>> {
    return this.listVolumes(options, 'listFileVolumes');
  }

  /**
   * One file volume (an id or a username) with the reference's file default mask: the shared details plus the bytes
   * used and the NFS mount address.
   */
  getFileVolumeDetails(
    volume: VolumeIdentifier,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage> {
    return this.getVolumeDetails(volume, { ...options, mask: options.mask ?? FILE_DETAILS_MASK });
  }

  /** The hosts allowed to reach a file volume (`getVolumeAccessList`). */
  getFileVolumeAccessList(
    volume: VolumeIdentifier,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage> {
    return this.getVolumeAccessList(volume, options);
  }

  /** A file volume's snapshots (`getVolumeSnapshotList`). */
  getFileVolumeSnapshotList(
    volume: VolumeIdentifier,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage[]> {
    return this.getVolumeSnapshotList(volume, options);
  }

  /**
   * Orders a file volume: `performance` (with `iops`) or `endurance` (with `tierLevel`), `size` GB in a datacenter
   * (`dal09`); optional snapshot space. Prices come from the offering's package (storage as a service by default);
   * the order is verified, then placed (`test`: only verified). Resolves with the receipt.
   */
  orderFileVolume(
    storageType: 'performance' | 'endurance',
    location: string,
    size: number,
    options: OrderVolumeOptions = {},
  ): Promise<StorageOrderResult> {
    return this.orderNewVolume(storageType, location, size, options, 'orderFileVolume');
  }

  /**
   * Cancels a file volume through its billing item (see `cancelVolume`): on the anniversary date unless `immediate`,
   * at once for hourly volumes; reason `No longer needed` unless told.
   */
  cancelFileVolume(volume: VolumeIdentifier, options: CancelVolumeOptions = {}): Promise<boolean> {
    return this.cancelVolumeAs(volume, options, 'cancelFileVolume');
  }
}
