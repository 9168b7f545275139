import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EmulatorState, type StateChange, type StateSnapshot } from '../data/state';
import { EmulatorError } from '../errors';
import { JOURNAL_MAGIC, scanJournal } from './journal-records';
import { JournalWriter } from './journal-writer';
import { readStateFile, snapshotText, syncDirectory, writeFileDurably } from './snapshot-file';

/** The journal beside a state file. */
export function journalFileOf(stateFile: string): string {
  return `${stateFile}.journal`;
}

/** Compact once the journal passes this size, unless told otherwise. */
export const DEFAULT_COMPACT_BYTES: number = 16 * 1024 * 1024;

/** One journal record: a change and its sequence number. */
interface JournalEntry {
  sequence: number;
  change: StateChange;
}

export interface DurableState {
  state: EmulatorState;
  /** Resolves when every change committed so far is on disk; rejects (EMULATOR_STATE_WRITE_FAILED) if it is not. */
  whenDurable(): Promise<void>;
  /** Writes what is pending, folds the journal into the snapshot and closes it. */
  close(): Promise<void>;
  /** What loading found: changes replayed from the journal, bytes of a torn last record dropped. */
  recovery: { replayed: number; droppedBytes: number };
  /** Journal flushes (one fdatasync each) so far: changes that arrive together share one. */
  readonly flushes: number;
}

function readJournal(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new EmulatorError('EMULATOR_STATE_UNREADABLE', `cannot read the journal ${file}`, { cause: error });
  }
}

function parseEntry(payload: string, file: string, index: number): JournalEntry {
  try {
    const entry = JSON.parse(payload) as JournalEntry;
    if (Number.isInteger(entry.sequence) && entry.change && typeof entry.change.tables === 'object')
      return entry;
  } catch {
    // A record whose checksum holds but whose text is not a change: reported below.
  }
  throw new EmulatorError(
    'EMULATOR_JOURNAL_CORRUPT',
    `the journal ${file} is damaged: record ${index + 1} is not a change`,
  );
}

/** Replays the journal's changes newer than the snapshot; returns the last sequence number and the count. */
function replay(
  state: EmulatorState,
  payloads: readonly string[],
  from: number,
  file: string,
): { sequence: number; replayed: number } {
  let sequence = from;
  let replayed = 0;
  payloads.forEach((payload, index) => {
    const entry = parseEntry(payload, file, index);
    if (entry.sequence <= from) return;
    if (entry.sequence !== sequence + 1) {
      throw new EmulatorError(
        'EMULATOR_JOURNAL_CORRUPT',
        `the journal ${file} is damaged: record ${index + 1} is change ${entry.sequence}, expected ${sequence + 1}`,
      );
    }
    try {
      state.applyChange(entry.change);
    } catch (error) {
      throw new EmulatorError(
        'EMULATOR_JOURNAL_CORRUPT',
        `the journal ${file} cannot be replayed: record ${index + 1}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    sequence = entry.sequence;
    replayed++;
  });
  return { sequence, replayed };
}

/**
 * Opens the account kept in `file` (generating it with `generate` the first time) with its journal
 * `<file>.journal`: the snapshot is loaded, the journal's changes replayed (a torn last record dropped), the result
 * saved as the new snapshot, and from then on every committed change is appended to the journal.
 */
export async function openDurableState(
  file: string,
  generate: () => StateSnapshot,
  options: { compactBytes?: number } = {},
): Promise<DurableState> {
  const journalFile = journalFileOf(file);
  const saved = readStateFile(file);
  const journal = readJournal(journalFile);
  const scan = journal ? scanJournal(journal, journalFile) : { payloads: [], droppedBytes: 0 };
  if (!saved && scan.payloads.length > 0) {
    throw new EmulatorError(
      'EMULATOR_STATE_INVALID',
      `the journal ${journalFile} has changes but the state file ${file} is missing; restore the state file or remove the journal`,
    );
  }
  const state = new EmulatorState(saved ?? generate());
  const { sequence, replayed } = replay(state, scan.payloads, saved?.journalSequence ?? 0, journalFile);
  const writeSnapshot = (through: number) => writeFileDurably(file, snapshotText(state, through));
  if (!saved || replayed > 0) await writeSnapshot(sequence);

  // Every change is in the snapshot now: the journal starts over (dropping a torn tail with it).
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(journalFile, 'w');
    await handle.write(JOURNAL_MAGIC);
    await handle.datasync();
    await handle.close();
    await syncDirectory(dirname(journalFile));
    handle = await open(journalFile, 'a');
  } catch (error) {
    throw new EmulatorError('EMULATOR_STATE_WRITE_FAILED', `cannot write the journal ${journalFile}`, {
      cause: error,
    });
  }
  const writer = new JournalWriter({
    handle,
    file: journalFile,
    size: JOURNAL_MAGIC.length,
    sequence,
    compactBytes: options.compactBytes ?? DEFAULT_COMPACT_BYTES,
    writeSnapshot,
  });
  state.onChange((change) => {
    writer.append(JSON.stringify({ sequence: writer.sequence + 1, change }));
  });
  return {
    state,
    whenDurable: () => writer.whenDurable(),
    close: () => writer.close(),
    recovery: { replayed, droppedBytes: scan.droppedBytes },
    get flushes() {
      return writer.flushes;
    },
  };
}
