import type { DayOfWeek, SnapshotScheduleType } from '@sl/managers';
import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { type StorageKind, storageManager } from './storage-kind';
import { volumeArgument } from './volume-argument';

const SCHEDULE_TYPES = ['INTERVAL', 'HOURLY', 'DAILY', 'WEEKLY'];
const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const SCHEDULE_OPTION = {
  flags: '--schedule-type <type>',
  description: 'Snapshot schedule [INTERVAL|HOURLY|DAILY|WEEKLY]',
  required: true,
};

function wholeNumber(value: string | undefined, option: string): number {
  if (value === undefined || !/^[-+]?\d+$/.test(value.trim())) {
    throw new CliError(`Error: Invalid value for '${option}': '${value}' is not a valid integer.`);
  }
  return Number.parseInt(value, 10);
}

export function snapshotEnable(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-enable',
    description: 'Enables snapshots for a given volume on the specified schedule',
    arguments: [{ name: 'volume_id' }],
    options: [
      SCHEDULE_OPTION,
      { flags: '--retention-count <count>', description: 'Number of snapshots to retain', required: true },
      {
        flags: '--minute <minute>',
        description: 'Minute of the day when snapshots should be taken',
        default: '0',
      },
      { flags: '--hour <hour>', description: 'Hour of the day when snapshots should be taken', default: '0' },
      {
        flags: '--day-of-week <day>',
        description: 'Day of the week when snapshots should be taken',
        default: 'SUNDAY',
      },
    ],
    async run(context, { args, options }) {
      const scheduleType = text(options.scheduleType) ?? '';
      const minute = wholeNumber(text(options.minute), '--minute');
      const hour = wholeNumber(text(options.hour), '--hour');
      const day = text(options.dayOfWeek) ?? '';
      const retention = wholeNumber(text(options.retentionCount), '--retention-count');
      // The reference's checks and messages, in its order.
      if (!SCHEDULE_TYPES.includes(scheduleType)) {
        throw new CliError(`--schedule-type must be INTERVAL, HOURLY, DAILY, or WEEKLY, not ${scheduleType}`);
      }
      if (scheduleType === 'INTERVAL' && (minute < 30 || minute > 59)) {
        throw new CliError('--minute value must be between 30 and 59');
      }
      if (minute < 0 || minute > 59) throw new CliError('--minute value must be between 0 and 59');
      if (hour < 0 || hour > 23) throw new CliError('--hour value must be between 0 and 23');
      if (!DAYS.includes(day)) throw new CliError('--day_of_week value must be a valid day (ex: SUNDAY)');
      const manager = await storageManager(context, kind);
      const enabled = await manager.enableSnapshots(
        volumeArgument(args.volume_id),
        scheduleType as SnapshotScheduleType,
        retention,
        minute,
        hour,
        day as DayOfWeek,
      );
      return enabled
        ? `${scheduleType} snapshots have been enabled for volume ${text(args.volume_id)}`
        : undefined;
    },
  });
}

export function snapshotDisable(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'snapshot-disable',
    description: 'Disables snapshots on the specified schedule for a given volume',
    arguments: [{ name: 'volume_id' }],
    options: [SCHEDULE_OPTION],
    async run(context, { args, options }) {
      const scheduleType = text(options.scheduleType) ?? '';
      if (!SCHEDULE_TYPES.includes(scheduleType)) {
        const option = kind.group === 'block' ? '--schedule-type' : '--schedule_type';
        throw new CliError(`${option} must be INTERVAL, HOURLY, DAILY, or WEEKLY`);
      }
      const manager = await storageManager(context, kind);
      const disabled = await manager.disableSnapshots(
        volumeArgument(args.volume_id),
        scheduleType as SnapshotScheduleType,
      );
      return disabled
        ? `${scheduleType} snapshots have been disabled for volume ${text(args.volume_id)}`
        : undefined;
    },
  });
}
