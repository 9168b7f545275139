import { ManagerError } from '@sl/managers';
import { CliError } from '../../cli-error';
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
    try {
      return await (options.remove === true
        ? manager.removeLocations(imageId, locations)
        : manager.addLocations(imageId, locations));
    } catch (error) {
      // An unknown location name: slcli prints the manager's error and exits 1.
      if (error instanceof ManagerError && error.code === 'SL_NOT_FOUND')
        throw new CliError(error.message, 1);
      throw error;
    }
  },
});

export default command;
