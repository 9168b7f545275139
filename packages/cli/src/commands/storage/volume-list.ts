import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { ColumnSelection, columnsOption } from '../columns';
import { listVolumes, type StorageKind, storageManager } from './storage-kind';

const NOTES_SIZE = 20;

export function volumeList(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'volume-list',
    description: `List ${kind.group} storage.`,
    options: [
      { flags: '-u, --username <username>', description: 'Volume username' },
      { flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname' },
      {
        flags: '-o, --order <order>',
        description: `Filter by ID of the order that purchased the ${kind.group} storage`,
        integer: true,
      },
      {
        flags: '--storage-type <type>',
        description: 'Type of storage volume',
        choices: ['performance', 'endurance'],
      },
      { flags: '--sortby <column>', description: 'Column to sort by', default: 'username' },
      columnsOption(kind.listColumns, kind.listDefaults),
    ],
    async run(context, { options }) {
      const columns = new ColumnSelection(text(options.columns) ?? '', kind.listColumns);
      const manager = await storageManager(context, kind);
      const volumes = await listVolumes(manager, {
        datacenter: text(options.datacenter),
        username: text(options.username),
        storageType: text(options.storageType),
        order: integer(options.order),
        mask: columns.mask(),
      });
      // The reference shortens long notes except in json.
      const json = context.options.format === 'json' || context.options.format === 'jsonraw';
      const rows = volumes.map((volume) => {
        const notes = (volume as { notes?: string }).notes;
        return !json && typeof notes === 'string' && notes.length > NOTES_SIZE
          ? { ...volume, notes: notes.slice(0, NOTES_SIZE) }
          : volume;
      });
      // slcli sorts its volume list only by a column it shows (storage_utils.build_output_table).
      const sortBy = text(options.sortby);
      return columns.table(
        rows as Record<string, unknown>[],
        sortBy && columns.names.includes(sortBy) ? sortBy : undefined,
      );
    },
  });
}
