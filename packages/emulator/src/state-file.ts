import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { EmulatorState, StateSnapshot } from './data/state';
import { EmulatorError } from './errors';

/** Reads a state file written by `persistState`; undefined when the file does not exist. */
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

/** Writes the state after every change, one write at a time, each atomic (a temporary file renamed over the old one). */
export interface StatePersistence {
  /** Resolves when every change made so far is on disk. */
  flush(): Promise<void>;
  /** The last write error, if any (writing goes on with the next change). */
  readonly lastError: EmulatorError | undefined;
}

export function persistState(state: EmulatorState, file: string): StatePersistence {
  let writing: Promise<void> | undefined;
  let dirty = false;
  let lastError: EmulatorError | undefined;
  let counter = 0;

  const writeOnce = async (): Promise<void> => {
    const temporary = `${file}.${process.pid}.${++counter}.tmp`;
    try {
      await writeFile(temporary, JSON.stringify(state.snapshot()));
      await rename(temporary, file);
      lastError = undefined;
    } catch (error) {
      lastError = new EmulatorError('EMULATOR_STATE_WRITE_FAILED', `cannot write the state file ${file}`, {
        cause: error,
      });
    }
  };

  const loop = async (): Promise<void> => {
    while (dirty) {
      dirty = false;
      await writeOnce();
    }
    writing = undefined;
  };

  const schedule = (): void => {
    dirty = true;
    writing ??= loop();
  };

  state.onChange(schedule);
  return {
    flush: async () => {
      while (writing) await writing;
    },
    get lastError() {
      return lastError;
    },
  };
}
