import { renderCsv } from './csv';
import type { OutputFormat } from './output-formats';
import { pythonJsonCompact, pythonStr } from './python-text';
import { cellText, renderTable } from './render-table';
import { FormattedItem, Listing, Table } from './table';
import { toData } from './to-data';

export { OUTPUT_FORMATS, type OutputFormat } from './output-formats';

/**
 * What a command's result prints as, by the reference's rules: json is the machine form indented by 2 (slcli
 * re-indents through rich), jsonraw is Python's compact `json.dumps`, csv is a table's rows, table/raw are the
 * grids. A list of outputs prints one after the other. The text ends with a newline. `width` is the terminal's
 * (see `terminalWidth`): tables wider than it are fitted into it as rich does; without it nothing wraps.
 */
export function formatOutput(value: unknown, format: OutputFormat, width?: number): string {
  if (format === 'json') return `${JSON.stringify(toData(value), null, 2) ?? 'null'}\n`;
  if (format === 'jsonraw') return `${pythonJsonCompact(toData(value))}\n`;
  if (format === 'csv' && value instanceof Table) return `${renderCsv(value)}\n`;
  return `${formatText(value, format === 'table' ? 'table' : 'raw', width)}\n`;
}

/**
 * The console width slcli's rich uses for tables: on a terminal `COLUMNS` (digits) or the terminal's columns, 80
 * for a dumb terminal or an unknown size; undefined when stdout is not a terminal (slcli then sets 1,000,000:
 * nothing wraps).
 */
export function terminalWidth(
  stdout: { isTTY?: boolean; columns?: number },
  env: NodeJS.ProcessEnv,
): number | undefined {
  if (!stdout.isTTY) return undefined;
  if (['dumb', 'unknown'].includes((env.TERM ?? '').toLowerCase())) return 80;
  const columns = env.COLUMNS;
  if (columns !== undefined && /^\d+$/.test(columns)) return Number(columns) || 80;
  return stdout.columns || 80;
}

function formatText(value: unknown, style: 'table' | 'raw', width: number | undefined): string {
  if (typeof value === 'string') return value;
  if (value instanceof Table) return renderTable(value, style, width);
  if (value instanceof FormattedItem || value instanceof Listing) return cellText(value);
  if (Array.isArray(value)) return value.map((item) => formatText(item, style, width)).join('\n');
  return pythonStr(value);
}
