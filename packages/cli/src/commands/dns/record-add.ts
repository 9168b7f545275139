import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'record-add',
  description: 'Add resource record.',
  help: `Each resource record contains a RECORD and DATA property, defining a resource's name and it's target data.
Domains contain multiple types of resource records so it can take one of the following values: A, AAAA, CNAME,
MX, SPF, SRV, and PTR.

About reverse records (PTR), the RECORD value must to be the public Ip Address of device you would like to manage
reverse DNS.

    sl dns record-add 10.10.8.21 PTR myhost.com --ttl=900

Examples:
    sl dns record-add myhost.com A 192.168.1.10 --zone=foobar.com --ttl=900
    sl dns record-add myhost.com AAAA 2001:DB8::1 --zone=foobar.com
    sl dns record-add 192.168.1.2 MX 192.168.1.10 --zone=foobar.com --priority=11 --ttl=1800
    sl dns record-add myhost.com TXT "txt-verification=rXOxyZounZs87oacJSKvbUSIQ" --zone=2223334
    sl dns record-add myhost.com SRV 192.168.1.10 --zone=2223334 --service=foobar --port=80 --protocol=tcp`,
  arguments: [{ name: 'record' }, { name: 'record_type' }, { name: 'data' }],
  options: [
    {
      flags: '--zone <zone>',
      description:
        'Zone name or identifier that the resource record will be associated with. Required for all record types except PTR',
    },
    { flags: '--ttl <ttl>', description: 'TTL value in seconds, such as 86400', integer: true, default: 900 },
    {
      flags: '--priority <priority>',
      description: 'The priority of the target host. (MX or SRV type only)',
      integer: true,
      default: 10,
    },
    {
      flags: '--protocol <protocol>',
      description: 'The protocol of the service, usually either TCP or UDP. (SRV type only)',
      choices: ['tcp', 'udp', 'tls'],
      default: 'tcp',
    },
    {
      flags: '--port <port>',
      description: 'The TCP/UDP/TLS port on which the service is to be found. (SRV type only)',
      integer: true,
    },
    {
      flags: '--service <service>',
      description: 'The symbolic name of the desired service. (SRV type only)',
    },
    {
      flags: '--weight <weight>',
      description: 'Relative weight for records with same priority. (SRV type only)',
      integer: true,
      default: 5,
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('DnsManager');
    const record = text(args.record) ?? '';
    const recordType = (text(args.record_type) ?? '').toUpperCase();
    const data = text(args.data) ?? '';
    const zone = text(options.zone);
    const ttl = integer(options.ttl);
    const priority = integer(options.priority);
    if (zone && recordType !== 'PTR') {
      const zoneId = await resolveId(manager, zone, 'zone');
      if (recordType === 'MX') {
        await manager.createRecordMx(zoneId, record, data, { ttl, priority });
      } else if (recordType === 'SRV') {
        await manager.createRecordSrv(
          zoneId,
          record,
          data,
          text(options.protocol) ?? 'tcp',
          integer(options.port) ?? Number.NaN,
          text(options.service) ?? '',
          { ttl, priority, weight: integer(options.weight) },
        );
      } else {
        await manager.createRecord(zoneId, record, recordType, data, { ttl });
      }
    } else if (recordType === 'PTR') {
      await manager.createRecordPtr(record, data, { ttl });
    } else {
      throw new CliError(`${recordType} isn't a valid record type or zone is missing`);
    }
    context.out(`${recordType} record added successfully\n`);
  },
});

export default command;
