/** Rows by id, kept in ascending id order (the API's natural order), with O(1) lookup. */
export class Table<Row extends { id: number }> {
  readonly #byId = new Map<number, Row>();
  #rows: Row[] = [];
  #sorted = true;

  constructor(rows: readonly Row[] = []) {
    for (const row of rows) this.insert(row);
  }

  get size(): number {
    return this.#byId.size;
  }

  get(id: number): Row | undefined {
    return this.#byId.get(id);
  }

  /** All rows in ascending id order. The array is shared: do not mutate it. */
  all(): readonly Row[] {
    if (!this.#sorted) {
      this.#rows.sort((a, b) => a.id - b.id);
      this.#sorted = true;
    }
    return this.#rows;
  }

  insert(row: Row): Row {
    if (this.#byId.has(row.id)) throw new Error(`duplicate id ${row.id}`);
    const last = this.#rows[this.#rows.length - 1];
    if (last && last.id > row.id) this.#sorted = false;
    this.#byId.set(row.id, row);
    this.#rows.push(row);
    return row;
  }

  delete(id: number): boolean {
    if (!this.#byId.delete(id)) return false;
    this.#rows = this.#rows.filter((row) => row.id !== id);
    return true;
  }

  filter(predicate: (row: Row) => boolean): Row[] {
    return this.all().filter(predicate);
  }
}
