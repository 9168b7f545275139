import { Table } from '../../output/table';

type Statistics = {
  delivered?: unknown;
  requests?: unknown;
  bounces?: unknown;
  opens?: unknown;
  clicks?: unknown;
  spamReports?: unknown;
};

/** One statistics record of a delivery account (the reference's `build_statistics_table`). */
export function statisticsTable(statistics: Statistics): Table {
  const table = new Table(['delivered', 'requests', 'bounces', 'opens', 'clicks', 'spam_reports']);
  table.addRow([
    statistics.delivered,
    statistics.requests,
    statistics.bounces,
    statistics.opens,
    statistics.clicks,
    statistics.spamReports,
  ]);
  return table;
}
