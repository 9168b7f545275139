import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../cli-error';
import type { CommandContext } from '../../command-context';

const TEMPLATE = '\n\n***** SoftLayer Ticket Content ******';

/** A ticket body as slcli takes it: `--body`, else all of stdin when it is piped, else the text typed in `$EDITOR`. */
export async function readBody(context: CommandContext, body: string | undefined): Promise<string> {
  if (body !== undefined) return body;
  const { stdin } = context.io;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text;
  }
  const folder = mkdtempSync(join(tmpdir(), 'sl-ticket-'));
  const file = join(folder, 'ticket.txt');
  try {
    writeFileSync(file, TEMPLATE);
    const editor = context.io.env.VISUAL ?? context.io.env.EDITOR ?? 'vi';
    const result = spawnSync(editor, [file], { stdio: 'inherit', shell: true });
    if (result.status !== 0) throw new CliError(`${editor}: Editing failed`);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
