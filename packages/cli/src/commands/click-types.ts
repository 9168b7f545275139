import { CliError } from '../cli-error';

const TRUE = new Set(['1', 'true', 't', 'yes', 'y', 'on']);
const FALSE = new Set(['0', 'false', 'f', 'no', 'n', 'off']);

/** click's `BOOL` parameter type: `true`/`false`, `yes`/`no`, `1`/`0` …; anything else is a usage error. */
export function parseBool(value: string | undefined, option: string): boolean | undefined {
  if (value === undefined) return undefined;
  const word = value.trim().toLowerCase();
  if (TRUE.has(word)) return true;
  if (FALSE.has(word)) return false;
  throw new CliError(`Error: Invalid value for '${option}': '${value}' is not a valid boolean.`);
}

const MEMORY = /^(\d+)(g|gb|m|mb)?$/;

/**
 * slcli's `virt.MEM_TYPE`: memory in MB from `2048`, `2048mb`, `4g`, `4gb`; a number below 1024 without a unit is
 * taken as GB; a larger one must be a multiple of 1024.
 */
export function parseMemory(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const match = MEMORY.exec(value.toLowerCase());
  if (!match)
    throw new CliError(
      `Error: Invalid value for '${option}': ${value} is not a valid value for memory amount`,
    );
  const amount = Number.parseInt(match[1] ?? '', 10);
  const unit = match[2];
  if (unit === 'g' || unit === 'gb') return amount * 1024;
  if (amount < 1024) return amount * 1024;
  if (amount % 1024 !== 0) {
    throw new CliError(
      `Error: Invalid value for '${option}': ${value} is not an integer that is divisable by 1024`,
    );
  }
  return amount;
}

/** click's `IntRange(low, high)`: a value outside is a usage error naming the option (`'--ttl'` or `'--a' / '--b'`). */
export function inRange(
  value: number | undefined,
  low: number,
  high: number,
  flag: string,
): number | undefined {
  if (value !== undefined && (value < low || value > high)) {
    throw new CliError(
      `Error: Invalid value for '${flag}': ${value} is not in the range ${low}<=x<=${high}.`,
    );
  }
  return value;
}
