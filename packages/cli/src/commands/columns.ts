import { CliError } from '../cli-error';
import type { OptionSpec } from '../define-command';
import { pythonTruthy } from '../output/python-text';
import { blank, type Cell, Table } from '../output/table';
import { lookup } from './lookup';

/** A column a user can ask for with `--columns`: a property path (`datacenter.name`) or a function, and its mask. */
export interface Column<T = Record<string, unknown>> {
  name: string;
  value: readonly string[] | ((item: T) => unknown);
  /** The mask part the column needs (default: its path, dotted). */
  mask?: string;
}

/**
 * The columns a `--columns a,b,c` value chose, in order (the reference's `columns.get_formatter`): each name is a
 * known column or else a property path (`deviceStatus.name`). An empty list is a usage error, as the reference's.
 */
export class ColumnSelection<T = Record<string, unknown>> {
  readonly columns: readonly Column<T>[];

  constructor(text: string, known: readonly Column<T>[]) {
    if (text === '')
      throw new CliError("Error: Invalid value for '--columns': At least one column is required.");
    this.columns = text.split(',').map((name) => {
      const trimmed = name.trim();
      return known.find((column) => column.name === trimmed) ?? { name: trimmed, value: trimmed.split('.') };
    });
  }

  get names(): string[] {
    return this.columns.map((column) => column.name);
  }

  /** The mask of every chosen column (each part once). */
  mask(): string {
    const parts = this.columns.map((column) =>
      Array.isArray(column.value) ? (column.mask ?? column.value.join('.')) : column.mask,
    );
    return [...new Set(parts.filter((part): part is string => Boolean(part)))].join(',');
  }

  /** Each chosen column's value in `item`, as read. */
  values(item: T): unknown[] {
    return this.columns.map((column) =>
      typeof column.value === 'function' ? column.value(item) : lookup(item, ...column.value),
    );
  }

  /** One row: each column's value, a falsy one (Python's sense) shown blank, as the reference's `value or blank()`. */
  row(item: T): Cell[] {
    return this.values(item).map((value) => (pythonTruthy(value) ? (value as Cell) : blank()));
  }

  /**
   * A table of `items`, one row each, sorted by `sortBy` in text output (a column that is not shown is an error
   * there, as the reference's; pass `undefined` where the reference sorts only by a shown column).
   */
  table(items: readonly T[], sortBy: string | undefined): Table {
    const table = new Table(this.names);
    table.sortBy = sortBy;
    for (const item of items) table.addRow(this.row(item));
    return table;
  }
}

/** The `--columns` option listing `known`, with `defaults` as its default. */
export function columnsOption<T>(
  known: readonly Column<T>[],
  defaults: readonly string[],
  label = 'Options:',
): OptionSpec {
  return {
    flags: '--columns <columns>',
    description: `Columns to display. ${label} ${known.map((column) => column.name).join(', ')}`,
    default: defaults.join(','),
  };
}
