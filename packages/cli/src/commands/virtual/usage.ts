import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { pythonRound } from '../python-round';
import { requiredText } from '../required-option';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'usage',
  description: 'Usage information of a virtual server.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-s, --start_date <date>', description: 'Start Date e.g. 2019-3-4 (yyyy-MM-dd)' },
    { flags: '-e, --end_date <date>', description: 'End Date e.g. 2019-4-2 (yyyy-MM-dd)' },
    {
      flags: '-t, --valid_type <type>',
      description: 'Metric_Data_Type keyName e.g. CPU0, CPU1, MEMORY_USAGE, etc.',
    },
    {
      flags: '-p, --summary_period <seconds>',
      description: '300, 600, 1800, 3600, 43200 or 86400 seconds',
      integer: true,
      default: 3600,
    },
  ],
  async run(context, input) {
    const { options } = input;
    const startDate = requiredText(options.start_date, "'--start_date' / '-s'");
    const endDate = requiredText(options.end_date, "'--end_date' / '-e'");
    const validType = requiredText(options.valid_type, "'--valid_type' / '-t'").toUpperCase();
    const { manager, id } = await resolveGuest(context, input);
    const data = await manager.getSummaryDataUsage(id, {
      startDate,
      endDate,
      validType,
      summaryPeriod: integer(options.summary_period) ?? 3600,
    });
    if (data.length === 0) throw new CliError('No metric data for this range of dates provided');
    const table = new Table(['counter', 'dateTime', 'type']);
    let total = 0;
    for (const point of data) {
      const counter = Number(point.counter) / (validType === 'MEMORY_USAGE' ? 2 ** 30 : 1);
      table.addRow([pythonRound(counter, 2), cleanTime(point.dateTime), point.type]);
      total += counter;
    }
    const average = new Table(['Average']);
    average.addRow([pythonRound(total / data.length, 2)]);
    context.print(average);
    context.print(table);
    return undefined;
  },
});

export default command;
