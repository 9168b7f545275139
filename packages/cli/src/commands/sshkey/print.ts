import { writeFileSync } from 'node:fs';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { expandHome } from '../expand-home';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'print',
  description: 'Prints out an SSH key to the screen.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-f, --out-file <file>', description: 'The public SSH key will be written to this file' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('SshKeyManager');
    const keyId = await resolveId(manager, args.identifier, 'SshKey');
    const key = await manager.getKey(keyId);
    const outFile = text(options.outFile);
    if (outFile) writeFileSync(expandHome(outFile), key.key ?? '', 'utf8');
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', key.id]);
    table.addRow(['label', key.label]);
    table.addRow(['notes', key.notes ?? '-']);
    return table;
  },
});

export default command;
