import type { BandwidthDataOptions } from '@sl/managers';
import type { CommandContext } from '../command-context';
import { type CommandInput, type CommandSpec, defineCommand, integer } from '../define-command';
import { bandwidthTables } from './bandwidth-tables';
import { requiredText } from './required-option';
import type { MetricData } from './virtual/guest-types';

/** What a server kind's `bandwidth` command reads: the data points of the server the input names. */
type ReadBandwidth = (
  context: CommandContext,
  input: CommandInput,
  period: Pick<BandwidthDataOptions, 'startDate' | 'endDate'> & { summaryPeriod: number },
) => Promise<readonly MetricData[]>;

/**
 * slcli's `bandwidth` command of the hardware and virtual groups: the options, the date checks and the two tables
 * (summary, then the data unless `-q`); `read` fetches the points the way that group's slcli command does.
 */
export function bandwidthCommand(help: string, read: ReadBandwidth): CommandSpec {
  return defineCommand({
    name: 'bandwidth',
    description: 'Bandwidth data over date range. Bandwidth is listed in GB',
    help,
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
      const summaryPeriod = integer(options.summary_period) ?? 3600;
      const data = await read(context, input, { startDate, endDate, summaryPeriod });
      const { table, summary } = bandwidthTables(
        data,
        summaryPeriod,
        `Bandwidth Report: ${startDate} - ${endDate}`,
      );
      context.print(summary);
      if (options.quite_summary !== true) context.print(table);
      return undefined;
    },
  });
}
