import type { ListResult, SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Network_Storage_DataCenterLimits_VolumeCountLimitContainer,
  SoftLayer_Container_Network_Storage_Hub_ObjectStorage_Bucket,
  SoftLayer_Network_Storage,
  SoftLayer_Network_Storage_Property,
  SoftLayer_Network_Subnet,
} from '@sl/types';
import { checkPositive, checkText, checkWhole } from './check-input';
import { type CallControl, signalOption } from './list-options';
import {
  type CancelVolumeOptions,
  checkIdList,
  type ListVolumesOptions,
  StorageManager,
  type StorageMaskOption,
  type VolumeIdentifier,
} from './storage-manager';
import type { OrderVolumeOptions, StorageOrderResult } from './storage-order';

/** The reference's default mask of `list_block_volumes`. */
const LIST_BLOCK_MASK = [
  'id',
  'username',
  'lunId',
  'capacityGb',
  'bytesUsed',
  'serviceResource.datacenter[name]',
  'serviceResourceBackendIpAddress',
  'activeTransactionCount',
  'replicationPartnerCount',
].join(',');

/**
 * The account's block (iSCSI) storage volumes, as the reference client's `BlockStorageManager`: the same API calls,
 * typed results, and usernames resolved to ids. The methods shared with file volumes (snapshots, access, replicas,
 * cancelling, notes) come from `StorageManager`.
 */
