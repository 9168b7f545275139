import { CliError } from './cli-error';

interface FaultLike {
  name?: string;
  message?: string;
  faultCode?: string;
  faultString?: string;
  code?: string;
}

/** Manager codes that mean the input was wrong: exit 2 like the reference's `CLIAbort`. */
const USAGE_CODES = new Set(['SL_NOT_FOUND', 'SL_AMBIGUOUS', 'SL_INVALID_ARGUMENT']);

/**
 * What `sl` prints for an error and the exit code: a fault or a refused input is one line on stderr (never a
 * stack trace); an API fault exits 1 (as `slcli`); a wrong input or a declined prompt 2; anything else is a bug
 * and prints its stack.
 */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  const fault = (typeof error === 'object' && error !== null ? error : {}) as FaultLike;
  if (fault.faultCode !== undefined || fault.name === 'SoftLayerAPIError') {
    const text = fault.faultString ?? fault.message ?? '';
    if (/invalid api token/i.test(text)) {
      return {
        message: "Authentication Failed: To update your credentials, use 'sl config setup'",
        exitCode: 1,
      };
    }
    return { message: `SoftLayerAPIError(${fault.faultCode ?? 'unknown'}): ${text}`, exitCode: 1 };
  }
  if (fault.code && USAGE_CODES.has(fault.code)) {
    return { message: `Error: ${fault.message}`, exitCode: 2 };
  }
  if (typeof fault.code === 'string' && fault.code.startsWith('FILTER_') && fault.message) {
    return { message: `Error: ${fault.message}`, exitCode: 2 };
  }
  if (typeof fault.code === 'string' && fault.code.startsWith('SL_') && fault.message) {
    return { message: fault.message, exitCode: 1 };
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    message: `An unexpected error has occurred:\n${stack}\nFeel free to report this error as it is likely a bug.`,
    exitCode: 1,
  };
}
