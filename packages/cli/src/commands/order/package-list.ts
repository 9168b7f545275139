import type { ObjectFilter } from '@sl/filter';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'package-list',
  description: 'List packages that can be ordered via the placeOrder API.',
  help: `Examples:
  sl order package-list
  sl order package-list --keyword server
  sl order package-list --package_type BARE_METAL_CPU`,
  options: [
    { flags: '--keyword <keyword>', description: 'A word (or string) used to filter package names.' },
    {
      flags: '--package_type <type>',
      description: 'The keyname for the type of package. BARE_METAL_CPU for example',
    },
  ],
  async run(context, { options }) {
    const manager = await context.manager('OrderingManager');
    const keyword = text(options.keyword);
    const packageType = text(options.package_type ?? options.packageType);
    const filter: Record<string, unknown> = { type: { keyName: { operation: '!= BLUEMIX_SERVICE' } } };
    if (keyword) filter.name = { operation: `*= ${keyword}` };
    if (packageType) filter.type = { keyName: { operation: packageType } };
    const table = new Table(['id', 'name', 'keyName', 'type']);
    for (const pkg of await manager.listPackages({ filter: filter as ObjectFilter })) {
      table.addRow([pkg.id, pkg.name, pkg.keyName, pkg.type?.keyName]);
    }
    return table;
  },
});

export default command;
