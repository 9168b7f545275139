import type { OutputFormat } from './output/format-output';

/** The options before the command, as slcli's (`--format`, `-C`, `-v`, `--proxy`, `-y`, `--demo`). */
export interface GlobalOptions {
  format: OutputFormat;
  /** The config file (`-C`); default `~/.softlayer`. */
  config: string | undefined;
  /** 0–3: how much to report about the calls made. */
  verbose: number;
  proxy: string | undefined;
  /** Answer yes to every prompt. */
  really: boolean;
  /** Run against the embedded emulator. */
  demo: boolean;
}

/** Options of the root command that take a value: needed to find the command word before parsing. */
const VALUE_OPTIONS = new Set(['--format', '-C', '--config', '--proxy']);

/**
 * The first word that is not a global option: the command or group to load (`dns` in `sl -v dns zone-list`).
 * Only that one is imported, so `sl --help` and every other command load nothing they do not need.
 */
export function findCommandWord(argv: readonly string[]): string | undefined {
  return findCommandPath(argv)[0];
}

/**
 * The command word and the words right after it up to the first option (`virtual capacity list` in
 * `sl -v virtual capacity list --columns id`): a subgroup is imported only when its word is on that path.
 */
export function findCommandPath(argv: readonly string[]): string[] {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word === '--') return argv.slice(i + 1, i + 2);
    if (VALUE_OPTIONS.has(word)) {
      i++;
      continue;
    }
    if (!word.startsWith('-')) {
      const end = argv.findIndex((next, index) => index > i && next.startsWith('-'));
      return argv.slice(i, end === -1 ? undefined : end);
    }
  }
  return [];
}
