import { formatApiDate } from '../data/dates';
import type { PortableDiskRecord } from '../data/portable-disk-record';
import { datacenterById } from './shared-views';
import { defineModel, type TypeModel } from './type-model';

/** A portable storage volume as `SoftLayer_Virtual_Disk_Image`; attached, it is its guest's block device 2. */
export const portableDiskModel: TypeModel<unknown> = defineModel<PortableDiskRecord>({
  type: 'SoftLayer_Virtual_Disk_Image',
  direct: ['id', 'name'],
  local: (disk) => ({
    id: disk.id,
    name: disk.name,
    capacity: disk.capacityGb,
    units: 'GB',
    createDate: formatApiDate(disk.createdAt),
    description: `${disk.name} (${datacenterById(disk.datacenterId).name})`,
    typeId: 241,
  }),
  relations: {
    blockDevices: {
      type: 'SoftLayer_Virtual_Guest_Block_Device',
      get: (disk, context) => {
        const guest = disk.guestId === null ? undefined : context.state.guests.get(disk.guestId);
        if (!guest) return [];
        return [
          {
            id: disk.id * 10 + 2,
            device: '2',
            diskImageId: disk.id,
            guestId: guest.id,
            mountType: 'Disk',
            guest: { id: guest.id, hostname: guest.hostname, domain: guest.domain },
          },
        ];
      },
    },
    type: {
      type: 'SoftLayer_Virtual_Disk_Image_Type',
      get: () => ({ keyName: 'PORTABLE_STORAGE', name: 'Portable Storage' }),
    },
  },
});
