import { CliError } from '../cli-error';
import { type FitContent, type FitTable, fitTable } from './fit-table';
import { pythonStr, pythonTruthy } from './python-text';
import { FormattedItem, Listing, Table } from './table';

/** `table` draws the reference's boxes (rich's SQUARE); `raw` the same grid without lines. */
export type TextStyle = 'table' | 'raw';

/** A cell as the reference prints it in text: empty values by Python's `str()`, the rest by their display form. */
export function cellText(value: unknown): string {
  if (!pythonTruthy(value)) return pythonStr(value);
  if (value instanceof FormattedItem) return value.formatted;
  // The reference's SequentialOutput leaves out empty items (a set of no transaction groups: `{None}` prints empty).
  if (value instanceof Listing) return value.items.filter(pythonTruthy).map(cellText).join(value.separator);
  // A table inside a table is always boxed, even in raw output (the reference formats it as 'table').
  if (value instanceof Table) return renderTable(value, 'table');
  return pythonStr(value);
}

function sortedRows(table: Table): unknown[][] {
  if (!table.sortBy) return table.rows;
  const index = table.columns.indexOf(table.sortBy);
  if (index < 0) throw new CliError(`Column (${table.sortBy}) doesn't exist to sort by`);
  const key = (row: unknown[]): string | number => {
    const text = cellText(row[index]);
    return /^\d+$/.test(text) ? Number(text) : text;
  };
  return [...table.rows].sort((a, b) => {
    const left = key(a);
    const right = key(b);
    return left < right ? -1 : left > right ? 1 : 0;
  });
}

/** A table as the wrapping layout sees it: cells as text, a table in a cell as a (boxed) table. */
function fitContent(table: Table, style: TextStyle): FitTable {
  const cell = (value: unknown): FitContent =>
    value instanceof Table && pythonTruthy(value) ? fitContent(value, 'table') : cellText(value);
  return {
    headers: table.columns,
    alignments: table.columns.map((column) => table.alignmentOf(column)),
    rows: sortedRows(table).map((row) => table.columns.map((_, i) => cell(row[i]))),
    boxed: style === 'table',
    title: table.title,
  };
}

/** The console width slcli gives rich when stdout is not a terminal: nothing wraps. */
export const PIPE_WIDTH = 1_000_000;

/**
 * The table as text, laid out like the reference's rich tables on a console `width` wide: in a pipe or a file
 * (slcli makes its console 1,000,000 wide there) every line is as wide as it needs; on a terminal a table wider
 * than the terminal is fitted into it as rich does (columns narrowed, cells wrapped).
 */
export function renderTable(table: Table, style: TextStyle, width: number = PIPE_WIDTH): string {
  return fitTable(fitContent(table, style), width);
}
