import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CommandInput, CommandSpec, OptionSpec, OptionValue } from './define-command';

function parseInteger(value: string): number {
  if (!/^[-+]?\d+$/.test(value.trim())) throw new InvalidArgumentError(`'${value}' is not a valid integer.`);
  return Number.parseInt(value, 10);
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
  for (const option of spec.options ?? []) command.addOption(toOption(option));
  if (spec.help) command.addHelpText('after', `\n${spec.help}`);
  command.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as Command;
    const args: CommandInput['args'] = {};
    (spec.arguments ?? []).forEach((argument, index) => {
      args[argument.name] = self.processedArgs[index] as string | string[] | undefined;
    });
    await run(spec, { args, options: self.opts<Record<string, OptionValue>>() });
  });
  return command;
}