export class BlockStorageManager extends StorageManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    super(client, {
      what: 'block volume',
      listMethod: 'getIscsiNetworkStorage',
      listProperty: 'iscsiNetworkStorage',
      serviceType: 'ISCSI',
      storageTypeSuffix: 'BLOCK_STORAGE',
      listMask: LIST_BLOCK_MASK,
    });
    this.#client = client;
  }

  /** The account's volume count limits per datacenter (the same as `getVolumeCountLimits`). */
  listBlockVolumeLimit(
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_Storage_DataCenterLimits_VolumeCountLimitContainer[]> {
    return this.getVolumeCountLimits(options);
  }

  /**
   * The account's block volumes (every page), optionally only those in a datacenter (`dal09`), with a username,
   * of a storage type (`Endurance`, `Performance`) or from an order. The default mask is the reference's: id,
   * username, LUN id, capacity and usage, datacenter, backend address, transactions and replication partners.
   * The caller's `filter` is merged over the manager's (the reference lets its own conditions win).
   */
  listBlockVolumes(options: ListVolumesOptions = {}): Promise<ListResult<SoftLayer_Network_Storage>> {
    return this.listVolumes(options, 'listBlockVolumes');
  }

  /** One block volume (an id or a username) with the reference's detailed default mask (`getVolumeDetails`). */
  getBlockVolumeDetails(
    volume: VolumeIdentifier,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage> {
    return this.getVolumeDetails(volume, options);
  }

  /** The hosts allowed to reach a block volume (`getVolumeAccessList`). */
  getBlockVolumeAccessList(
    volume: VolumeIdentifier,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage> {
    return this.getVolumeAccessList(volume, options);
  }

  /** A block volume's snapshots (`getVolumeSnapshotList`). */
  getBlockVolumeSnapshotList(
    volume: VolumeIdentifier,
    options: StorageMaskOption = {},
  ): Promise<SoftLayer_Network_Storage[]> {
    return this.getVolumeSnapshotList(volume, options);
  }

  /**
   * Adds subnets to the access control list of an allowed host (`accessId`: the allowed host's id, from
   * `getBlockVolumeAccessList`); resolves with the ids of the subnets assigned.
   */
  async assignSubnetsToAcl(
    accessId: number,
    subnetIds: readonly number[],
    options: CallControl = {},
  ): Promise<number[]> {
    const id = checkPositive(accessId, 'the access host id', 'assignSubnetsToAcl');
    const subnets = checkIdList(subnetIds, 'assignSubnetsToAcl: subnetIds');
    return this.#client.call('Network_Storage_Allowed_Host', 'assignSubnetsToAcl', {
      id,
      args: [subnets],
      ...signalOption(options.signal),
    });
  }

  /** Removes subnets from the access control list of an allowed host; resolves with the ids removed. */
  async removeSubnetsFromAcl(
    accessId: number,
    subnetIds: readonly number[],
    options: CallControl = {},
  ): Promise<number[]> {
    const id = checkPositive(accessId, 'the access host id', 'removeSubnetsFromAcl');
    const subnets = checkIdList(subnetIds, 'removeSubnetsFromAcl: subnetIds');
    return this.#client.call('Network_Storage_Allowed_Host', 'removeSubnetsFromAcl', {
      id,
      args: [subnets],
      ...signalOption(options.signal),
    });
  }

  /** The subnets in the access control list of an allowed host. */
  async getSubnetsInAcl(accessId: number, options: CallControl = {}): Promise<SoftLayer_Network_Subnet[]> {
    const id = checkPositive(accessId, 'the access host id', 'getSubnetsInAcl');
    return this.#client.call('Network_Storage_Allowed_Host', 'getSubnetsInAcl', {
      id,
      ...signalOption(options.signal),
    });
  }

  /**
   * Cancels a block volume through its billing item (see `cancelVolume`): on the anniversary date unless
   * `immediate`, at once for hourly volumes; reason `No longer needed` unless told.
   */
  cancelBlockVolume(volume: VolumeIdentifier, options: CancelVolumeOptions = {}): Promise<boolean> {
    return this.cancelVolumeAs(volume, options, 'cancelBlockVolume');
  }

  /** Sets the CHAP password of an allowed host (`accessId`, from `getBlockVolumeAccessList`). */
  async setCredentialPassword(
    accessId: number,
    password: string,
    options: CallControl = {},
  ): Promise<boolean> {
    const id = checkPositive(accessId, 'the access host id', 'setCredentialPassword');
    checkText(password, 'the password', 'setCredentialPassword');
    return this.#client.call('Network_Storage_Allowed_Host', 'setCredentialPassword', {
      id,
      args: [password],
      ...signalOption(options.signal),
    });
  }

  /** Sets the LUN id of a block volume; resolves with the volume's LUN id property. */
  async createOrUpdateLunId(
    volume: VolumeIdentifier,
    lunId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Storage_Property> {
    checkWhole(lunId, 'createOrUpdateLunId: the LUN id');
    const id = await this.resolveId(volume);
    return this.#client.call('Network_Storage', 'createOrUpdateLunId', {
      id,
      args: [lunId],
      ...signalOption(options.signal),
    });
  }

  /**
   * Orders a block volume: `performance` (with `iops`) or `endurance` (with `tierLevel`), `size` GB in a datacenter
   * (`dal09`), formatted for `osType` (`LINUX`, `WINDOWS_2012`, …); optional snapshot space. Prices come from the
   * offering's package (storage as a service by default); the order is verified, then placed (`test`: only
   * verified). Resolves with the receipt.
   */
  orderBlockVolume(
    storageType: 'performance' | 'endurance',
    location: string,
    size: number,
    osType: string,
    options: OrderVolumeOptions = {},
  ): Promise<StorageOrderResult> {
    return this.orderNewVolume(storageType, location, size, { ...options, osType }, 'orderBlockVolume');
  }

  /** The account's Cloud Object Storage accounts, with their billing item, storage type and notes. */
  async getCloudList(options: CallControl = {}): Promise<ListResult<SoftLayer_Network_Storage>> {
    return this.#client.call('Account', 'getHubNetworkStorage', {
      mask: 'mask[id,username,billingItem,storageType, notes]',
      ...signalOption(options.signal),
    });
  }

  /** The buckets of a Cloud Object Storage account (by id): name, location, bytes used, object count. */
  async getBuckets(
    objectStorageId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_Storage_Hub_ObjectStorage_Bucket[]> {
    const id = checkPositive(objectStorageId, 'getBuckets: the object storage id');
    return this.#client.call('Network_Storage_Hub_Cleversafe_Account', 'getBuckets', {
      id,
      ...signalOption(options.signal),
    });
  }
}
