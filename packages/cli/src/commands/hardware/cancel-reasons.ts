import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'cancel-reasons',
  description: 'Display a list of cancellation reasons.',
  async run(context) {
    const manager = await context.manager('HardwareManager');
    const table = new Table(['Code', 'Reason']);
    table.align = { Code: 'right', Reason: 'left' };
    for (const [code, reason] of Object.entries(manager.getCancellationReasons()))
      table.addRow([code, reason]);
    return table;
  },
});

export default command;
