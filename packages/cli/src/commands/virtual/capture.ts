import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { requiredText } from '../required-option';
import { transactionStatus } from '../transaction-status';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'capture',
  description: 'Capture one or all disks from a virtual server to a SoftLayer image.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-n, --name <name>', description: 'Name of the image' },
    { flags: '--all <all>', description: 'Capture all disks belonging to the VS' },
    { flags: '--note <note>', description: 'Add a note to be associated with the image' },
  ],
  async run(context, input) {
    const { options } = input;
    const name = requiredText(options.name, "'--name' / '-n'");
    const { manager, id } = await resolveGuest(context, input);
    // slcli's `--all` takes a value; any non-empty value captures every disk.
    const all = text(options.all);
    const capture = await manager.capture(id, name, {
      additionalDisks: Boolean(all),
      notes: text(options.note),
    });
    const created = String(capture.createDate ?? '');
    const table = new KeyValueTable();
    table.addRow(['globalIdentifier', capture.globalIdentifier]);
    table.addRow(['date', created.slice(0, 10)]);
    table.addRow(['time', created.slice(11, 19)]);
    table.addRow(['transaction', transactionStatus(capture)]);
    table.addRow(['transaction_id', capture.id]);
    table.addRow(['all_disks', all ?? null]);
    return table;
  },
});

export default command;
