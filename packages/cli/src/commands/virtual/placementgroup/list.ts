import { type CommandSpec, defineCommand } from '../../../define-command';
import { Table } from '../../../output/table';
import { lookup } from '../../lookup';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List placement groups.',
  async run(context) {
    const groups = await (await context.manager('PlacementManager')).list();
    const table = new Table(['Id', 'Name', 'Backend Router', 'Rule', 'Guests', 'Created'], {
      title: 'Placement Groups',
    });
    for (const group of groups) {
      table.addRow([
        group.id,
        group.name,
        lookup(group, 'backendRouter', 'hostname'),
        lookup(group, 'rule', 'name'),
        group.guestCount,
        group.createDate,
      ]);
    }
    return table;
  },
});

export default command;
