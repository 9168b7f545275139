import { Table } from '../output/table';
import { cleanTime } from './clean-time';
import { pythonRound } from './python-round';
import type { MetricData as SoftLayer_Metric_Tracking_Object_Data } from './virtual/guest-types';

const TYPES = [
  { keyName: 'publicIn_net_octet', name: 'Pub In' },
  { keyName: 'publicOut_net_octet', name: 'Pub Out' },
  { keyName: 'privateIn_net_octet', name: 'Pri In' },
  { keyName: 'privateOut_net_octet', name: 'Pri Out' },
] as const;

const toGb = (megabytes: number): number => pythonRound(megabytes / 2 ** 10, 4);

/**
 * slcli's `create_bandwidth_table` (virtual and hardware `bandwidth`): the points in MB by date and type, and a
 * summary of each type's sum, average MBps over `summaryPeriod`, maximum and its date.
 */
export function bandwidthTables(
  data: readonly SoftLayer_Metric_Tracking_Object_Data[],
  summaryPeriod: number,
  title: string,
): { table: Table; summary: Table } {
  const byDate = new Map<string, Map<string, number>>();
  for (const point of data) {
    const key = String(cleanTime(point.dateTime));
    const megabytes = pythonRound(Number(point.counter) / 2 ** 20, 4);
    if (!byDate.has(key)) byDate.set(key, new Map());
    byDate.get(key)?.set(String(point.type), megabytes);
  }
  const table = new Table(['Date', 'Pub In', 'Pub Out', 'Pri In', 'Pri Out'], { title });
  const summary = new Table(['Type', 'Sum GB', 'Average MBps', 'Max GB', 'Max Date'], { title: 'Summary' });
  const totals = TYPES.map((type) => ({ ...type, sum: 0, max: 0, maxDate: null as string | null }));
  for (const [date, values] of byDate) {
    const row: unknown[] = [date];
    for (const total of totals) {
      const counter = values.get(total.keyName) ?? 0;
      row.push(toGb(counter));
      total.sum += counter;
      if (counter > total.max) {
        total.max = counter;
        total.maxDate = date;
      }
    }
    table.addRow(row);
  }
  for (const total of totals) {
    const average = total.sum > 0 ? pythonRound(total.sum / byDate.size / summaryPeriod, 4) : 0;
    summary.addRow([total.name, toGb(total.sum), average, toGb(total.max), total.maxDate]);
  }
  return { table, summary };
}
