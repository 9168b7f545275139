import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { blank, FormattedItem, Table } from '../../output/table';

const TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{1,2}):(\d{1,2}))?$/;

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** A local date as `YYYY-MM-DD` (the reference's defaults: today, and 30 days ago). */
function dayText(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** slcli's `_validate_datetime`: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`, as `YYYY-MM-DD HH:MM:SS`. */
function parseTime(value: string, option: string): string {
  const match = TIME.exec(value);
  const [year, month, day, hour, minute, second] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0));
  const date = new Date(year ?? 0, (month ?? 1) - 1, day ?? 0, hour, minute, second);
  if (
    !match ||
    date.getFullYear() !== year ||
    date.getMonth() !== (month ?? 0) - 1 ||
    date.getDate() !== day ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 59
  ) {
    throw new CliError(
      `Error: Invalid value for '${option}': not in the format 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'`,
    );
  }
  return `${year}-${two(month ?? 0)}-${two(day ?? 0)} ${two(hour ?? 0)}:${two(minute ?? 0)}:${two(second ?? 0)}`;
}

/** slcli's `formatting.b_to_gb`: the bytes, shown as GB with two decimals. */
function bytesToGb(bytes: number): FormattedItem {
  return new FormattedItem(bytes, `${(bytes / 1024 / 1024 / 1024).toFixed(2)}G`);
}

const now = new Date();

const command: CommandSpec = defineCommand({
  name: 'bandwidth',
  description: 'Bandwidth report for every pool/server.',
  help: 'This reports on the total data transfered for each virtual sever, hardware server and bandwidth pool.',
  options: [
    {
      flags: '--start <datetime>',
      description: "datetime in the format 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'",
      default: dayText(new Date(now.getTime() - 30 * 86_400_000)),
    },
    {
      flags: '--end <datetime>',
      description: "datetime in the format 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'",
      default: dayText(now),
    },
    { flags: '--sortby <column>', description: 'Column to sort by', default: 'hostname' },
    { flags: '--virtual', description: 'Show only the bandwidth summary for each virtual server' },
    { flags: '--server', description: 'Show only the bandwidth summary for each hardware server' },
    { flags: '--pool', description: 'Show only the bandwidth pool summary.' },
  ],
  async run(context, { options }) {
    const start = parseTime(text(options.start) ?? '', '--start');
    const end = parseTime(text(options.end) ?? '', '--end');
    context.note(`Generating bandwidth report for ${start} to ${end}`);
    const manager = await context.manager('ReportManager');
    const table = new Table([
      'type',
      'hostname',
      'public_in',
      'public_out',
      'private_in',
      'private_out',
      'pool',
    ]);
    table.sortBy = text(options.sortby);
    const sources = [manager.poolBandwidth(start, end)];
    if (options.virtual) sources.push(manager.virtualBandwidth(start, end));
    else if (options.server) sources.push(manager.hardwareBandwidth(start, end));
    else if (!options.pool)
      sources.push(manager.hardwareBandwidth(start, end), manager.virtualBandwidth(start, end));
    for (const source of sources) {
      for await (const item of source) {
        context.progress(`Calculating for ${item.type} ${item.name}`);
        const total = (type: string) =>
          Math.trunc(
            (item.data ?? [])
              .filter((point) => point.type === type)
              .reduce((sum, point) => sum + Number(point.counter ?? 0), 0),
          );
        table.addRow([
          item.type,
          item.name,
          bytesToGb(total('publicIn_net_octet')),
          bytesToGb(total('publicOut_net_octet')),
          bytesToGb(total('privateIn_net_octet')),
          bytesToGb(total('privateOut_net_octet')),
          item.pool || blank(),
        ]);
      }
    }
    context.endProgress();
    return table;
  },
});

export default command;
