import { faults } from '../api-fault';

/** A plain object argument (a template), or a fault naming what was expected. */
export function objectArg(args: readonly unknown[], index: number, what: string): Record<string, unknown> {
  const value = args[index];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw faults.missingParameter(`Parameter ${index + 1} (${what}) must be an object.`);
  }
  return value as Record<string, unknown>;
}

export function stringArg(args: readonly unknown[], index: number, what: string): string {
  const value = args[index];
  if (typeof value !== 'string' || value.length === 0) {
    throw faults.missingParameter(`Parameter ${index + 1} (${what}) must be a non-empty string.`);
  }
  return value;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** An integer given as a number or a numeric string (REST path segments and JSON arrive as text). */
export function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

export function integerArg(args: readonly unknown[], index: number, what: string): number {
  const value = toInteger(args[index]);
  if (value === undefined)
    throw faults.missingParameter(`Parameter ${index + 1} (${what}) must be an integer.`);
  return value;
}

/** The API's truthy values: true, 1, "1", "true". */
export function toFlag(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

const HOSTNAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
const DOMAIN = /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,}$/;

export function checkHostname(hostname: unknown): string {
  if (typeof hostname !== 'string' || !HOSTNAME.test(hostname)) {
    throw faults.invalidValue(
      "The hostname and domain must be alphanumeric strings that may be separated by periods '.'. The only other allowable special character is the dash '-'. However the special characters '.' and '-' may not be consecutive. Each alphanumeric string separated by a period is considered a label. Labels must begin and end with an alphanumeric character. Each label cannot be soley comprised of digits and must be between 1-63 characters in length. The last label, the TLD (top level domain) must be between 2-24 alphabetic characters. The domain portion must consist of least one label followed by a period '.' then ending with the TLD label. Combining the hostname, followed by a period '.', followed by the domain gives the FQDN (fully qualified domain name), which may not exceed 253 characters in total length.",
    );
  }
  return hostname;
}

export function checkDomain(domain: unknown): string {
  if (typeof domain !== 'string' || !DOMAIN.test(domain)) {
    throw faults.invalidValue(
      `The domain "${String(domain)}" must be alphanumeric labels separated by periods.`,
    );
  }
  return domain;
}

/** A non-empty list argument, or a fault naming what was expected. */
export function listArg(args: readonly unknown[], index: number, what: string): unknown[] {
  const value = args[index];
  if (!Array.isArray(value) || value.length === 0) {
    throw faults.missingParameter(`Parameter ${index + 1} (${what}) must be a non-empty array.`);
  }
  return value;
}

/** An optional integer in a range: undefined when absent or null, a fault naming the property otherwise. */
export function optionalIntegerIn(
  value: unknown,
  what: string,
  low: number,
  high: number,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = toInteger(value);
  if (number === undefined || number < low || number > high) {
    throw faults.invalidValue(`${what} must be an integer from ${low} to ${high}, got "${String(value)}".`);
  }
  return number;
}

/** An optional value out of a list (compared as given): undefined when absent or null. */
export function optionalOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  what: string,
): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw faults.invalidValue(`${what} must be one of ${allowed.join(', ')}, got "${String(value)}".`);
  }
  return value as T;
}

/** A `setTags` argument: comma-separated tags (empty or absent clears them), trimmed, each once. */
export function tagsArg(args: readonly unknown[], index: number): string[] {
  const text = args[index];
  if (text === undefined || text === null) return [];
  if (typeof text !== 'string') throw faults.invalidValue('tags must be a comma-separated string.');
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag.length > 0),
    ),
  ];
}
