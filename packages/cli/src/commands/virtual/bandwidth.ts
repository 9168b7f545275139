import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { bandwidthTables } from '../bandwidth-tables';
import { requiredText } from '../required-option';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'bandwidth',
  description: 'Bandwidth data over date range. Bandwidth is listed in GB',
  help: `Using just a date might get you times off by 1 hour, use T00:01 to get just the specific days data
Timezones can also be included with the YYYY-MM-DDTHH:mm:ss.00000-HH:mm format.

Due to some rounding and date alignment details, results here might be slightly different than
results in the control portal.

Example::

    sl vs bandwidth 1234 -s 2019-05-01T00:01 -e 2019-05-02T00:00:01.00000-12:00`,
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
  async run(context, input) {
    const { options } = input;
    const startDate = requiredText(options.start_date, "'--start_date' / '-s'");
    const endDate = requiredText(options.end_date, "'--end_date' / '-e'");
    const { manager, id } = await resolveGuest(context, input);
    const data = await manager.getBandwidthData(id, { startDate, endDate });
    const { table, summary } = bandwidthTables(
      data,
      integer(options.summary_period) ?? 3600,
      `Bandwidth Report: ${startDate} - ${endDate}`,
    );
    context.print(summary);
    if (options.quite_summary !== true) context.print(table);
    return undefined;
  },
});

export default command;
