import { pythonTruthy } from '../output/python-text';
import { blank, Table } from '../output/table';
import type { ChosenColumns } from './columns';

/** slcli's `--columns` listings: one row per item, a falsy value shown blank, sorted by `sortBy` in text. */
export function columnTable<T>(
  columns: ChosenColumns<T>,
  items: readonly T[],
  sortBy: string | undefined,
): Table {
  const table = new Table(columns.names);
  table.sortBy = sortBy;
  for (const item of items) {
    table.addRow(columns.row(item).map((value) => (pythonTruthy(value) ? value : blank())));
  }
  return table;
}
