/**
 * Positional parameters as slcli reads them: one that looks like JSON (has `{` or `[`) is parsed; anything else,
 * or JSON that does not parse (with a warning), is passed as a string.
 */
export function parseParameters(parameters: readonly string[], warn: (message: string) => void): unknown[] {
  return parameters.map((parameter) => {
    if (!parameter.includes('{') && !parameter.includes('[')) return parameter;
    try {
      return JSON.parse(parameter) as unknown;
    } catch (error) {
      warn(
        `${parameter} looked like json, but was invalid, passing to API as is. ${(error as Error).message}`,
      );
      return parameter;
    }
  });
}
