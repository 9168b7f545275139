import { FormattedItem, KeyValueTable, Listing, Table } from './table';

/** The machine form of an output value (the reference's `to_python`): what json, jsonraw print. */
export function toData(value: unknown): unknown {
  // A missing value prints as Python's None (`null`), never as a dropped key.
  if (value === undefined) return null;
  if (value instanceof KeyValueTable) {
    const mapping: Record<string, unknown> = {};
    for (const row of value.rows) mapping[String(row[0])] = cellData(row[1]);
    return mapping;
  }
  if (value instanceof Table) {
    return value.rows.map((row) =>
      Object.fromEntries(
        // Python's zip: a short row has only its own columns.
        value.columns.slice(0, row.length).map((column, i) => [column, cellData(row[i])]),
      ),
    );
  }
  if (value instanceof FormattedItem) return toData(value.original);
  if (value instanceof Listing) return value.items.map(toData);
  if (Array.isArray(value)) return value.map(toData);
  // Python has no undefined: a value the API left out is None there, so its key still prints (as null).
  return value === undefined ? null : value;
}

/** A cell's machine form; a missing value is `null` (the reference's `None`), so the key is never dropped. */
function cellData(cell: unknown): unknown {
  return cell === undefined ? null : toData(cell);
}
