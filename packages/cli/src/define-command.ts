import type { CommandContext } from './command-context';

/** One option of a command, in commander's flag syntax (`--ttl <seconds>`, `-f, --filter <filter>`, `--dry-run`). */
export interface OptionSpec {
  flags: string;
  description: string;
  /** Shown in help and used when the option is absent. */
  default?: string | number | boolean;
  choices?: readonly string[];
  /** Parse the value as an integer (a usage error, exit 2, when it is not one). */
  integer?: boolean;
  /** The option may repeat; its value is the list of every occurrence. */
  multiple?: boolean;
  /** The option must be given (a usage error, exit 2, when it is not). */
  required?: boolean;
  /** Other long names of the option (click's `'--phase1-auth', '--p1-auth'`): `--p1-auth`; the value is the option's. */
  aliases?: readonly string[];
}

/** One positional argument (`zone`, `parameters...` for the rest). */
export interface ArgumentSpec {
  name: string;
  description?: string;
  /** Default true. */
  required?: boolean;
  /** Takes every remaining argument (last only). */
  variadic?: boolean;
}

export type OptionValue = string | number | boolean | string[] | undefined;

/** What a command receives: its arguments by name and its options by camel-cased long name. */
export interface CommandInput {
  args: Record<string, string | string[] | undefined>;
  options: Record<string, OptionValue>;
}

/**
 * A command: its name, help, arguments and options, and `run`, which returns what to print (a `Table`, a
 * `KeyValueTable`, a string, plain data) or nothing. Keep the file light: get managers inside `run`
 * (`await context.manager('DnsManager')`, or `await import('@sl/managers/dns-manager')` for a class), never the
 * whole `@sl/managers`, so that help and other commands load no HTTP stack and a command only its managers.
 */
export interface CommandSpec {
  name: string;
  description: string;
  /** Longer help (examples) printed after the options. */
  help?: string;
  arguments?: readonly ArgumentSpec[];
  options?: readonly OptionSpec[];
  run(context: CommandContext, input: CommandInput): Promise<unknown>;
}

/** A group of commands (`sl dns …`), and of subgroups (`sl virtual capacity …`). */
export interface GroupSpec {
  commands: readonly CommandSpec[];
  /** Nested groups (`capacity` in `sl virtual capacity list`): each is imported only when its word is given. */
  groups?: readonly SubgroupSpec[];
}

/** A group inside a group: its word and help line, and its commands imported on demand. */
export interface SubgroupSpec {
  name: string;
  description: string;
  load: () => Promise<{ default: GroupSpec }>;
}

/** Identity helper that types a command. */
export function defineCommand(spec: CommandSpec): CommandSpec {
  return spec;
}

/** Reads a string argument or option (undefined when absent). */
export function text(value: OptionValue | string[]): string | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Reads an integer option (already checked by the parser). */
export function integer(value: OptionValue): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Reads a list option (`multiple`) or a variadic argument. */
export function list(value: OptionValue | string[]): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return Array.isArray(value) ? value : [String(value)];
}
