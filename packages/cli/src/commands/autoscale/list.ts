import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List all Autoscale Groups on your account.',
  async run(context) {
    const manager = await context.manager('AutoScaleManager');
    const groups = await manager.list();
    const table = new Table(['Id', 'Name', 'Status', 'Min/Max', 'Running']);
    table.align = { Name: 'left' };
    for (const group of groups) {
      table.addRow([
        group.id,
        group.name,
        group.status?.name,
        `${pythonText(group.minimumMemberCount)}/${pythonText(group.maximumMemberCount)}`,
        group.virtualGuestMemberCount,
      ]);
    }
    return table;
  },
});

/** Python's `str()` of a value that may be missing (`None`). */
export const pythonText = (value: unknown): string =>
  value === undefined || value === null ? 'None' : String(value);

export default command;
