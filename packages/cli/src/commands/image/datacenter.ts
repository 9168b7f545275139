import { type CommandSpec, defineCommand, list } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'datacenter',
  description: 'Add/Remove datacenter of an image.',
  arguments: [{ name: 'identifier' }, { name: 'locations', variadic: true }],
  options: [
    { flags: '--add', description: 'To add Datacenter (the default)' },
    { flags: '--remove', description: 'To remove Datacenter' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('ImageManager');
    const imageId = await resolveId(manager, args.identifier, 'image');
    const locations = list(args.locations);
    return options.remove === true
      ? manager.removeLocations(imageId, locations)
      : manager.addLocations(imageId, locations);
  },
});

export default command;
