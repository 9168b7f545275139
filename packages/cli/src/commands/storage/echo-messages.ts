import type { CommandSpec } from '../../define-command';

/**
 * The reference's storage commands `click.echo` their messages: plain lines whatever `--format` says. A command
 * wrapped here returns a message as text and gets it printed as a line (a table is still formatted).
 */
export function echoMessages(spec: CommandSpec): CommandSpec {
  return {
    ...spec,
    async run(context, input) {
      const result = await spec.run(context, input);
      if (typeof result !== 'string') return result;
      context.out(`${result}\n`);
      return undefined;
    },
  };
}
