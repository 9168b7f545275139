import { CliError } from '../cli-error';
import type { OptionSpec } from '../define-command';
import { blank, type Cell, Table } from '../output/table';

/** One selectable column (the reference's `Column`): a name, how to read it from an object, and its mask. */
export interface Column {
  name: string;
  /** A property path (`['serviceResource', 'datacenter', 'name']`) or a function of the object. */
  path: readonly string[] | ((item: Record<string, unknown>) => unknown);
  /** The mask part for this column; a path's dotted form when absent. */
  mask?: string;
}

/** The reference's `utils.lookup`: the value at a path, undefined when any step is missing. */
export function lookup(item: unknown, path: readonly string[]): unknown {
  let value: unknown = item;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The columns a `--columns a,b,c` value chose (an unknown name reads the dotted path, as the reference does). */
export class ColumnSelection {
  readonly columns: readonly Column[];

  constructor(value: string, known: readonly Column[]) {
    if (value === '')
      throw new CliError("Error: Invalid value for '--columns': At least one column is required.");
    this.columns = value.split(',').map((name) => {
      const trimmed = name.trim();
      return known.find((column) => column.name === trimmed) ?? { name: trimmed, path: trimmed.split('.') };
    });
  }

  get names(): string[] {
    return this.columns.map((column) => column.name);
  }

  /** The mask of every chosen column (each part once). */
  mask(): string {
    const parts = this.columns.map((column) =>
      typeof column.path === 'function' ? column.mask : (column.mask ?? column.path.join('.')),
    );
    return [...new Set(parts.filter((part): part is string => Boolean(part)))].join(',');
  }

  /** One row: each column's value, a falsy one shown blank (the reference's `value or blank()`). */
  row(item: object): Cell[] {
    return this.columns.map((column) => {
      const value =
        typeof column.path === 'function'
          ? column.path(item as Record<string, unknown>)
          : lookup(item, column.path);
      return value || blank();
    });
  }

  /** A table of `items`, one row each, sorted by `sortBy` in text output when it is one of the columns. */
  table(items: readonly object[], sortBy?: string): Table {
    const table = new Table(this.names);
    if (sortBy && this.names.includes(sortBy)) table.sortBy = sortBy;
    for (const item of items) table.addRow(this.row(item));
    return table;
  }
}

/** The `--columns` option listing `known`, with `defaults` as its default. */
export function columnsOption(
  known: readonly Column[],
  defaults: readonly string[],
  label = 'Options:',
): OptionSpec {
  return {
    flags: '--columns <columns>',
    description: `Columns to display. ${label} ${known.map((column) => column.name).join(', ')}`,
    default: defaults.join(','),
  };
}
