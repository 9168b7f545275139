import { type CommandSpec, defineCommand } from '../../../define-command';
import { Table } from '../../../output/table';
import { lookup } from '../../lookup';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List Reserved Capacity groups.',
  async run(context) {
    const groups = await (await context.manager('CapacityManager')).list();
    const table = new Table(['ID', 'Name', 'Capacity', 'Flavor', 'Location', 'Created'], {
      title: 'Reserved Capacity',
    });
    for (const group of groups) {
      // One `#` per occupied instance, one `-` per available one.
      const capacity =
        '#'.repeat(group.occupiedInstanceCount ?? 0) + '-'.repeat(group.availableInstanceCount ?? 0);
      const flavor = lookup(group, 'instances', '0', 'billingItem', 'description') ?? 'Unknown Billing Item';
      table.addRow([
        group.id,
        group.name,
        capacity,
        flavor,
        lookup(group, 'backendRouter', 'hostname'),
        group.createDate,
      ]);
    }
    return table;
  },
});

export default command;
