import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { lookup } from '../lookup';
import type { NetworkStorage as SoftLayer_Network_Storage } from './guest-types';
import { localDiskTable } from './local-disk-table';
import { resolveGuest } from './resolve-guest';

function volumeTable(
  columns: string[],
  volumes: readonly SoftLayer_Network_Storage[],
  title?: string,
): Table {
  const table = new Table(columns, { title });
  for (const volume of volumes) {
    table.addRow([
      volume.username,
      volume.capacityGb,
      volume.serviceResourceBackendIpAddress,
      lookup(volume.allowedVirtualGuests?.[0], 'datacenter', 'longName'),
      volume.notes ?? null,
    ]);
  }
  return table;
}

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

    const credentialTable = new Table(['Username', 'Password', 'IQN'], {
      title: 'Block Storage Details \n iSCSI',
    });
    if (credentials) {
      credentialTable.addRow([
        credentials.credential?.username,
        credentials.credential?.password,
        credentials.name,
      ]);
    }
    const portableTable = new Table(['Description', 'Capacity'], { title: 'Portable Storage' });
    for (const volume of portable)
      portableTable.addRow([volume.description ?? null, volume.capacity ?? null]);
    const diskTable = localDiskTable(disks);
    diskTable.title = 'Other storage details';

    context.print(credentialTable);
    context.print(volumeTable(['LUN name', 'capacity', 'Target address', 'Location', 'Notes'], iscsi));
    context.print(portableTable);
    context.print(
      volumeTable(['Volume name', 'capacity', 'Host Name', 'Location', 'Notes'], nas, 'File Storage Details'),
    );
    context.print(diskTable);
    return undefined;
  },
});

export default command;
