import { OUTPUT_FORMATS, type OutputFormat } from './output/output-formats';

/** An option of `sl` itself (before the command): what commander parses and what `sl --help` lists. */
export interface RootOptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  /** The default of an option that takes a value (help shows it). */
  default?: string;
  /** The `SLCLI_*` variable that gives the default. */
  env?: string;
  /** `-v -v -v`: each use adds one, up to 3. */
  counts?: boolean;
}

export const ROOT_DESCRIPTION = 'SoftLayer Command-line Client';

export const HELP_OPTION: RootOptionSpec = {
  flags: '-h, --help',
  description: 'Show this message and exit.',
};

/** `sl completion`: a root command of its own, not in the registry (it reads the whole program). */
export const COMPLETION_DESCRIPTION = 'Print a shell completion script (bash, zsh or fish).';

export const ROOT_EPILOG = `
To use most commands your SoftLayer username and api_key need to be configured.
The easiest way to do that is to use: 'sl setup'`;

/** `table` on a terminal, `raw` in a pipe or a file, as slcli's. */
export function defaultFormat(stdout: { isTTY?: boolean }): OutputFormat {
  return stdout.isTTY ? 'table' : 'raw';
}

/** The width help wraps to: the terminal's, or commander's 80 off a terminal. */
export function helpWidth(stdout: { isTTY?: boolean; columns?: number }): number {
  return (stdout.isTTY ? stdout.columns : undefined) ?? 80;
}

/** The root options in help order; `--format` defaults to `table` on a terminal and `raw` otherwise, as slcli's. */
export function rootOptions(defaultFormat: OutputFormat): readonly RootOptionSpec[] {
  return [
    {
      flags: '--format <format>',
      description: 'Output format',
      choices: OUTPUT_FORMATS,
      default: defaultFormat,
      env: 'SLCLI_FORMAT',
    },
    { flags: '-C, --config <file>', description: 'Config file location', env: 'SLCLI_CONFIG' },
    {
      flags: '-v, --verbose',
      description: 'Sets the debug noise level, specify multiple times for more verbosity.',
      counts: true,
    },
    {
      flags: '--proxy <url>',
      description: 'HTTPS or HTTP proxy to be use to make API calls',
      env: 'SLCLI_PROXY',
    },
    { flags: '-y, --really', description: 'Confirm all prompt actions' },
    { flags: '--not-really', description: 'Ask before destructive actions (the default)' },
    {
      flags: '--demo',
      description: 'Run against an embedded emulator with a small demo account instead of the API',
    },
    { flags: '--no-demo', description: 'Use the real API (the default)' },
    { flags: '--version', description: 'Show version information.' },
  ];
}

/** The description help prints for `spec`: commander's `(choices: …, default: …, env: …)` suffix included. */
export function rootOptionHelp(spec: RootOptionSpec): string {
  const extra = [
    ...(spec.choices ? [`choices: ${spec.choices.map((choice) => JSON.stringify(choice)).join(', ')}`] : []),
    ...(spec.default !== undefined ? [`default: ${JSON.stringify(spec.default)}`] : []),
    ...(spec.env ? [`env: ${spec.env}`] : []),
  ];
  return extra.length > 0 ? `${spec.description} (${extra.join(', ')})` : spec.description;
}
