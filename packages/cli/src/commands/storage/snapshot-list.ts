import { type CommandSpec, defineCommand, text } from '../../define-command';
import { type Column, ColumnSelection, columnsOption } from '../columns';
import { resolveId } from '../resolve-id';
import { type StorageKind, storageManager } from './storage-kind';

const COLUMNS: readonly Column[] = [
  { name: 'id', value: ['id'] },
  { name: 'name', value: ['notes'] },
  { name: 'created', value: ['snapshotCreationTimestamp'] },
  { name: 'size_bytes', value: ['snapshotSizeBytes'] },
];

export function snapshotList(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-list',
    description: `List ${kind.group} storage snapshots.`,
    arguments: [{ name: 'volume_id' }],
    options: [
      { flags: '--sortby <column>', description: 'Column to sort by', default: 'created' },
      columnsOption(
        COLUMNS,
        COLUMNS.map((column) => column.name),
      ),
    ],
    async run(context, { args, options }) {
      const columns = new ColumnSelection(text(options.columns) ?? '', COLUMNS);
      const manager = await storageManager(context, kind);
      const id = await resolveId(manager, args.volume_id, 'Volume Id');
      const snapshots = await manager.getVolumeSnapshotList(id, { mask: columns.mask() });
      return columns.table(snapshots as Record<string, unknown>[], text(options.sortby));
    },
  });
}
