import { formatApiDate } from '../data/dates';
import type { ImageRecord } from '../data/records';
import { datacenterById, locationView, tagReferencesView } from './shared-views';
import { compact, defineModel, type TypeModel } from './type-model';

export const imageModel: TypeModel<unknown> = defineModel<ImageRecord>({
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
    return { ...local, parentId: null };
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
    children: { type: 'SoftLayer_Virtual_Guest_Block_Device_Template_Group', get: () => [] },
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
