import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { byLocation } from './by-location';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List active Load Balancer as a Service devices.',
  async run(context) {
    const lbaas = await (await context.manager('LoadBalancerManager')).getLbaas();
    if (lbaas.length === 0) return 'No LBaaS devices found';
    const table = new Table(
      ['Id', 'Location', 'Name', 'Description', 'Public', 'Create Date', 'Members', 'Listeners'],
      { title: 'IBM Cloud LoadBalancer' },
    );
    table.align = { Name: 'left', Description: 'left', Location: 'left' };
    for (const lb of byLocation(lbaas)) {
      table.addRow([
        lb.id,
        lb.datacenter?.longName,
        lb.name,
        lb.description,
        (lb.isPublic ?? 1) === 1 ? 'Yes' : 'No',
        cleanTime(lb.createDate),
        lb.memberCount ?? 0,
        lb.listenerCount ?? 0,
      ]);
    }
    return table;
  },
});

export default command;
