import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';

const SUBNET_MASK = 'mask[networkVlan,podName,addressSpace]';

const command: CommandSpec = defineCommand({
  name: 'order-options',
  description: 'Prints options for order a LBaaS',
  options: [
    {
      flags: '-d, --datacenter <datacenter>',
      description: 'Show only selected datacenter, use shortname (dal13) format.',
    },
  ],
  async run(context, { options }) {
    context.out('Prints options for ordering\n');
    const datacenter = text(options.datacenter);
    const orderOptions = await (await context.manager('LoadBalancerManager')).lbaasOrderOptions();
    const regions = orderOptions.regions ?? [];
    if (!datacenter) {
      const table = new KeyValueTable(['Datacenters', 'City']);
      for (const region of regions) {
        const [code, city] = String(region.description).split('-');
        table.addRow([code, city]);
      }
      await context.print(table);
      context.out(
        'Use `sl lb order-options --datacenter <DC>` to find pricing information and private subnets for that specific site.\n',
      );
      return;
    }
    const network = await context.manager('NetworkManager');
    for (const region of regions) {
      const location = region.location?.location;
      const name = location?.name;
      if (name !== datacenter.toLowerCase()) continue;
      const groups = (location?.groups ?? []).map((group) => group.id);
      const prices = new KeyValueTable(['KeyName', 'Cost'], { title: 'Prices' });
      for (const item of orderOptions.items ?? []) {
        let defaultPrice: unknown;
        let regionPrice: unknown;
        for (const price of item.prices ?? []) {
          if (!price.locationGroupId) defaultPrice = price.hourlyRecurringFee;
          else if (groups.includes(price.locationGroupId)) regionPrice = price.hourlyRecurringFee;
        }
        prices.addRow([item.keyName, regionPrice || defaultPrice]);
      }
      const subnets = await network.listSubnets({
        datacenter: name,
        networkSpace: 'PRIVATE',
        mask: SUBNET_MASK,
      });
      const subnetTable = new Table(['Id', 'Subnet', 'Vlan'], { title: 'Private subnet' });
      for (const subnet of subnets) {
        if (subnet.subnetType !== 'PRIMARY' && subnet.subnetType !== 'ADDITIONAL_PRIMARY') continue;
        subnetTable.addRow([
          subnet.id,
          `${subnet.networkIdentifier}/${subnet.cidr}`,
          `${subnet.podName}.${subnet.networkVlan?.vlanNumber}`,
        ]);
      }
      await context.print(prices);
      await context.print(subnetTable);
    }
  },
});

export default command;
