import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SoftLayerError } from '@sl/transport';
import { CliError } from '../../cli-error';
import type { CommandContext } from '../../command-context';
import { type CommandSpec, defineCommand } from '../../define-command';
import { parseRules, rulesText } from './edit-rules';
import { parseFirewallId } from './firewall-id';

/** Puts `content` in a temporary file, runs `$EDITOR` (default nano) on it, and returns what the file holds then. */
function openEditor(context: CommandContext, content: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'sl-firewall-'));
  const file = join(directory, 'rules.tmp');
  try {
    writeFileSync(file, content);
    const editor = context.io.env.EDITOR || 'nano';
    const result = spawnSync(editor, [file], { stdio: 'inherit' });
    if (result.error) throw new CliError(`Unable to run the editor ${editor}: ${result.error.message}`);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: 'Edit firewall rules.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { type, id } = parseFirewallId(String(args.identifier));
    const manager = await context.manager('FirewallManager');
    const original =
      type === 'vlan' ? await manager.getDedicatedFwlRules(id) : await manager.getStandardFwlRules(id);
    let edited = openEditor(context, rulesText(original));
    context.out(`${edited}\n`);
    await context.confirmOrAbort('Would you like to submit the rules. Continue?');
    for (;;) {
      try {
        const rules = parseRules(edited);
        if (type === 'vlan') await manager.editDedicatedFwlRules(id, rules);
        else await manager.editStandardFwlRules(id, rules);
        return 'Firewall updated!';
      } catch (error) {
        if (!(error instanceof SoftLayerError) && !(error instanceof CliError)) throw error;
        context.out(`Unexpected error({${error.message}})\n`);
        await context.confirmOrAbort('Would you like to continue editing the rules. Continue?');
        edited = openEditor(context, edited);
        context.out(`${edited}\n`);
        await context.confirmOrAbort('Would you like to submit the rules. Continue?');
      }
    }
  },
});

export default command;
