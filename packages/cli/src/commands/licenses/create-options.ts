import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { trimTo } from '../account/python-helpers';

const command: CommandSpec = defineCommand({
  name: 'create-options',
  description: 'Server order options for a given chassis.',
  async run(context) {
    const options = await (await context.manager('LicensesManager')).getCreateOptions();
    const table = new Table(['Id', 'description', 'keyName', 'capacity', 'recurringFee']);
    for (const item of options) {
      table.addRow([
        item.id,
        trimTo(String(item.description ?? 'None'), 40),
        item.keyName,
        item.capacity,
        item.prices?.[0]?.recurringFee ?? 0,
      ]);
    }
    return table;
  },
});

export default command;
