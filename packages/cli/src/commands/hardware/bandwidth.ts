import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { bandwidthTables } from '../bandwidth-tables';
import { requiredText } from '../required-option';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'bandwidth',
  description: 'Bandwidth data over date range. Bandwidth is listed in GB',
  help: `Using just a date might get you times off by 1 hour, use T00:01 to get just the specific days data
Timezones can also be included with the YYYY-MM-DDTHH:mm:ss.00000-HH:mm format.

Example::

    sl hw bandwidth 1234 -s 2019-05-01T00:01 -e 2019-05-02T00:00:01.00000-12:00`,
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-s, --start_date <date>', description: 'Start Date YYYY-MM-DD, YYYY-MM-DDTHH:mm:ss,' },
    { flags: '-e, --end_date <date>', description: 'End Date YYYY-MM-DD, YYYY-MM-DDTHH:mm:ss' },
    {
      flags: '-p, --summary_period <seconds>',
      description: '300, 600, 1800, 3600, 43200 or 86400 seconds',
      integer: true,
      default: 3600,
    },
    { flags: '-q, --quite_summary', description: 'Only show the summary table' },
  ],
  async run(context, { args, options }) {
    const startDate = requiredText(options.start_date, "'--start_date' / '-s'");
    const endDate = requiredText(options.end_date, "'--end_date' / '-e'");
    const summaryPeriod = integer(options.summary_period) ?? 3600;
    const { manager, id } = await resolveHardware(context, args.identifier);
    // As slcli: the summary period is also the rollup of the data points.
    const data = await manager.getBandwidthData(id, { startDate, endDate, rollup: summaryPeriod });
    const title = `Bandwidth Report: ${startDate} - ${endDate}`;
    const { table, summary } = bandwidthTables(data, summaryPeriod, title);
    context.print(summary);
    if (options.quite_summary !== true) context.print(table);
    return undefined;
  },
});

export default command;
