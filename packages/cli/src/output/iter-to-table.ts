import { pythonTruthy } from './python-text';
import { KeyValueTable, Table } from './table';

/** An API result as tables, like the reference's `iter_to_table`: objects as name/value, lists of objects as rows. */
export function iterToTable(value: unknown): unknown {
  if (Array.isArray(value)) return listTable(value);
  if (isObject(value)) {
    const table = new KeyValueTable();
    for (const [key, item] of Object.entries(value)) table.addRow([key, iterToTable(item)]);
    return table;
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listTable(list: unknown[]): unknown {
  if (list.length === 0) return list;
  const present = list.filter(pythonTruthy);
  if (present.length === 0) {
    const table = new Table(['value']);
    table.addRow(['-']);
    return table;
  }
  if (isObject(present[0])) {
    const keys = [...new Set(present.filter(isObject).flatMap((item) => Object.keys(item)))].sort();
    const table = new Table(keys);
    for (const item of present) {
      const record = isObject(item) ? item : {};
      table.addRow(keys.map((key) => iterToTable(record[key])));
    }
    return table;
  }
  const table = new Table(['value']);
  for (const item of present) table.addRow([iterToTable(item)]);
  return table;
}
