/**
 * An expected way for a command to stop: the message goes to stderr and the process exits with `exitCode`
 * (2 like the reference's `CLIAbort`, for bad input and declined prompts).
 */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
