import { pythonStr } from '../../output/python-text';
import { Table } from '../../output/table';
import type { BlockDevice as SoftLayer_Virtual_Guest_Block_Device } from './guest-types';

/** slcli's `get_local_storage_table`: a guest's disks (those with a disk image), swap or system. */
export function localDiskTable(disks: readonly SoftLayer_Virtual_Guest_Block_Device[]): Table {
  const table = new Table(['Type', 'Name', 'Drive', 'Capacity']);
  for (const disk of disks) {
    const image = disk.diskImage;
    if (image === undefined) continue;
    table.addRow([
      String(image.description ?? '').includes('SWAP') ? 'Swap' : 'System',
      disk.mountType,
      disk.device,
      `${pythonStr(image.capacity ?? null)} ${pythonStr(image.units ?? null)}`,
    ]);
  }
  return table;
}
