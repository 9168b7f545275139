import { Argument, type Command } from 'commander';
import type { CliIo } from './cli-io';
import { isGroup, REGISTRY } from './registry';

const GLOBAL_OPTIONS = [
  '--format',
  '-C',
  '--config',
  '-v',
  '--verbose',
  '--proxy',
  '-y',
  '--really',
  '--demo',
  '--version',
  '-h',
  '--help',
];

/** Every top-level word and, for a group, its commands (loads every group: only `sl completion` does this). */
async function commandTree(): Promise<Record<string, string[]>> {
  const tree: Record<string, string[]> = { completion: ['bash', 'zsh', 'fish'] };
  for (const entry of REGISTRY) {
    const spec = (await entry.load()).default;
    tree[entry.name] = isGroup(spec) ? spec.commands.map((command) => command.name) : [];
  }
  return tree;
}

function bashScript(tree: Record<string, string[]>): string {
  const cases = Object.entries(tree)
    .filter(([, children]) => children.length > 0)
    .map(([word, children]) => `    ${word}) COMPREPLY=($(compgen -W "${children.join(' ')}" -- "$cur")) ;;`)
    .join('\n');
  return `# sl bash completion: eval "$(sl completion bash)"
_sl_complete() {
  local cur words=() word
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for word in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do [[ $word != -* ]] && words+=("$word"); done
  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${GLOBAL_OPTIONS.join(' ')}" -- "$cur")); return; fi
  case "\${#words[@]}" in
  0) COMPREPLY=($(compgen -W "${Object.keys(tree).join(' ')}" -- "$cur")) ;;
  1) case "\${words[0]}" in
${cases}
  esac ;;
  esac
}
complete -o default -F _sl_complete sl
`;
}

function zshScript(tree: Record<string, string[]>): string {
  return `#compdef sl
# sl zsh completion: eval "$(sl completion zsh)"
autoload -U +X bashcompinit && bashcompinit
${bashScript(tree)}`;
}

function fishScript(tree: Record<string, string[]>): string {
  const top = Object.keys(tree).join(' ');
  const lines = [
    `# sl fish completion: sl completion fish | source`,
    `complete -c sl -f -n '__fish_use_subcommand' -a '${top}'`,
  ];
  for (const [word, children] of Object.entries(tree)) {
    if (children.length === 0) continue;
    lines.push(`complete -c sl -f -n '__fish_seen_subcommand_from ${word}' -a '${children.join(' ')}'`);
  }
  for (const option of GLOBAL_OPTIONS.filter((name) => name.startsWith('--'))) {
    lines.push(`complete -c sl -l ${option.slice(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `sl completion bash|zsh|fish`: prints the script that completes groups and commands in that shell. */
export function attachCompletion(program: Command, io: CliIo): void {
  program
    .command('completion')
    .description('Print a shell completion script (bash, zsh or fish).')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const tree = await commandTree();
      const scripts = { bash: bashScript, zsh: zshScript, fish: fishScript };
      io.stdout.write(scripts[shell](tree));
    });
}
