import { FormattedItem, Listing, Table } from './table';

/** A cell as Python's csv writer writes it (`str()`, `None` as empty, `NULL` as `-` like the reference). */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof FormattedItem) return value.original === null ? '-' : csvCell(value.original);
  if (value instanceof Listing) return value.items.map(csvCell).join(value.separator);
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function quote(field: string, delimiter: string): string {
  return /["\r\n]/.test(field) || field.includes(delimiter) ? `"${field.replace(/"/g, '""')}"` : field;
}

function csvLines(table: Table, delimiter: string): string[] {
  const lines = [table.columns.map((column) => quote(column, delimiter)).join(delimiter)];
  // A nested table becomes one row per line of its own csv, each after the cell before it (the reference's rule).
  for (const row of table.rows) {
    let current: string[] = [];
    for (const value of row) {
      if (value instanceof Table) {
        const title = current.pop() ?? '';
        for (const line of csvLines(value, delimiter)) {
          lines.push([...current, quote(title, delimiter), quote(line, delimiter)].join(delimiter));
          current = [];
        }
      } else {
        current.push(quote(csvCell(value), delimiter));
      }
    }
    if (current.length > 0) lines.push(current.join(delimiter));
  }
  return lines;
}

/** The table as csv with Python's `\r\n` line ends. */
export function renderCsv(table: Table, delimiter = ','): string {
  return csvLines(table, delimiter)
    .map((line) => `${line}\r\n`)
    .join('');
}
