import { type CommandSpec, defineCommand, text } from '../../../define-command';
import { Table } from '../../../output/table';
import { type Column, ColumnSelection, columnsOption } from '../../columns';
import { lookup } from '../../lookup';
import { resolveId } from '../../resolve-id';

const COLUMNS: readonly Column[] = [
  { name: 'Id', value: ['id'] },
  { name: 'hostname', value: ['hostname'] },
  { name: 'domain', value: ['domain'] },
  { name: 'primary_ip', value: ['primaryIpAddress'] },
  { name: 'backend_ip', value: ['primaryBackendIpAddress'] },
];
// The reference's default names `id`, which is not a column's name: it is read as the property path `id`.
const DEFAULT_COLUMNS = ['id', 'hostname', 'domain', 'primary_ip', 'backend_ip'];

const MASK =
  'mask[instances[id,createDate,guestId,billingItem[id, description, recurringFee, category[name]],' +
  'guest[modifyDate,id, primaryBackendIpAddress, primaryIpAddress,domain, hostname]]]';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Reserved Capacity Group details. Will show which guests are assigned to a reservation.',
  help: 'Once provisioned, virtual guests can be managed with the sl vs commands',
  arguments: [{ name: 'identifier' }],
  options: [columnsOption(COLUMNS, DEFAULT_COLUMNS, 'options:')],
  async run(context, { args, options }) {
    const columns = new ColumnSelection(text(options.columns) ?? DEFAULT_COLUMNS.join(','), COLUMNS);
    const manager = await context.manager('CapacityManager');
    const id = await resolveId(manager, args.identifier, 'reserved capacity group');
    const group = await manager.getObject(id, { mask: MASK });
    const flavor = lookup(group, 'instances', '0', 'billingItem', 'description') ?? 'Pending Approval...';
    const table = new Table(columns.names, { title: `${group.name ?? 'None'} - ${flavor}` });
    for (const instance of group.instances ?? []) {
      const guest = instance.guest;
      table.addRow(guest ? columns.row(guest as Record<string, unknown>) : columns.names.map(() => '-'));
    }
    return table;
  },
});

export default command;
