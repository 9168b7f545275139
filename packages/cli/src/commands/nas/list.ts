import { type CommandSpec, defineCommand } from '../../define-command';
import { blank, FormattedItem, Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List NAS accounts.',
  async run(context) {
    const storages = await (await context.manager('AccountManager')).getNasNetworkStorage();
    const table = new Table(['id', 'datacenter', 'size', 'server']);
    for (const storage of storages) {
      const capacity = storage.capacityGb;
      table.addRow([
        storage.id,
        storage.serviceResource?.datacenter?.name || blank(),
        new FormattedItem(capacity ?? null, `${capacity ?? 0}GB`),
        storage.serviceResourceBackendIpAddress ?? blank(),
      ]);
    }
    return table;
  },
});

export default command;
