import { type CommandSpec, defineCommand } from '../../../define-command';
import { Table } from '../../../output/table';
import { lookup } from '../../lookup';
import { resolveId } from '../../resolve-id';
import { activeTransaction } from '../../transaction-status';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'View details of a placement group.',
  help: 'IDENTIFIER can be either the Name or Id of the placement group you want to view',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('PlacementManager');
    const id = await resolveId(manager, args.identifier, 'placement_group');
    const group = await manager.getObject(id);
    const table = new Table(['Id', 'Name', 'Backend Router', 'Rule', 'Created']);
    table.addRow([
      group.id,
      group.name,
      lookup(group, 'backendRouter', 'hostname'),
      lookup(group, 'rule', 'name'),
      group.createDate,
    ]);
    const guests = new Table([
      'Id',
      'FQDN',
      'Primary IP',
      'Backend IP',
      'CPU',
      'Memory',
      'Provisioned',
      'Transaction',
    ]);
    for (const guest of group.guests ?? []) {
      guests.addRow([
        guest.id,
        guest.fullyQualifiedDomainName,
        guest.primaryIpAddress,
        guest.primaryBackendIpAddress,
        guest.maxCpu,
        guest.maxMemory,
        guest.provisionDate,
        activeTransaction(guest),
      ]);
    }
    context.print(table);
    context.print(guests);
  },
});

export default command;
