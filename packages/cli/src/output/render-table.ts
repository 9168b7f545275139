import { CliError } from '../cli-error';
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

function justify(text: string, width: number, alignment: 'left' | 'right' | 'center'): string {
  const excess = width - text.length;
  if (excess <= 0) return text;
  if (alignment === 'left') return text + ' '.repeat(excess);
  if (alignment === 'right') return ' '.repeat(excess) + text;
  const left = Math.floor(excess / 2);
  return ' '.repeat(left) + text + ' '.repeat(excess - left);
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

/** The table as text, laid out like the reference's rich tables (no wrapping: every line is as wide as it needs). */
export function renderTable(table: Table, style: TextStyle): string {
  const rows = sortedRows(table).map((row) => table.columns.map((_, i) => cellText(row[i]).split('\n')));
  const header = table.columns.map((column) => [column]);
  const widths = table.columns.map((_, i) =>
    Math.max(...[header[i] ?? [], ...rows.map((row) => row[i] ?? [])].flat().map((line) => line.length)),
  );
  const alignments = table.columns.map((column) => table.alignmentOf(column));
  const boxed = style === 'table';
  const renderRow = (cells: string[][]): string[] => {
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    const lines: string[] = [];
    for (let line = 0; line < height; line++) {
      const parts = cells.map(
        (cellLines, i) => ` ${justify(cellLines[line] ?? '', widths[i] ?? 0, alignments[i] ?? 'center')} `,
      );
      lines.push(boxed ? `│${parts.join('│')}│` : parts.join(''));
    }
    return lines;
  };
  const rule = (left: string, middle: string, right: string): string =>
    left + widths.map((width) => '─'.repeat(width + 2)).join(middle) + right;
  const lines: string[] = [];
  if (boxed) lines.push(rule('┌', '┬', '┐'));
  lines.push(...renderRow(header));
  if (boxed) lines.push(rule('├', '┼', '┤'));
  for (const row of rows) lines.push(...renderRow(row));
  if (boxed) lines.push(rule('└', '┴', '┘'));
  if (table.title) {
    const width = lines[0]?.length ?? table.title.length;
    lines.unshift(justify(table.title, width, 'center'));
  }
  return lines.join('\n');
}
