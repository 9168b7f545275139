import type { ChangeTracker } from './change-tracker';
import { trackRow } from './row-tracking';

interface Entry<Row> {
  /** The row itself (what is saved). */
  stored: Row;
  /** What callers get: the row behind a proxy that reports its writes (once the table is tracked). */
  handed: Row;
}

function idOf(row: object): number {
  return (row as { id: number }).id;
}

/**
 * Rows by key (`id` unless told otherwise), kept in ascending key order (the API's natural order), with O(1)
 * lookup. Rows are handed out behind proxies; once the table is `track`ed, every insert, delete and in-place write
 * of a row (at any depth) is reported to the state's change tracker, which journals the row and can undo the write.
 */
export class Table<Row extends object> {
  readonly #keyOf: (row: Row) => number;
  readonly #byKey = new Map<number, Entry<Row>>();
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
    return this.#byKey.get(key)?.handed;
  }

  /** All rows in ascending key order. The array is shared: do not mutate it. */
  all(): readonly Row[] {
    if (!this.#sorted) {
      this.#rows.sort((a, b) => this.#keyOf(a) - this.#keyOf(b));
      this.#sorted = true;
    }
    return this.#rows;
  }

  /** The stored rows in key order, without proxies (for saving). */
  storedRows(): Row[] {
    return this.all().map((row) => (this.#byKey.get(this.#keyOf(row)) as Entry<Row>).stored);
  }

  /** The stored row of a key, without its proxy (for the journal). */
  stored(key: number): Row | undefined {
    return this.#byKey.get(key)?.stored;
  }

  insert(row: Row): Row {
    const key = this.#keyOf(row);
    if (this.#byKey.has(key)) throw new Error(`duplicate id ${key}`);
    const entry = this.#entry(row, key);
    this.#report(key, () => this.#remove(key));
    this.#add(entry);
    return entry.handed;
  }

  delete(key: number): boolean {
    const entry = this.#byKey.get(key);
    if (!entry) return false;
    this.#report(key, () => this.#add(entry));
    this.#remove(key);
    return true;
  }

  /** Inserts or replaces a row without reporting it (loading a saved change). */
  put(row: Row): void {
    const key = this.#keyOf(row);
    if (this.#byKey.has(key)) this.#remove(key);
    this.#add(this.#entry(row, key));
  }

  filter(predicate: (row: Row) => boolean): Row[] {
    return this.all().filter(predicate);
  }

  /** Reports every change from now on to `tracker` as changes of the table `name`. */
  track(name: string, tracker: ChangeTracker): void {
    this.#tracking ??= { name, tracker };
  }

  #entry(row: Row, key: number): Entry<Row> {
    return { stored: row, handed: trackRow(row, { beforeWrite: (undo) => this.#report(key, undo) }) };
  }

  #report(key: number, undo: () => void): void {
    this.#tracking?.tracker.beforeWrite(this.#tracking.name, key, undo);
  }

  #add(entry: Entry<Row>): void {
    const key = this.#keyOf(entry.stored);
    const last = this.#rows[this.#rows.length - 1];
    if (last && this.#keyOf(last) > key) this.#sorted = false;
    this.#byKey.set(key, entry);
    this.#rows.push(entry.handed);
  }

  #remove(key: number): void {
    const entry = this.#byKey.get(key);
    if (!entry) return;
    this.#byKey.delete(key);
    this.#rows = this.#rows.filter((row) => row !== entry.handed);
  }
}
