import { readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { EmulatorState, StateSnapshot } from '../data/state';
import { EmulatorError } from '../errors';

/** Reads a state file (a snapshot); undefined when the file does not exist. */
export function readStateFile(file: string): StateSnapshot | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new EmulatorError('EMULATOR_STATE_UNREADABLE', `cannot read the state file ${file}`, {
      cause: error,
    });
  }
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(text);
  } catch (error) {
    throw new EmulatorError('EMULATOR_STATE_INVALID', `the state file ${file} is not JSON`, { cause: error });
  }
  const candidate = snapshot as Partial<StateSnapshot> | null;
  if (
    candidate?.format !== 'sl-emulator-state' ||
    candidate.version !== 1 ||
    !Array.isArray(candidate.guests)
  ) {
    throw new EmulatorError(
      'EMULATOR_STATE_INVALID',
      `the state file ${file} is not an sl-emulator state (version 1)`,
    );
  }
  return candidate as StateSnapshot;
}

/** The snapshot of the whole account as saved: every table's stored rows, and the last journal record it holds. */
export function snapshotText(state: EmulatorState, journalSequence: number): string {
  const snapshot: Record<string, unknown> = { ...state.snapshot(), journalSequence };
  for (const [name, table] of state.tables()) snapshot[name] = table.storedRows();
  return JSON.stringify(snapshot);
}

/**
 * fsync of a directory, so that a file created or renamed in it survives a crash. Windows cannot open a directory
 * for this (NTFS journals the rename itself): there it does nothing.
 */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `file` with `text` atomically and durably: a temporary file beside it, written and fsynced, renamed
 * over it, then the directory fsynced. A crash leaves the old file or the new one, never a mix.
 */
export async function writeFileDurably(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
    await syncDirectory(dirname(file));
  } catch (error) {
    await rm(temporary, { force: true });
    throw new EmulatorError('EMULATOR_STATE_WRITE_FAILED', `cannot write the state file ${file}`, {
      cause: error,
    });
  }
}
