import { CliError } from '../cli-error';
import { lookup } from './lookup';

/** A column a user can ask for with `--columns`: a property path (`datacenter.name`) or a function, and its mask. */
export interface Column<T = Record<string, unknown>> {
  name: string;
  value: readonly string[] | ((item: T) => unknown);
  /** The mask part the column needs (default: its path, dotted). */
  mask?: string;
}

/** The columns `--columns` chose, in order: their names, one row of an item, and the mask they need. */
export interface ChosenColumns<T> {
  names: string[];
  row(item: T): unknown[];
  mask(): string;
}

/**
 * The reference's `columns.get_formatter`: each comma-separated name is a known column or else a property path
 * (`deviceStatus.name`). An empty list is a usage error, as the reference's.
 */
export function chooseColumns<T>(known: readonly Column<T>[], text: string): ChosenColumns<T> {
  if (text === '')
    throw new CliError("Error: Invalid value for '--columns': At least one column is required.");
  const chosen = text.split(',').map((name) => {
    const trimmed = name.trim();
    return known.find((column) => column.name === trimmed) ?? { name: trimmed, value: trimmed.split('.') };
  });
  const masks = new Set<string>();
  for (const column of chosen) {
    const mask = column.mask ?? (Array.isArray(column.value) ? column.value.join('.') : undefined);
    if (mask !== undefined) masks.add(mask);
  }
  return {
    names: chosen.map((column) => column.name),
    row: (item) =>
      chosen.map((column) =>
        typeof column.value === 'function' ? column.value(item) : lookup(item, ...column.value),
      ),
    mask: () => [...masks].join(','),
  };
}
