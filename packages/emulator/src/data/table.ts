import type { ChangeTracker } from './change-tracker';
import { type RowOwner, trackRow, untracked } from './row-tracking';

function idOf(row: object): number {
  return (row as { id: number }).id;
}

/**
 * Rows by key (`id` unless told otherwise), kept in ascending key order (the API's natural order), with O(1)
 * lookup. Rows are handed out behind proxies; once the table is `track`ed, every insert, delete and in-place write
 * of a row (at any depth) is reported to the state's change tracker, which journals the row and can undo the write.
 */
export class Table<Row extends object> implements RowOwner {
  readonly #keyOf: (row: Row) => number;
  /** The rows as handed out (behind their proxies). */
  readonly #byKey = new Map<number, Row>();
  #rows: Row[] = [];
  #sorted = true;
  #tracking: { name: string; tracker: ChangeTracker } | undefined;

  constructor(rows: readonly Row[] = [], keyOf: (row: Row) => number = idOf) {
    this.#keyOf = keyOf;
    for (const row of rows) this.insert(row);
  }

  get size(): number {
    return this.#byKey.size;
  }

  /** The key of a row (its `id`, or what the table was built with). */
  keyOf(row: Row): number {
    return this.#keyOf(row);
  }

  has(key: number): boolean {
    return this.#byKey.has(key);
  }

  get(key: number): Row | undefined {
    return this.#byKey.get(key);
  }

  /** All rows in ascending key order. The array is shared: do not mutate it. */
  all(): readonly Row[] {
    if (!this.#sorted) {
      this.#rows.sort((a, b) => this.#keyOf(a) - this.#keyOf(b));
      this.#sorted = true;
    }
    return this.#rows;
  }

  /** The rows themselves in key order, without their proxies (for saving). */
  storedRows(): Row[] {
    return this.all().map(untracked);
  }

  /** The row itself of a key, without its proxy (for the journal). */
  stored(key: number): Row | undefined {
    const row = this.#byKey.get(key);
    return row && untracked(row);
  }

  insert(row: Row): Row {
    const key = this.#keyOf(row);
    if (this.#byKey.has(key)) throw new Error(`duplicate id ${key}`);
    const handed = trackRow(row, this, key);
    this.beforeWrite(key, () => this.#remove(key));
    this.#add(key, handed);
    return handed;
  }

  delete(key: number): boolean {
    const handed = this.#byKey.get(key);
    if (!handed) return false;
    this.beforeWrite(key, () => this.#add(key, handed));
    this.#remove(key);
    return true;
  }

  /** Inserts or replaces a row without reporting it (loading a saved change). */
  put(row: Row): void {
    const key = this.#keyOf(row);
    this.#remove(key);
    this.#add(key, trackRow(row, this, key));
  }

  filter(predicate: (row: Row) => boolean): Row[] {
    return this.all().filter(predicate);
  }

  /** Reports every change from now on to `tracker` as changes of the table `name`. */
  track(name: string, tracker: ChangeTracker): void {
    this.#tracking ??= { name, tracker };
  }

  /** Called by the rows' proxies (and inserts and deletes) before row `key` changes. */
  beforeWrite(key: number, undo: () => void): void {
    this.#tracking?.tracker.beforeWrite(this.#tracking.name, key, undo);
  }

  #add(key: number, handed: Row): void {
    const last = this.#rows[this.#rows.length - 1];
    if (last && this.#keyOf(last) > key) this.#sorted = false;
    this.#byKey.set(key, handed);
    this.#rows.push(handed);
  }

  #remove(key: number): void {
    const handed = this.#byKey.get(key);
    if (!handed) return;
    this.#byKey.delete(key);
    this.#rows = this.#rows.filter((row) => row !== handed);
  }
}
