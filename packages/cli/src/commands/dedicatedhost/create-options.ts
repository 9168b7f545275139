import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'create-options',
  description: 'host order options for a given dedicated host.',
  help: `To get a list of available backend routers see example:
sl dh create-options --datacenter dal05 --flavor 56_CORES_X_242_RAM_X_1_4_TB`,
  options: [
    { flags: '-d, --datacenter <datacenter>', description: 'Router hostname (requires --flavor) ex. ams01' },
    {
      flags: '-f, --flavor <flavor>',
      description: 'Dedicated Virtual Host flavor (requires --datacenter) ex. 56_CORES_X_242_RAM_X_1_4_TB',
    },
  ],
  async run(context, { options }) {
    const datacenter = text(options.datacenter);
    const flavor = text(options.flavor);
    const manager = await context.manager('DedicatedHostManager');
    if (!datacenter && !flavor) {
      const createOptions = await manager.getCreateOptions();
      const locations = new Table(['datacenter', 'value']);
      locations.sortBy = 'value';
      for (const location of createOptions.locations) locations.addRow([location.name, location.key]);
      const flavors = new Table(['Dedicated Virtual Host Flavor(s)', 'value']);
      flavors.sortBy = 'value';
      for (const item of createOptions.dedicatedHost) flavors.addRow([item.name, item.key]);
      return [locations, flavors];
    }
    if (!datacenter || !flavor) {
      throw new CliError(
        'Argument Error: Both a flavor and datacenter need to be passed as arguments ex. slcli dh create-options -d ams01 -f 56_CORES_X_242_RAM_X_1_4_TB',
      );
    }
    const routers = new Table(['Available Backend Routers']);
    for (const router of await manager.getRouterOptions(datacenter, flavor))
      routers.addRow([router.hostname]);
    return [routers];
  },
});

export default command;
