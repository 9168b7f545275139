import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

export function duplicateConvertStatus(kind: StorageKind): CommandSpec {
  const description = `Get status for split or move completed percentage of a given ${kind.group} duplicate volume.`;
  return defineCommand({
    name: 'duplicate-convert-status',
    description,
    help: description,
    arguments: [{ name: 'volume-id' }],
    async run(context, { args }) {
      const manager = await storageManager(context, kind);
      const status = await manager.convertDupeStatus(volumeArgument(args['volume-id']));
      const table = new Table(['Username', 'Active Conversion Start Timestamp', 'Completed Percentage']);
      table.addRow([
        status.volumeUsername,
        status.activeConversionStartTime,
        status.deDuplicateConversionPercentage,
      ]);
      return table;
    },
  });
}
