import type { CommandContext } from '../../command-context';

/** The reference's several `env.fout` calls in one command: each value printed in the run's format. */
export function printEach(context: CommandContext, values: readonly unknown[]): void {
  for (const value of values) context.print(value);
}
