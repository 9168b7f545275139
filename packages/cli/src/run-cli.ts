import { Command, CommanderError, Option } from 'commander';
import { attachCommand } from './attach-command';
import { type CliIo, processIo, useColor } from './cli-io';
import { CommandContext } from './command-context';
import type { CommandInput, CommandSpec, GroupSpec } from './define-command';
import { findCommandPath, type GlobalOptions } from './global-options';
import { formatOutput, type OutputFormat } from './output/format-output';
import { isGroup, namesEntry, REGISTRY } from './registry';
import { describeError } from './report-error';
import {
  COMPLETION_DESCRIPTION,
  defaultFormat,
  HELP_OPTION,
  helpWidth,
  ROOT_DESCRIPTION,
  ROOT_EPILOG,
  type RootOptionSpec,
  rootOptions,
} from './root-options';
import { CLI_VERSION } from './version';

function envFlag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function toCommanderOption(spec: RootOptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.env) option.env(spec.env);
  if (spec.counts)
    option.argParser((_value: string, previous: number) => Math.min(3, previous + 1)).default(0);
  return option;
}

function buildProgram(io: CliIo): Command {
  const program = new Command('sl')
    .description(ROOT_DESCRIPTION)
    // As click: the global options come before the command, so a command's own `-v` (block access-authorize's
    // --virtual-id) or `-C` is the command's.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => helpWidth(io.stdout),
    })
    .helpOption(HELP_OPTION.flags, HELP_OPTION.description);
  for (const spec of rootOptions(defaultFormat(io.stdout))) program.addOption(toCommanderOption(spec));
  return program.addHelpText('after', ROOT_EPILOG).showSuggestionAfterError();
}

function readGlobals(program: Command, io: CliIo): GlobalOptions {
  const opts = program.opts<{
    format: OutputFormat;
    config?: string;
    verbose: number;
    proxy?: string;
    really?: boolean;
    notReally?: boolean;
    demo?: boolean;
  }>();
  const really = opts.notReally ? false : (opts.really ?? envFlag(io.env.SLCLI_REALLY) ?? false);
  return {
    format: opts.format,
    config: opts.config,
    verbose: opts.verbose || Math.min(3, Math.max(0, Number.parseInt(io.env.SLCLI_VERBOSE ?? '0', 10) || 0)),
    proxy: opts.proxy,
    really,
    demo: opts.demo ?? envFlag(io.env.SLCLI_DEMO) ?? false,
  };
}

/**
 * Gives `command` the commands of `spec` and a word for each subgroup; only the subgroup named by the next word
 * of the command line (`words[0]`) is imported, so `sl vs --help` lists `capacity` without loading it.
 */
async function attachGroup(
  command: Command,
  spec: GroupSpec,
  words: readonly string[],
  run: (spec: CommandSpec, input: CommandInput) => Promise<void>,
): Promise<void> {
  for (const child of spec.commands) attachCommand(command.command(child.name), child, run);
  for (const subgroup of spec.groups ?? []) {
    const subcommand = command.command(subgroup.name).description(subgroup.description);
    if (words[0] === subgroup.name) {
      await attachGroup(subcommand, (await subgroup.load()).default, words.slice(1), run);
    }
  }
}

/** Runs one command. Returns the exit code; never throws for an expected error. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const started = performance.now();
  const program = buildProgram(io);
  const path = findCommandPath(argv);
  const word = path[0];
  let exitCode = 0;

  const runCommand = async (spec: CommandSpec, input: CommandInput): Promise<void> => {
    const globals = readGlobals(program, io);
    const context = new CommandContext(globals, io);
    try {
      const result = await spec.run(context, input);
      if (result !== undefined) io.stdout.write(formatOutput(result, globals.format, context.tableWidth()));
    } finally {
      context.closeInput();
      const opened = context.openedSession();
      if (opened) {
        const session = await opened;
        if (globals.verbose > 0) {
          const { verboseReport, reproduceAt } = await import('./verbose-report');
          io.stderr.write(
            verboseReport({
              level: globals.verbose,
              format: globals.format,
              elapsedMs: performance.now() - started,
              version: CLI_VERSION,
              calls: session.debug.lastCalls(),
              endpoint: session.endpoint,
              reproduce: reproduceAt(session.endpoint),
            }),
          );
        }
        await session.close();
      }
    }
  };

  for (const entry of REGISTRY) {
    const command = program.command(entry.name).description(entry.description);
    if (entry.aliases) command.aliases(entry.aliases);
    if (!namesEntry(entry, word)) continue;
    const spec = (await entry.load()).default;
    if (isGroup(spec)) {
      await attachGroup(command, spec, path.slice(1), runCommand);
    } else {
      attachCommand(command, spec, runCommand);
    }
  }
  if (word === 'completion') {
    const { attachCompletion } = await import('./completion');
    attachCompletion(program, io);
  } else {
    program.command('completion').description(COMPLETION_DESCRIPTION);
  }

  try {
    if (
      argv.includes('--version') &&
      (word === undefined || argv.indexOf('--version') < argv.indexOf(word))
    ) {
      io.stdout.write(`sl (SoftLayer Command-line) ${CLI_VERSION}\n`);
      return 0;
    }
    await program.parseAsync([...argv], { from: 'user' });
    if (word === undefined) program.help();
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
      exitCode = done ? 0 : 2;
    } else {
      const { message, exitCode: code } = describeError(error);
      // Red on a terminal (never with NO_COLOR), plain text in a pipe or a file.
      io.stderr.write(useColor(io.stderr, io.env) ? `\x1b[31m${message}\x1b[39m\n` : `${message}\n`);
      exitCode = code;
    }
  }
  return exitCode;
}
