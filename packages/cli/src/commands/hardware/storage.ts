import { type CommandSpec, defineCommand } from '../../define-command';
import { serverStorageTables } from '../server-storage-tables';
import { drivesTable } from './drives-table';
import { resolveHardware } from './resolve-hardware';

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
    const tables = serverStorageTables(credentials, iscsi, nas, (volume) => volume.allowedHardware);
    const drivesDetails = drivesTable(drives, true);
    drivesDetails.title = 'Other storage details';
    context.print(tables.credentials);
    context.print(tables.iscsi);
    context.print(tables.nas);
    context.print(drivesDetails);
    return undefined;
  },
});

export default command;
