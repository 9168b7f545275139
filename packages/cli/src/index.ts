export { CliError } from './cli-error';
export type { CliIo } from './cli-io';
export { CommandContext } from './command-context';
export {
  type ArgumentSpec,
  type CommandInput,
  type CommandSpec,
  defineCommand,
  type GroupSpec,
  type OptionSpec,
  type OptionValue,
} from './define-command';
export type { GlobalOptions } from './global-options';
export { formatOutput, OUTPUT_FORMATS, type OutputFormat } from './output/format-output';
export { iterToTable } from './output/iter-to-table';
export {
  type Alignment,
  blank,
  type Cell,
  FormattedItem,
  KeyValueTable,
  Listing,
  Table,
} from './output/table';
export { REGISTRY, type RegistryEntry } from './registry';
export { runCli } from './run-cli';
