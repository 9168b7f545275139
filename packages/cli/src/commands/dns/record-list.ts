import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { Table } from '../../output/table';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'record-list',
  description: 'List all records in a zone.',
  arguments: [{ name: 'zone' }],
  options: [
    { flags: '--data <data>', description: 'Record data, such as an IP address' },
    { flags: '--record <record>', description: 'Host record, such as www' },
    { flags: '--ttl <ttl>', description: 'TTL value in seconds, such as 86400', integer: true },
    { flags: '--type <type>', description: 'Record type, such as A or CNAME' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('DnsManager');
    const zoneId = await resolveId(manager, args.zone, 'zone');
    const data = text(options.data);
    const host = text(options.record);
    const ttl = integer(options.ttl);
    const recordType = text(options.type);
    const records = await manager.getRecords(zoneId, {
      ...(data ? { data } : {}),
      ...(host ? { host } : {}),
      ...(ttl ? { ttl } : {}),
      ...(recordType ? { recordType } : {}),
    });
    const table = new Table(['id', 'record', 'type', 'ttl', 'data'], { align: 'left' });
    for (const record of records) {
      table.addRow([
        record.id,
        record.host ?? '',
        String(record.type).toUpperCase(),
        record.ttl,
        record.data,
      ]);
    }
    return table;
  },
});

export default command;
