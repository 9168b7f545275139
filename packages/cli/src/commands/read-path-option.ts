import { readFile } from 'node:fs/promises';
import { CliError } from '../cli-error';

/**
 * The text of a file named by an option, as click's `Path(exists=True)` then a read: a missing file is a usage error
 * naming the option (`'--crt'`).
 */
export async function readPathOption(path: string, option: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new CliError(`Error: Invalid value for '${option}': Path '${path}' does not exist.`);
  }
}
