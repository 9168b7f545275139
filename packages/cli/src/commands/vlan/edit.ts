import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: "Edit a vlan's details.",
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-n, --name <name>', description: 'The optional name for this VLAN' },
    { flags: '-e, --note <note>', description: 'The note for this vlan.' },
    {
      flags: '-g, --tags <tags>',
      description: 'Tags to set e.g. "tag1,tag2", or empty string to remove all',
      multiple: true,
    },
  ],
  async run(context, { args, options }) {
    const name = text(options.name);
    const note = text(options.note);
    const tags = list(options.tags);
    if (!(name || note || tags.length > 0)) throw new CliError('At least one option is required');
    const manager = await context.manager('NetworkManager');
    const vlanId = await resolveId(
      (identifier) => manager.resolveVlanIds(identifier),
      args.identifier,
      'VLAN',
    );
    const edited = await manager.edit(vlanId, {
      ...(name ? { name } : {}),
      ...(note ? { note } : {}),
      ...(tags.length > 0 ? { tags: tags.join(',') } : {}),
    });
    // The reference echoes the outcome as plain text whatever the format.
    context.out(edited ? 'Vlan edited successfully\n' : 'Failed to edit the vlan\n');
  },
});

export default command;
