import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { asReferenceError } from './order-helpers';

const command: CommandSpec = defineCommand({
  name: 'package-locations',
  description: 'List Datacenters a package can be ordered in.',
  help: 'Use the location Key Name to place orders',
  arguments: [{ name: 'package_keyname' }],
  async run(context, { args }) {
    const [manager, network] = await Promise.all([
      context.manager('OrderingManager'),
      context.manager('NetworkManager'),
    ]);
    const pods = await network.getClosedPods();
    const packageKey = text(args.package_keyname) ?? '';
    const regions = await asReferenceError(() => manager.packageLocations(packageKey));
    const table = new Table(['id', 'dc', 'description', 'keyName', 'Note']);
    for (const region of regions) {
      for (const datacenter of region.locations ?? []) {
        const name = String(datacenter.location?.name);
        const closure = pods.map((pod) => String(pod.name)).filter((pod) => pod.includes(name));
        table.addRow([
          datacenter.location?.id,
          datacenter.location?.name,
          region.description,
          region.keyname,
          closure.length > 0 ? `closed soon: ${closure.join(', ')}` : '-',
        ]);
      }
    }
    return table;
  },
});

export default command;
