import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { lookup } from '../lookup';
import { drivesTable } from './drives-table';
import { resolveHardware } from './resolve-hardware';

type Volume = Awaited<ReturnType<import('@sl/managers').HardwareManager['getStorageDetails']>>[number];

function volumeTable(columns: string[], volumes: readonly Volume[], title?: string): Table {
  const table = new Table(columns, { title });
  for (const volume of volumes) {
    table.addRow([
      volume.username,
      volume.capacityGb,
      volume.serviceResourceBackendIpAddress,
      lookup(volume.allowedHardware?.[0], 'datacenter', 'longName'),
      volume.notes ?? null,
    ]);
  }
  return table;
}

const command: CommandSpec = defineCommand({
  name: 'storage',
  description: 'Get storage details for a hardware server.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    const iscsi = await manager.getStorageDetails(id, 'ISCSI');
    const nas = await manager.getStorageDetails(id, 'NAS');
    const credentials = await manager.getStorageCredentials(id);
    const drives = await manager.getHardDrives(id);
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
    const drivesDetails = drivesTable(drives, true);
    drivesDetails.title = 'Other storage details';
    context.print(credentialTable);
    context.print(volumeTable(['LUN name', 'capacity', 'Target address', 'Location', 'Notes'], iscsi));
    context.print(
      volumeTable(['Volume name', 'capacity', 'Host Name', 'Location', 'Notes'], nas, 'File Storage Details'),
    );
    context.print(drivesDetails);
    return undefined;
  },
});

export default command;
