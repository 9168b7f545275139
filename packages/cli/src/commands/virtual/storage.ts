import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { serverStorageTables } from '../server-storage-tables';
import { localDiskTable } from './local-disk-table';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'storage',
  description: 'Get storage details for a virtual server.',
  arguments: [{ name: 'identifier' }],
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    const iscsi = await manager.getStorageDetails(id, 'ISCSI');
    const nas = await manager.getStorageDetails(id, 'NAS');
    const credentials = await manager.getStorageCredentials(id);
    const portable = await manager.getPortableStorage(id);
    const disks = await manager.getLocalDisks(id);
    const tables = serverStorageTables(credentials, iscsi, nas, (volume) => volume.allowedVirtualGuests);
    const portableTable = new Table(['Description', 'Capacity'], { title: 'Portable Storage' });
    for (const volume of portable)
      portableTable.addRow([volume.description ?? null, volume.capacity ?? null]);
    const diskTable = localDiskTable(disks);
    diskTable.title = 'Other storage details';

    context.print(tables.credentials);
    context.print(tables.iscsi);
    context.print(portableTable);
    context.print(tables.nas);
    context.print(diskTable);
    return undefined;
  },
});

export default command;
