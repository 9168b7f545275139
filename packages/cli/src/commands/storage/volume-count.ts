import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { listVolumes, type StorageKind, storageManager } from './storage-kind';

const MASK = 'mask[serviceResource[datacenter[name]],replicationPartners[serviceResource[datacenter[name]]]]';

export function volumeCount(kind: StorageKind): CommandSpec {
  return defineCommand({
    name: 'volume-count',
    description: `List number of ${kind.group} storage volumes per datacenter.`,
    options: [
      { flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname' },
      { flags: '--sortby <column>', description: 'Column to sort by', default: 'Datacenter' },
    ],
    async run(context, { options }) {
      const manager = await storageManager(context, kind);
      const volumes = await listVolumes(manager, { datacenter: text(options.datacenter), mask: MASK });
      const counts = new Map<string, number>();
      for (const volume of volumes) {
        const name = volume.serviceResource?.datacenter?.name;
        if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      const table = new KeyValueTable(['Datacenter', 'Count']);
      table.sortBy = text(options.sortby);
      for (const [name, count] of counts) table.addRow([name, count]);
      return table;
    },
  });
}
