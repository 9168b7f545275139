import { CliError } from '../cli-error';
import type { CommandContext } from '../command-context';
import { type OptionValue, text } from '../define-command';

/** The value of an option click marks `required=True`; missing, a usage error (exit 2) as click's. */
export function requiredText(value: OptionValue, flags: string): string {
  const found = text(value);
  if (found === undefined) throw new CliError(`Error: Missing option ${flags}.`);
  return found;
}

/** click's `prompt=True`: a required option left out is asked for; no answer (end of input) aborts. */
export async function promptedText(
  context: CommandContext,
  value: OptionValue,
  label: string,
): Promise<string> {
  const given = text(value);
  if (given) return given;
  const answer = await context.ask(label);
  if (!answer) throw new CliError('Aborted!', 1);
  return answer;
}
