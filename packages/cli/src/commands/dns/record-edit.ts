import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'record-edit',
  description: 'Update DNS record.',
  arguments: [{ name: 'zone-id' }],
  options: [
    { flags: '--by-record <record>', description: 'Edit by host record, such as www' },
    { flags: '--by-id <id>', description: 'Edit a single record by its ID' },
    { flags: '--data <data>', description: 'Record data, such as an IP address' },
    { flags: '--ttl <ttl>', description: 'TTL value in seconds, such as 86400', integer: true },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('DnsManager');
    const zoneId = await resolveId(manager, args['zone-id'], 'zone');
    const host = text(options.byRecord);
    const byId = text(options.byId);
    const data = text(options.data);
    const ttl = integer(options.ttl);
    const records = await manager.getRecords(zoneId, host ? { host } : {});
    for (const record of records) {
      if (byId && String(record.id) !== byId) continue;
      await manager.editRecord({
        ...record,
        id: record.id ?? 0,
        data: data || record.data,
        ttl: ttl || record.ttl,
      });
    }
  },
});

export default command;
