import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { Table } from '../../output/table';
import { describeError } from '../../report-error';
import { lookup } from '../lookup';

const MASK =
  'mask[id,hostname,domain,datacenter,pendingMigrationFlag,powerState,primaryIpAddress,primaryBackendIpAddress,dedicatedHost]';

const command: CommandSpec = defineCommand({
  name: 'migrate',
  description: 'Manage VSIs that require migration. Can migrate Dedicated Host VSIs as well.',
  options: [
    { flags: '-g, --guest <id>', description: 'Guest ID to immediately migrate.', integer: true },
    {
      flags: '-a, --all',
      description: 'Migrate ALL guests that require migration immediately.',
    },
    {
      flags: '-h, --host <id>',
      description:
        'Dedicated Host ID to migrate to. Only works on guests that are already on a dedicated host.',
      integer: true,
    },
  ],
  async run(context, { options }) {
    const { VsManager } = await import('@sl/managers/vs-manager');
    const manager = new VsManager(await context.client());
    const pending = { virtualGuests: { pendingMigrationFlag: { operation: 1 } } };
    const dedicated = { virtualGuests: { dedicatedHost: { id: { operation: 'not null' } } } };
    const guestId = integer(options.guest);
    const migrate = async (id: number, hostId?: number): Promise<void> => {
      try {
        if (hostId) await manager.migrateDedicated(id, hostId);
        else await manager.migrate(id);
        context.out(`Started a migration on ${id}\n`);
      } catch (error) {
        context.out(`Failed to migrate ${id}. ${describeError(error).message}\n`);
      }
    };
    if (options.all === true) {
      const guests = await manager.listInstances({ filter: pending, mask: 'mask[id]' });
      if (guests.length === 0) context.out('No guests require migration at this time\n');
      for (const guest of guests) await migrate(guest.id as number);
      return undefined;
    }
    if (guestId) {
      await migrate(guestId, integer(options.host));
      return undefined;
    }
    const required = await manager.listInstances({ filter: pending, mask: MASK });
    const requiredTable = new Table(['id', 'hostname', 'domain', 'datacenter'], {
      title: 'Require Migration',
    });
    for (const guest of required) {
      requiredTable.addRow([guest.id, guest.hostname, guest.domain, lookup(guest, 'datacenter', 'name')]);
    }
    if (required.length > 0) context.print(requiredTable);
    else context.out('No guests require migration at this time\n');
    const movable = await manager.listInstances({ filter: dedicated, mask: MASK });
    const movableTable = new Table(['id', 'hostname', 'domain', 'datacenter', 'Host Name', 'Host Id'], {
      title: 'Dedicated Guests',
    });
    for (const guest of movable) {
      movableTable.addRow([
        guest.id,
        guest.hostname,
        guest.domain,
        lookup(guest, 'datacenter', 'name'),
        lookup(guest, 'dedicatedHost', 'name'),
        lookup(guest, 'dedicatedHost', 'id'),
      ]);
    }
    context.print(movableTable);
    return undefined;
  },
});

export default command;
