import { Argument, type Command } from 'commander';
import type { CliIo } from './cli-io';
import type { GroupSpec } from './define-command';
import { isGroup, REGISTRY } from './registry';
import { COMPLETION_DESCRIPTION, HELP_OPTION, rootOptions } from './root-options';

/** Every spelling of the root options (`-C`, `--config`, …). */
const GLOBAL_OPTIONS = [...rootOptions('raw'), HELP_OPTION].flatMap((spec) =>
  spec.flags.split(', ').map((flag) => flag.split(' ')[0] ?? flag),
);

/**
 * The words that may follow each command path: `''` → the top-level words, `'dns'` → its commands,
 * `'virtual capacity'` → the subgroup's (an alias gives the same words: `'vs capacity'`). Loads every group and
 * subgroup: only `sl completion` does this.
 */
async function commandTree(): Promise<Record<string, string[]>> {
  const tree: Record<string, string[]> = { '': [], completion: ['bash', 'zsh', 'fish'] };
  const addGroup = async (paths: readonly string[], spec: GroupSpec): Promise<void> => {
    const subgroups = spec.groups ?? [];
    const children = [
      ...spec.commands.map((command) => command.name),
      ...subgroups.map((group) => group.name),
    ];
    for (const path of paths) tree[path] = children;
    for (const subgroup of subgroups) {
      const sub = (await subgroup.load()).default;
      await addGroup(
        paths.map((path) => `${path} ${subgroup.name}`),
        sub,
      );
    }
  };
  for (const entry of REGISTRY) {
    const spec = (await entry.load()).default;
    const words = [entry.name, ...(entry.aliases ?? [])];
    tree['']?.push(...words);
    if (isGroup(spec)) await addGroup(words, spec);
  }
  tree['']?.push('completion');
  return tree;
}

function bashScript(tree: Record<string, string[]>): string {
  const cases = Object.entries(tree)
    .filter(([, children]) => children.length > 0)
    .map(([path, children]) => `  "${path}") COMPREPLY=($(compgen -W "${children.join(' ')}" -- "$cur")) ;;`)
    .join('\n');
  return `# sl bash completion: eval "$(sl completion bash)"
_sl_complete() {
  local cur words=() word
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for word in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do [[ $word != -* ]] && words+=("$word"); done
  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${GLOBAL_OPTIONS.join(' ')}" -- "$cur")); return; fi
  case "\${words[*]}" in
${cases}
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
  const lines = [`# sl fish completion: sl completion fish | source`];
  for (const [path, children] of Object.entries(tree)) {
    if (children.length === 0) continue;
    // `sl virtual capacity`: after `virtual` and `capacity`; `sl virtual`: after `virtual` but no subgroup word.
    const words = path === '' ? [] : path.split(' ');
    const subgroups = children.filter((child) => (tree[`${path} ${child}`]?.length ?? 0) > 0 && path !== '');
    const conditions = [
      words.length === 0
        ? '__fish_use_subcommand'
        : words.map((word) => `__fish_seen_subcommand_from ${word}`).join('; and '),
      ...(subgroups.length > 0 ? [`not __fish_seen_subcommand_from ${subgroups.join(' ')}`] : []),
    ];
    lines.push(`complete -c sl -f -n '${conditions.join('; and ')}' -a '${children.join(' ')}'`);
  }
  for (const option of GLOBAL_OPTIONS.filter((name) => name.startsWith('--'))) {
    lines.push(`complete -c sl -l ${option.slice(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `sl completion bash|zsh|fish`: prints the script that completes groups, subgroups and commands in that shell. */
export function attachCompletion(program: Command, io: CliIo): void {
  program
    .command('completion')
    .description(COMPLETION_DESCRIPTION)
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const tree = await commandTree();
      const scripts = { bash: bashScript, zsh: zshScript, fish: fishScript };
      io.stdout.write(scripts[shell](tree));
    });
}
