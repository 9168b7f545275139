import { type CommandSpec, defineCommand } from '../../define-command';
import { blank, type Cell, Table } from '../../output/table';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

const PROPERTIES = [
  'MINUTE',
  'HOUR',
  'DAY',
  'WEEK',
  'DAY_OF_WEEK',
  'DAY_OF_MONTH',
  'MONTH_OF_YEAR',
  'SNAPSHOT_LIMIT',
];

export function snapshotScheduleList(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-schedule-list',
    description: 'Lists snapshot schedules for a given volume',
    arguments: [{ name: 'volume_id' }],
    async run(context, { args }) {
      const manager = await storageManager(context, kind);
      const schedules = await manager.listVolumeSchedules(volumeArgument(args.volume_id));
      const table = new Table([
        'id',
        'active',
        'type',
        'replication',
        'date_created',
        'minute',
        'hour',
        'day',
        'week',
        'day_of_week',
        'date_of_month',
        'month_of_year',
        'maximum_snapshots',
      ]);
      for (const schedule of schedules) {
        const keyName = String(schedule.type?.keyname ?? '');
        const properties: Cell[] = PROPERTIES.map((key) => {
          const property = (schedule.properties ?? []).find((each) => each.type?.keyname === key);
          if (!property) return blank();
          return property.value === '-1' ? '*' : property.value;
        });
        table.addRow([
          schedule.id,
          schedule.active ? '*' : '',
          keyName.replace('REPLICATION_', '').replace('SNAPSHOT_', ''),
          keyName.includes('REPLICATION') ? '*' : blank(),
          schedule.createDate ?? '',
          ...properties,
        ]);
      }
      return table;
    },
  });
}
