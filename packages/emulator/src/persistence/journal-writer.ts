import type { FileHandle } from 'node:fs/promises';
import { EmulatorError } from '../errors';
import { encodeRecord, JOURNAL_MAGIC } from './journal-records';

export interface JournalWriterOptions {
  /** The open journal (append mode), holding just the magic or earlier records. */
  handle: FileHandle;
  file: string;
  /** Its size now. */
  size: number;
  /** The sequence number of the last change already on disk (in the snapshot or the journal). */
  sequence: number;
  /** Compact when the journal grows past this many bytes. */
  compactBytes: number;
  /** Writes the snapshot holding every change up to `sequence` (atomically and durably); it must take the
   * snapshot before its first `await`, since changes go on meanwhile. */
  writeSnapshot(sequence: number): Promise<void>;
}

interface Waiter {
  sequence: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Appends changes to the journal with group commit: the changes that arrive while a flush is under way are written
 * together by the next one, with one `fdatasync`. `whenDurable` resolves once every change appended so far is on
 * disk. Now and then (past `compactBytes`, and on close) the snapshot is rewritten and the journal emptied.
 * After a failed write every later `whenDurable` fails too: nothing is acknowledged that may not be on disk.
 */
export class JournalWriter {
  readonly #options: JournalWriterOptions;
  #size: number;
  #pending: Buffer[] = [];
  #appended: number;
  #durable: number;
  #waiters: Waiter[] = [];
  #running: Promise<void> | undefined;
  #failure: EmulatorError | undefined;
  #closed = false;
  /** Flushes so far (for the bench and tests: how many changes share one). */
  flushes = 0;

  constructor(options: JournalWriterOptions) {
    this.#options = options;
    this.#size = options.size;
    this.#appended = options.sequence;
    this.#durable = options.sequence;
  }

  /** The sequence number of the last change appended. */
  get sequence(): number {
    return this.#appended;
  }

  /** Queues one change (already serialised) as record `sequence` (the next number). */
  append(payload: string): void {
    if (this.#closed) {
      this.#failure ??= new EmulatorError(
        'EMULATOR_STATE_WRITE_FAILED',
        `a change arrived after the journal ${this.#options.file} was closed; it is not saved`,
      );
      return;
    }
    this.#pending.push(encodeRecord(payload));
    this.#appended++;
    this.#schedule();
  }

  /** Resolves when every change appended so far is on disk; rejects with EMULATOR_STATE_WRITE_FAILED if not. */
  whenDurable(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#durable >= this.#appended) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#waiters.push({ sequence: this.#appended, resolve, reject });
      this.#schedule();
    });
  }

  /** Writes what is pending, compacts, and closes the journal. */
  async close(): Promise<void> {
    // A change committed on a microtask (a write made outside `mutate`) is appended before the end.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.#running) await this.#running;
    this.#closed = true;
    if (!this.#failure && this.#size > JOURNAL_MAGIC.length) await this.#guard(() => this.#compact());
    await this.#options.handle.close();
    if (this.#failure) throw this.#failure;
  }

  #schedule(): void {
    this.#running ??= this.#loop();
  }

  /**
   * Flushes until nothing is pending. It starts on the next turn of the event loop, so the changes of requests that
   * arrive together (and of one synchronous burst) go out in the first flush. It marks itself stopped in the same
   * step that finds nothing pending, so a change appended a moment later always starts a new run.
   */
  async #loop(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (;;) {
      if (this.#pending.length === 0 || this.#failure) {
        this.#running = undefined;
        return;
      }
      await this.#guard(async () => {
        await this.#flush();
        if (this.#size > this.#options.compactBytes) await this.#compact();
      });
    }
  }

  async #guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.#failure =
        error instanceof EmulatorError
          ? error
          : new EmulatorError(
              'EMULATOR_STATE_WRITE_FAILED',
              `cannot write the journal ${this.#options.file}`,
              {
                cause: error,
              },
            );
      for (const waiter of this.#waiters.splice(0)) waiter.reject(this.#failure);
    }
  }

  async #flush(): Promise<void> {
    const batch = Buffer.concat(this.#pending.splice(0));
    const through = this.#appended;
    let written = 0;
    while (written < batch.length) {
      const { bytesWritten } = await this.#options.handle.write(batch, written);
      written += bytesWritten;
    }
    await this.#options.handle.datasync();
    this.flushes++;
    this.#size += batch.length;
    this.#settle(through);
  }

  /** The snapshot takes every change so far (pending ones too); then the journal starts over. */
  async #compact(): Promise<void> {
    const through = this.#appended;
    this.#pending = [];
    await this.#options.writeSnapshot(through);
    await this.#options.handle.truncate(JOURNAL_MAGIC.length);
    await this.#options.handle.datasync();
    this.#size = JOURNAL_MAGIC.length;
    this.#settle(through);
  }

  #settle(through: number): void {
    this.#durable = through;
    this.#waiters = this.#waiters.filter((waiter) => {
      if (waiter.sequence > through) return true;
      waiter.resolve();
      return false;
    });
  }
}
