import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { type StorageKind, storageManager } from './storage-kind';

export function volumeLimits(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'volume-limits',
    description: `List number of ${kind.group} storage volumes limit per datacenter.`,
    options: [{ flags: '--sortby <column>', description: 'Column to sort by', default: 'Datacenter' }],
    async run(context, { options }) {
      const limits = await (await storageManager(context, kind)).getVolumeCountLimits();
      const table = new KeyValueTable(['Datacenter', 'MaximumAvailableCount', 'ProvisionedCount']);
      table.sortBy = text(options.sortby);
      for (const limit of limits) {
        table.addRow([limit.datacenterName, limit.maximumAvailableCount, limit.provisionedCount]);
      }
      return table;
    },
  });
}
