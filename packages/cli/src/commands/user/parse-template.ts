import { CliError } from '../../cli-error';

/** `--template`: a JSON object of user properties (a usage error, exit 2, when it is not one). */
export function parseTemplate(template: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(template);
  } catch (error) {
    throw new CliError(`Argument Error: Unable to parse --template. ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CliError('Argument Error: Unable to parse --template. It must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}
