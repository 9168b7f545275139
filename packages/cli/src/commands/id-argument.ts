import { CliError } from '../cli-error';

/** An id the managers need as a number; a usage error (exit 2) when it is not a whole number. */
export function idArgument(value: string | string[] | undefined, name: string): number {
  const identifier = Array.isArray(value) ? value.join(' ') : (value ?? '');
  if (!/^\d+$/.test(identifier.trim())) {
    throw new CliError(`Error: Invalid value for '${name}': '${identifier}' is not a valid integer.`);
  }
  return Number.parseInt(identifier, 10);
}
