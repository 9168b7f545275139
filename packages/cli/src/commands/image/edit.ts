import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: 'Edit details of an image.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--name <name>', description: 'Name of the image' },
    { flags: '--note <note>', description: 'Additional note for the image' },
    { flags: '--tag <tag>', description: 'Tags for the image' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('ImageManager');
    const name = text(options.name);
    const note = text(options.note);
    const tag = text(options.tag);
    const imageId = await resolveId(manager, args.identifier, 'image');
    const changed = await manager.edit(imageId, {
      ...(name ? { name } : {}),
      ...(note ? { note } : {}),
      ...(tag ? { tag } : {}),
    });
    if (!changed) throw new CliError('Failed to Edit Image');
  },
});

export default command;
