import { CliError } from '../cli-error';
import { type OptionValue, text } from '../define-command';

/** The value of an option click marks `required=True`; missing, a usage error (exit 2) as click's. */
export function requiredText(value: OptionValue, flags: string): string {
  const found = text(value);
  if (found === undefined) throw new CliError(`Error: Missing option ${flags}.`);
  return found;
}
