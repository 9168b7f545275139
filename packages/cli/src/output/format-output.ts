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
 * grids. A list of outputs prints one after the other. The text ends with a newline.
 */
export function formatOutput(value: unknown, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(toData(value), null, 2) ?? 'null'}\n`;
  if (format === 'jsonraw') return `${pythonJsonCompact(toData(value))}\n`;
  if (format === 'csv' && value instanceof Table) return `${renderCsv(value)}\n`;
  return `${formatText(value, format === 'table' ? 'table' : 'raw')}\n`;
}

function formatText(value: unknown, style: 'table' | 'raw'): string {
  if (typeof value === 'string') return value;
  if (value instanceof Table) return renderTable(value, style);
  if (value instanceof FormattedItem || value instanceof Listing) return cellText(value);
  if (Array.isArray(value)) return value.map((item) => formatText(item, style)).join('\n');
  return pythonStr(value);
}
