import { type Command, InvalidArgumentError, Option } from 'commander';
import { CliError } from './cli-error';
import type { CommandInput, CommandSpec, OptionSpec, OptionValue } from './define-command';

function parseInteger(value: string): number {
  if (!/^[-+]?\d+$/.test(value.trim())) throw new InvalidArgumentError(`'${value}' is not a valid integer.`);
  return Number.parseInt(value, 10);
}

/** The long name of an option's flags (`-t, --subnet-type <type>` → `--subnet-type`). */
function longName(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags;
}

/** The attribute commander stores an option under (`--p1-key-ttl` → `p1KeyTtl`). */
function camelName(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

function toOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.integer && spec.multiple) {
    option.argParser((value: string, previous: number[] | undefined) => [
      ...(previous ?? []),
      parseInteger(value),
    ]);
  } else if (spec.integer) {
    option.argParser(parseInteger);
  } else if (spec.multiple) {
    option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  }
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.required) option.makeOptionMandatory();
  return option;
}

/**
 * Gives `command` the arguments and options of `spec`; when it runs, `run` gets them by name (arguments by
 * their name, options by camel-cased long name).
 */
export function attachCommand(
  command: Command,
  spec: CommandSpec,
  run: (spec: CommandSpec, input: CommandInput) => Promise<void>,
): Command {
  command.description(spec.description);
  for (const argument of spec.arguments ?? []) {
    const required = argument.required ?? true;
    const name = `${argument.name}${argument.variadic ? '...' : ''}`;
    command.argument(required ? `<${name}>` : `[${name}]`, argument.description ?? '');
  }
  for (const option of spec.options ?? []) {
    // A required option with other names is checked once its names are merged (below).
    command.addOption(toOption(option.aliases ? { ...option, required: false } : option));
    for (const alias of option.aliases ?? []) {
      const takesValue = /[<[]/.test(option.flags);
      const valueName = /[<[][^>\]]*[>\]]/.exec(option.flags)?.[0] ?? '';
      const aliasSpec = { ...option, flags: takesValue ? `${alias} ${valueName}` : alias, required: false };
      const { default: _unused, ...withoutDefault } = aliasSpec;
      command.addOption(toOption(withoutDefault).hideHelp());
    }
  }
  // As click does: an option that takes `-h` (file access-authorize's --hardware-id) leaves help only `--help`.
  if (spec.options?.some((option) => /(^|[ ,])-h\b/.test(option.flags))) command.helpOption('--help');
  if (spec.help) command.addHelpText('after', `\n${spec.help}`);
  command.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as Command;
    const args: CommandInput['args'] = {};
    (spec.arguments ?? []).forEach((argument, index) => {
      args[argument.name] = self.processedArgs[index] as string | string[] | undefined;
    });
    const options = self.opts<Record<string, OptionValue>>();
    for (const option of spec.options ?? []) {
      for (const alias of option.aliases ?? []) {
        const given = options[camelName(alias)];
        delete options[camelName(alias)];
        if (given !== undefined) options[camelName(longName(option.flags))] = given;
      }
      if (option.aliases && option.required && options[camelName(longName(option.flags))] === undefined) {
        const names = [
          ...option.flags.split(/[ ,]+/).filter((word) => word.startsWith('-')),
          ...option.aliases,
        ];
        throw new CliError(`Error: Missing option ${names.map((name) => `'${name}'`).join(' / ')}.`);
      }
    }
    await run(spec, { args, options });
  });
  return command;
}
