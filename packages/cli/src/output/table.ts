/** How a column lines up: left, right or centred (the reference's default). */
export type Alignment = 'left' | 'right' | 'center';

/** A value shown one way to people (`formatted`) and another to programs (`original`, in json/jsonraw). */
export class FormattedItem {
  readonly original: unknown;
  readonly formatted: string;
  constructor(original: unknown, formatted?: string) {
    this.original = original;
    this.formatted = formatted ?? String(original);
  }
}

/** A list shown joined by `separator` in text output and as a list in json. */
export class Listing {
  readonly items: readonly Cell[];
  readonly separator: string;
  constructor(items: readonly Cell[], separator = ',') {
    this.items = items;
    this.separator = separator;
  }
}

/** What a table cell holds. */
export type Cell = unknown;

/** The reference's blank cell: `-` in text, `null` in json. */
export function blank(): FormattedItem {
  return new FormattedItem(null, '-');
}

/** Rows under named columns: a list of objects in json, the reference's boxed table in text. */
export class Table {
  readonly columns: readonly string[];
  rows: Cell[][] = [];
  title: string | undefined;
  /** One alignment for every column, or one per column name (default centred). */
  align: Alignment | Record<string, Alignment> = {};
  /** Sort rows by this column before printing text (numbers numerically). */
  sortBy: string | undefined;

  constructor(columns: readonly string[], options: { title?: string; align?: Alignment } = {}) {
    const duplicated = columns.filter((column, index) => columns.indexOf(column) !== index);
    if (duplicated.length > 0) throw new Error(`Duplicated columns are not allowed: ${duplicated.join(',')}`);
    this.columns = columns;
    this.title = options.title;
    if (options.align) this.align = options.align;
  }

  addRow(row: Cell[]): void {
    this.rows.push(row);
  }

  alignmentOf(column: string): Alignment {
    return typeof this.align === 'string' ? this.align : (this.align[column] ?? 'center');
  }
}

/** A two-column (`name`, `value`) table: one object in json. */
export class KeyValueTable extends Table {
  constructor(columns: readonly string[] = ['name', 'value'], options: { title?: string } = {}) {
    super(columns, options);
    this.align = { [columns[0] ?? 'name']: 'right', [columns[1] ?? 'value']: 'left' };
  }
}
