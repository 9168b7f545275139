import { DATACENTERS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import type { ImageRecord } from '../data/records';
import { datacenterById, locationView, tagReferencesView } from './shared-views';
import { compact, defineModel, type TypeModel } from './type-model';

export const imageModel: TypeModel<unknown> = defineModel<ImageRow>({
  type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group',
  local(image) {
    const local = compact({
      id: image.id,
      accountId: image.accountId,
      createDate: formatApiDate(image.createdAt),
      globalIdentifier: image.globalIdentifier,
      name: image.name,
      note: image.note,
      parentId: null,
      publicFlag: image.accountId === null ? 1 : 0,
      statusId: 1,
      summary: image.note ?? image.name,
    });
    // The reference CLI indexes parentId directly: the API sends it even when empty.
    return { ...local, parentId: image.parentId ?? null };
  },
  relations: {
    blockDevices: {
      type: 'SoftLayer_Virtual_Guest_Block_Device_Template',
      get: (image) => [
        {
          id: image.id * 3,
          device: '0',
          diskImageId: image.id * 3 + 1,
          groupId: image.id,
          diskImage: { id: image.id * 3 + 1, capacity: 25, units: 'GB', name: `${image.name}-disk0` },
        },
      ],
    },
    // One child template group per datacenter the image is stored in (`addLocations`/`removeLocations` change them).
    children: {
      type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group',
      get: (image) => (image.parentId === undefined ? imageChildren(image) : []),
    },
    firstChild: {
      type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group',
      get: (image) => (image.parentId === undefined ? imageChildren(image)[0] : undefined),
    },
    // A child's datacenter and disk space.
    datacenter: {
      type: 'SoftLayer_Location',
      get: (image) =>
        image.parentId === undefined ? undefined : locationView(datacenterById(image.datacenterIds[0] ?? 0)),
    },
    blockDevicesDiskSpaceTotal: {
      type: 'float',
      get: (image) => (image.parentId === undefined ? undefined : IMAGE_DISK_BYTES),
    },
    datacenters: {
      type: 'SoftLayer_Location',
      get: (image) => image.datacenterIds.map((id) => locationView(datacenterById(id))),
    },
    status: {
      type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group_Status',
      get: () => ({ keyName: 'ACTIVE', name: 'Active' }),
    },
    tagReferences: {
      type: 'SoftLayer_Tag_Reference',
      get: (image) => tagReferencesView(image.tags, image.id, 9),
    },
    transaction: { type: 'SoftLayer_Provisioning_Version1_Transaction', get: () => undefined },
    imageType: {
      type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group_Type',
      get: () => ({ keyName: 'SYSTEM', name: 'System' }),
    },
    storageRepository: { type: 'SoftLayer_Virtual_Storage_Repository', get: () => undefined },
  },
});

/** The image's disk (25 GB, as its block device says) in bytes: each child's `blockDevicesDiskSpaceTotal`. */
const IMAGE_DISK_BYTES = 25 * 1024 ** 3;

/** A child template group: the image's copy in one datacenter (its only `datacenterIds` entry). */
type ImageRow = ImageRecord & { parentId?: number };

/**
 * An image's children: a template group per datacenter, in the order the datacenters were added; ids from the
 * image's and the datacenter's, so a child keeps its id while the image stays in that datacenter.
 */
export function imageChildren(image: ImageRecord): ImageRow[] {
  return image.datacenterIds.map((datacenterId) => ({
    ...image,
    id: image.id * 100 + DATACENTERS.findIndex((dc) => dc.id === datacenterId) + 1,
    note: undefined,
    tags: [],
    datacenterIds: [datacenterId],
    parentId: image.id,
  }));
}
