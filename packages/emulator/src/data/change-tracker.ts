/** One row that changed: the table's name and the row's key. */
export interface ChangedRow {
  table: string;
  key: number;
}

/**
 * The changes in progress: which rows were written (for the journal) and how to undo each write (for a change
 * that throws). `run` is a transaction; transactions nest (an inner one that throws is undone alone). A write
 * outside any transaction (a test poking a row) is still recorded, and committed on the next microtask.
 */
export class ChangeTracker {
  #depth = 0;
  #silent = false;
  #undo: Array<() => void> = [];
  #changed: ChangedRow[] = [];
  #strayScheduled = false;
  readonly #commit: () => void;

  /** `commit` runs after the outermost transaction ends well (and for writes made outside one). */
  constructor(commit: () => void) {
    this.#commit = commit;
  }

  /** Records that `table`'s row `key` is about to change; `undo` puts it back. */
  beforeWrite(table: string, key: number, undo: () => void): void {
    if (this.#silent) return;
    this.#changed.push({ table, key });
    if (this.#depth > 0) this.#undo.push(undo);
    else if (!this.#strayScheduled) {
      this.#strayScheduled = true;
      queueMicrotask(() => {
        this.#strayScheduled = false;
        this.#commit();
      });
    }
  }

  /** Runs `change`; if it throws, every write it made is undone before the error goes on. */
  run<T>(change: () => T): T {
    const undoMark = this.#undo.length;
    const changedMark = this.#changed.length;
    this.#depth++;
    let result: T;
    try {
      result = change();
    } catch (error) {
      const steps = this.#undo.splice(undoMark);
      for (let index = steps.length - 1; index >= 0; index--) this.silently(steps[index] as () => void);
      this.#changed.length = changedMark;
      throw error;
    } finally {
      this.#depth--;
    }
    if (this.#depth === 0) {
      this.#undo = [];
      this.#commit();
    }
    return result;
  }

  /** Runs `change` without recording it (loading, replaying, undoing). */
  silently<T>(change: () => T): T {
    const was = this.#silent;
    this.#silent = true;
    try {
      return change();
    } finally {
      this.#silent = was;
    }
  }

  /** The rows changed since the last call, each once, in the order they were first written. */
  takeChanged(): ChangedRow[] {
    const seen = new Set<string>();
    const rows: ChangedRow[] = [];
    for (const row of this.#changed) {
      const id = `${row.table}\u0000${row.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push(row);
    }
    this.#changed = [];
    return rows;
  }
}
