import { readFileSync } from 'node:fs';
import { CliError } from '../cli-error';

/**
 * The text of a file named by an option or argument, as click's `Path(exists=True)` then a read: a missing file is a
 * usage error naming the option as click quotes it (`'--crt'`, `'-f' / '--in-file'`) and the path as the user wrote
 * it (`shown`, before `~` is expanded).
 * Synchronous, as the read of a small file in a command line is: `node:fs/promises` would cost every start.
 */
export function readPathOption(path: string, quotedOption: string, shown: string = path): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`Error: Invalid value for ${quotedOption}: Path '${shown}' does not exist.`);
  }
}
