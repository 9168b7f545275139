import type { OutputFormat } from './output/output-formats';
import { REGISTRY } from './registry';
import {
  COMPLETION_DESCRIPTION,
  HELP_OPTION,
  ROOT_DESCRIPTION,
  ROOT_EPILOG,
  rootOptionHelp,
  rootOptions,
} from './root-options';

/**
 * `sl --help` without loading commander (a third of `sl --help`'s start-up): the same text commander prints for
 * the program run-cli builds, laid out by commander's rules (terms padded to the longest, descriptions wrapped
 * to `width`). top-level-help.test.ts holds the two equal at every width.
 */
export function topLevelHelp(defaultFormat: OutputFormat, width: number): string {
  const options: [string, string][] = [...rootOptions(defaultFormat), HELP_OPTION].map((spec) => [
    spec.flags,
    rootOptionHelp(spec),
  ]);
  const commands: [string, string][] = [
    ...REGISTRY.map((entry): [string, string] => [
      entry.aliases?.[0] ? `${entry.name}|${entry.aliases[0]}` : entry.name,
      entry.description,
    ]),
    ['completion', COMPLETION_DESCRIPTION],
    ['help [command]', 'display help for command'],
  ];
  const termWidth = Math.max(...[...options, ...commands].map(([term]) => term.length));
  const item = ([term, description]: [string, string]) => formatItem(term, termWidth, description, width);
  return [
    'Usage: sl [options] [command]',
    '',
    boxWrap(ROOT_DESCRIPTION, width),
    '',
    'Options:',
    ...options.map(item),
    '',
    'Commands:',
    ...commands.map(item),
    `${ROOT_EPILOG}\n`,
  ].join('\n');
}

/** Commander's narrowest column worth wrapping into. */
const MIN_WIDTH_TO_WRAP = 40;

function formatItem(term: string, termWidth: number, description: string, width: number): string {
  const remaining = width - termWidth - 4;
  const wrapped =
    remaining < MIN_WIDTH_TO_WRAP
      ? description
      : boxWrap(description, remaining).replace(/\n/g, `\n${' '.repeat(termWidth + 2)}`);
  return `  ${term.padEnd(termWidth)}  ${wrapped.replace(/\n/g, '\n  ')}`;
}

/** Words added to a line while they fit; a word that does not starts the next line. */
function boxWrap(text: string, width: number): string {
  if (width < MIN_WIDTH_TO_WRAP) return text;
  const lines: string[] = [];
  const chunks = text.match(/\s*\S+/g) ?? [];
  let line = chunks[0] ?? '';
  for (const chunk of chunks.slice(1)) {
    if (line.length + chunk.length <= width) {
      line += chunk;
    } else {
      lines.push(line);
      line = chunk.trimStart();
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** `sl --help`, `sl -h`: the command lines that print only the top-level help, on stdout (a bare `sl` prints it
 * on stderr, through commander). */
export function asksTopLevelHelp(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h');
}
