import { type CommandSpec, defineCommand, text } from '../../define-command';
import { type Column, ColumnSelection, columnsOption } from '../columns';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

const COLUMNS: readonly Column[] = [
  { name: 'ID', value: ['id'] },
  { name: 'Username', value: ['username'] },
  { name: 'Account ID', value: ['accountId'] },
  { name: 'Capacity (GB)', value: ['capacityGb'] },
  { name: 'Hardware ID', value: ['hardwareId'] },
  { name: 'Guest ID', value: ['guestId'] },
  { name: 'Host ID', value: ['hostId'] },
];

export function replicaPartners(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'replica-partners',
    description: `List existing replica volumes for a ${kind.group} volume.`,
    arguments: [{ name: 'volume-id' }],
    options: [
      columnsOption(
        COLUMNS,
        COLUMNS.map((column) => column.name),
      ),
      { flags: '--sortby <column>', description: 'Column to sort by', default: 'Username' },
    ],
    async run(context, { args, options }) {
      const columns = new ColumnSelection(text(options.columns) ?? '', COLUMNS);
      const manager = await storageManager(context, kind);
      const partners = await manager.getReplicationPartners(volumeArgument(args['volume-id']));
      if (partners.length === 0) return 'There are no replication partners for the given volume.';
      return columns.table(partners as Record<string, unknown>[], text(options.sortby));
    },
  });
}
