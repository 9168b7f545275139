import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'item-detail',
  description: 'Gets detailed information about a billing item.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('AccountManager');
    const item = await manager.getItemDetail(idArgument(args.identifier, 'IDENTIFIER'));
    const table = new Table(['Key', 'Value'], { title: String(item.description ?? 'Billing Item') });
    table.align = 'left';
    table.addRow(['createDate', cleanTime(item.createDate, 'date')]);
    table.addRow(['cycleStartDate', cleanTime(item.cycleStartDate, 'date')]);
    table.addRow(['cancellationDate', cleanTime(item.cancellationDate, 'date')]);
    table.addRow(['description', item.description]);
    const fqdn = `${item.hostName ?? ''}.${item.domainName ?? ''}`;
    if (fqdn !== '.') table.addRow(['FQDN', fqdn]);
    if (item.hourlyFlag) {
      table.addRow(['hourlyRecurringFee', item.hourlyRecurringFee]);
      table.addRow(['hoursUsed', item.hoursUsed]);
      table.addRow(['currentHourlyCharge', item.currentHourlyCharge]);
    } else {
      table.addRow(['recurringFee', item.recurringFee]);
    }
    const user = item.orderItem?.order?.userRecord;
    table.addRow(['Ordered By', user ? `${user.displayName} (${user.userStatus?.name})` : 'IBM']);
    table.addRow(['Notes', item.notes]);
    table.addRow(['Location', item.location?.name]);
    for (const child of item.children ?? []) table.addRow([child.categoryCode, child.description]);
    return table;
  },
});

export default command;
