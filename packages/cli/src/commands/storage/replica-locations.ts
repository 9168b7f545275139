import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { type Column, ColumnSelection, columnsOption } from '../columns';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

const COLUMNS: readonly Column[] = [
  { name: 'ID', value: ['id'] },
  { name: 'Long Name', value: ['longName'] },
  { name: 'Short Name', value: ['name'] },
];

export function replicaLocations(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'replica-locations',
    description: 'List suitable replication datacenters for the given volume.',
    arguments: [{ name: 'volume-id' }],
    options: [
      columnsOption(
        COLUMNS,
        COLUMNS.map((column) => column.name),
      ),
      { flags: '--sortby <column>', description: 'Column to sort by', default: 'Long Name' },
    ],
    async run(context, { args, options }) {
      const columns = new ColumnSelection(text(options.columns) ?? '', COLUMNS);
      const manager = await storageManager(context, kind);
      const locations = await manager.getReplicationLocations(volumeArgument(args['volume-id']));
      if (locations.length === 0) return 'No data centers compatible for replication.';
      const table = new KeyValueTable(columns.names);
      table.sortBy = text(options.sortby);
      for (const location of locations) table.addRow(columns.row(location as Record<string, unknown>));
      return table;
    },
  });
}
